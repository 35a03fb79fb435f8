import assert from "node:assert/strict";
import { test } from "node:test";
import { createDoc } from "../../src/doc/doc.js";
import { buildPipeline } from "../../src/pipeline/registry.js";
import { datelineDate, htmlPublishedDate, urlDate } from "../../src/time/published.js";
import { annotate, STAGES } from "./helpers.js";

test("dateline with a year", () => {
  assert.deepEqual(
    datelineDate("OSLO, March 3, 2021 (Reuters) – Norway said on Wednesday it would expand aid."),
    {
      value: "2021-03-03",
      from: "dateline",
    },
  );
});

test("dateline without a year takes the URL's year, and is unused without one", () => {
  const text = "NAIROBI, June 18 (AFP) - Kenya and Uganda agreed to reopen the border.";
  assert.deepEqual(datelineDate(text, 2023), { value: "2023-06-18", from: "dateline" });
  assert.equal(datelineDate(text, null), null);
});

test("date line at the top", () => {
  assert.deepEqual(datelineDate("date 2024-04-26\nThe ministers met."), {
    value: "2024-04-26",
    from: "dateline",
  });
  assert.deepEqual(datelineDate("Published: 5 May 2022\nThe ministers met."), {
    value: "2022-05-05",
    from: "dateline",
  });
});

test("no dateline in ordinary prose", () => {
  assert.equal(datelineDate("The ministers met on March 3 to discuss the harbour."), null);
});

test("URL paths", () => {
  assert.deepEqual(urlDate("https://news.example.org/world/2023/06/18/talks-resume.html"), {
    value: "2023-06-18",
    from: "url",
  });
  assert.deepEqual(urlDate("https://news.example.org/2023-06-18-talks"), {
    value: "2023-06-18",
    from: "url",
  });
  assert.deepEqual(urlDate("https://news.example.org/a/20230618/talks"), {
    value: "2023-06-18",
    from: "url",
  });
  assert.deepEqual(urlDate("https://news.example.org/2023/06/talks"), { value: "2023-06", from: "url" });
  assert.equal(urlDate("https://news.example.org/2023/13/45/x"), null);
  assert.equal(urlDate("https://news.example.org/story/12345"), null);
});

test("HTML itemprop, JSON-LD dateCreated and <time> text", () => {
  assert.deepEqual(
    htmlPublishedDate('<span itemprop="datePublished" content="2022-09-01T08:00:00Z">1 Sep</span>'),
    {
      value: "2022-09-01T08:00:00Z",
      from: "html-itemprop",
    },
  );
  assert.deepEqual(
    htmlPublishedDate(
      '<script type="application/ld+json">{"@type":"Thing","dateCreated":"2022-09-02"}</script>',
    ),
    {
      value: "2022-09-02",
      from: "json-ld:dateCreated",
    },
  );
  assert.deepEqual(htmlPublishedDate("<p>Posted <time>September 3, 2022</time></p>"), {
    value: "2022-09-03",
    from: "time-text",
  });
  assert.equal(htmlPublishedDate("<p>No date here.</p>"), null);
});

test("the time stage fills a missing publication date, records where from, and anchors on it", async () => {
  const doc = await annotate("The delegations met on Thursday.", null, {
    url: "https://example.org/2021/03/19/talks.html",
  });
  assert.equal(doc.published_at, "2021-03-19");
  assert.equal(doc.provenance["published_at"], "url");
  assert.equal(doc.times[0]?.value, "2021-03-18");
});

test("a stated publication date is never replaced", async () => {
  const doc = await annotate("BERLIN, May 2, 2020 (dpa) - The delegations met on Thursday.", "2020-05-03", {
    url: "https://example.org/2019/01/01/x",
  });
  assert.equal(doc.published_at, "2020-05-03");
  assert.equal(doc.provenance["published_at"], "record");
});

test("an HTML page's dateline fills the date through the whole pipeline", async () => {
  const html =
    "<html><body><article><p>MADRID, October 4, 2022 (Reuters) - Spain and Portugal agreed on Tuesday to build a new gas link between the two countries.</p><p>The ministers said work would start next year and would take two years to finish.</p></article></body></html>";
  const doc = await buildPipeline(STAGES).run(
    createDoc({ id: "h", raw: html, rawKind: "html", language: "en" }),
  );
  assert.equal(doc.published_at, "2022-10-04");
  assert.equal(doc.provenance["published_at"], "dateline");
  assert.equal(doc.times.find((t) => t.text === "next year")?.value, "2023");
});
