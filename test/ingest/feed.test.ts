import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, describe, test } from "node:test";
import {
  assertCoded,
  collect,
  FAST_FETCH,
  page,
  respond,
  startServer,
  type TestServer,
  tempDir,
  writeFiles,
} from "./helpers.js";

const LONG = "The two delegations agreed on a phased withdrawal of forces from the border area. ".repeat(8);

function rss(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Example Wire</title>
    <atom:link href="${origin}/feed.rss" rel="self" type="application/rss+xml"/>
    <item>
      <title>Border talks end with a deal</title>
      <link>${origin}/full</link>
      <guid isPermaLink="false">wire-001</guid>
      <pubDate>Tue, 10 Jun 2003 09:30:00 +0200</pubDate>
      <description>Short teaser.</description>
      <content:encoded><![CDATA[<p>${LONG}</p>]]></content:encoded>
    </item>
    <item>
      <title>Ministers meet in Oslo</title>
      <link>${origin}/oslo</link>
      <pubDate>Wed, 11 Jun 2003 14:00:00 GMT</pubDate>
      <description>&lt;p&gt;Ministers met in &lt;b&gt;Oslo&lt;/b&gt;.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Untitled link-only item</title>
      <link>${origin}/linkonly</link>
      <dc:date>2003-06-12T08:00:00Z</dc:date>
    </item>
  </channel>
</rss>`;
}

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Example &amp;lt;Atom&amp;gt;</title>
  <id>urn:example:feed</id>
  <updated>2023-12-13T18:30:02Z</updated>
  <entry>
    <title>Summit opens</title>
    <id>urn:example:entry:1</id>
    <link rel="alternate" type="text/html" href="https://news.example.org/summit"/>
    <link rel="enclosure" href="https://news.example.org/summit.mp3"/>
    <published>2023-12-13T18:30:02.25+01:00</published>
    <updated>2023-12-14T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${LONG}</p><p>Leaders <b>arrived</b>.<br/></p></div></content>
  </entry>
  <entry>
    <title type="html">Aid &lt;em&gt;reaches&lt;/em&gt; Gaza</title>
    <id>urn:example:entry:2</id>
    <updated>2023-12-15T07:15:00-05:00</updated>
    <summary type="text">Aid convoys crossed at Rafah, officials said, after days of talks.</summary>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example.org/"><title>RDF Wire</title></channel>
  <item rdf:about="https://rdf.example.org/a">
    <title>Ceasefire extended</title>
    <link>https://rdf.example.org/a</link>
    <description>The ceasefire was extended by thirty days after overnight talks between the parties.</description>
    <dc:date>2021-05-20</dc:date>
  </item>
</rdf:RDF>`;

describe("feeds", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let server: TestServer;
  let hang: (() => void) | null = null;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    server = await startServer({
      "/oslo": respond(
        200,
        "text/html; charset=utf-8",
        page("Oslo page", "Ministers met in Oslo on Wednesday."),
      ),
      "/linkonly": async (_req, res) => {
        await sleep(150);
        res.writeHead(200, { "content-type": "text/html" }).end(page("Link page", "The linked story body."));
      },
      "/full": respond(200, "text/html", page("Full page", "The full page of the first item.")),
      "/feed.rss": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(server.origin));
      },
      "/slow.rss": (_req, res) => {
        hang = () => res.end();
      },
      "/broken.rss": respond(500, "text/plain", "internal error"),
      "/gone-item": respond(404, "text/html", "gone"),
    });
  });
  after(async () => {
    hang?.();
    await server.close();
    await cleanup();
  });

  test("an RSS file: full text kept, short items followed to their pages, dates normalised", async () => {
    const [path] = await writeFiles(dir, { "wire.rss": rss(server.origin) });
    const { records, errors } = await collect([path!], { fetch: FAST_FETCH });
    assert.deepEqual(errors, []);
    assert.equal(records.length, 3);
    const [full, oslo, linkOnly] = records;
    assert.equal(full!.id, "wire-001");
    assert.equal(full!.source, `${path}#item1`);
    assert.equal(full!.url, `${server.origin}/full`);
    assert.equal(full!.title, "Border talks end with a deal");
    assert.equal(full!.published_at, "2003-06-10T09:30:00+02:00");
    assert.match(full!.html ?? "", /phased withdrawal/);
    assert.deepEqual(oslo, {
      id: `${server.origin}/oslo`,
      source: `${server.origin}/oslo`,
      url: `${server.origin}/oslo`,
      title: "Ministers meet in Oslo",
      published_at: "2003-06-11T14:00:00Z",
      html: page("Oslo page", "Ministers met in Oslo on Wednesday."),
    });
    assert.equal(linkOnly!.published_at, "2003-06-12T08:00:00Z");
    assert.match(linkOnly!.html ?? "", /The linked story body/);
    assert.ok(
      !server.log.some((r) => r.path === "/full"),
      "an item with full text is not followed in auto mode",
    );
  });

  test("followFeedLinks never keeps the feed's own content; always follows every item", async () => {
    const [path] = await writeFiles(dir, { "modes.rss": rss(server.origin) });
    const never = await collect([path!], { followFeedLinks: "never", fetch: FAST_FETCH });
    assert.equal(never.records.length, 2);
    assert.equal(never.records[1]!.html, "<p>Ministers met in <b>Oslo</b>.</p>");
    assertCoded(never.errors[0], "CH_RECORD_INVALID", `${path}#item3`);
    const always = await collect([path!], { followFeedLinks: "always", fetch: FAST_FETCH });
    assert.equal(always.errors.length, 0);
    assert.match(always.records[0]!.html ?? "", /The full page of the first item/);
    assert.equal(always.records[0]!.title, "Border talks end with a deal");
  });

  test("an Atom file: xhtml content, titles, links and dates", async () => {
    const [path] = await writeFiles(dir, { "news.atom": ATOM });
    const { records, errors } = await collect([path!], { followFeedLinks: "never" });
    assert.deepEqual(errors, []);
    assert.equal(records[0]!.id, "urn:example:entry:1");
    assert.equal(records[0]!.url, "https://news.example.org/summit");
    assert.equal(records[0]!.published_at, "2023-12-13T18:30:02+01:00");
    assert.match(records[0]!.html ?? "", /<p>Leaders <b>arrived<\/b>\.<br><\/p>/);
    assert.deepEqual(records[1], {
      id: "urn:example:entry:2",
      source: `${path}#item2`,
      url: null,
      title: "Aid reaches Gaza",
      published_at: "2023-12-15T07:15:00-05:00",
      text: "Aid convoys crossed at Rafah, officials said, after days of talks.",
    });
  });

  test("an RSS 1.0 (RDF) feed in an .xml file", async () => {
    const [path] = await writeFiles(dir, { "rdf.xml": RDF });
    const { records } = await collect([path!], { followFeedLinks: "never" });
    assert.equal(records.length, 1);
    assert.equal(records[0]!.id, "https://rdf.example.org/a");
    assert.equal(records[0]!.published_at, "2021-05-20");
    assert.equal(records[0]!.title, "Ceasefire extended");
  });

  test("invalid XML is CH_FEED_INVALID naming the file, and the next file is read", async () => {
    const [bad, good] = await writeFiles(dir, {
      "bad.rss": "<rss><channel><item><title>Oops</channel></rss>",
      "good.txt": "Next.",
    });
    const { items } = await collect([bad!, good!]);
    assert.equal(items.length, 2);
    if (items[0]!.kind === "error") {
      assertCoded(items[0]!.error, "CH_FEED_INVALID", bad!);
      assert.match(items[0]!.error.message, /line 1/);
    } else assert.fail("expected CH_FEED_INVALID");
    assert.equal(items[1]!.kind, "record");
  });

  test("a feed URL is read and its short items followed on the same server", async () => {
    const url = `${server.origin}/feed.rss`;
    const { records, errors } = await collect([url], { fetch: FAST_FETCH });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      records.map((r) => r.title),
      ["Border talks end with a deal", "Ministers meet in Oslo", "Untitled link-only item"],
    );
    assert.equal(records[0]!.source, `${url}#item1`);
    assert.equal(records[1]!.url, `${server.origin}/oslo`);
  });

  test("a feed URL that times out, returns 500 or 404 gives a coded error, and the next source is read", async () => {
    const slow = `${server.origin}/slow.rss`;
    const broken = `${server.origin}/broken.rss`;
    const missing = `${server.origin}/missing.rss`;
    const [good] = await writeFiles(dir, { "after-feeds.txt": "Still read." });
    const { items } = await collect([slow, broken, missing, good!], {
      fetch: { ...FAST_FETCH, timeoutMs: 400 },
    });
    assert.equal(items.length, 4);
    const codes = items.map((i) => (i.kind === "error" ? i.error : null));
    assertCoded(codes[0]!, "CH_FETCH_TIMEOUT", slow);
    assertCoded(codes[1]!, "CH_FETCH_HTTP", broken);
    assert.match(codes[1]!.message, /HTTP 500/);
    assertCoded(codes[2]!, "CH_FETCH_HTTP", missing);
    assert.match(codes[2]!.message, /HTTP 404/);
    assert.equal(items[3]!.kind === "record" ? items[3]!.record.text : null, "Still read.");
  });

  test("a failed follow falls back to the item's own content with a warning, else reports the error", async () => {
    const feed = `<rss version="2.0"><channel><title>t</title>
      <item><title>Has teaser</title><link>${server.origin}/gone-item</link><description>A short teaser survives.</description></item>
      <item><title>Nothing</title><link>${server.origin}/gone-item?2</link></item>
    </channel></rss>`;
    const [path] = await writeFiles(dir, { "fallback.rss": feed });
    const { items, warnings } = await collect([path!], { fetch: FAST_FETCH });
    assert.equal(items.length, 2);
    assert.equal(items[0]!.kind === "record" ? items[0]!.record.html : null, "A short teaser survives.");
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.code, "CH_FETCH_HTTP");
    if (items[1]!.kind === "error")
      assertCoded(items[1]!.error, "CH_FETCH_HTTP", `${server.origin}/gone-item?2`);
    else assert.fail("expected CH_FETCH_HTTP");
  });

  test("a feed with no items is CH_INPUT_EMPTY", async () => {
    const [path] = await writeFiles(dir, {
      "empty.rss": "<rss version='2.0'><channel><title>t</title></channel></rss>",
    });
    const { errors } = await collect([path!]);
    assertCoded(errors[0], "CH_INPUT_EMPTY", path!);
  });
});
