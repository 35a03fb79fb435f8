/**
 * Untrusted article text in a real browser: articles whose titles and texts
 * carry `<script>`, `onerror=` and `javascript:` payloads are ingested
 * through the real ingest endpoint (and one coded article through the real
 * store), then opened in the reader, the article list and the event
 * explorer. Every payload would set `window.__xss`; it must stay undefined,
 * and no element may be created from the data.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { actor, buildDoc } from "../store/fixtures.js";
import {
  type AppServer,
  findChromium,
  launch,
  openRoute,
  screenshot,
  startAppServer,
  TOKEN,
  waitReady,
  watchErrors,
} from "./helpers.js";

const SCRIPT = "<script>window.__xss = 'script'</script>";
const IMG = "<img src=x onerror=\"window.__xss = 'img'\">";
const LINK = "<a href=\"javascript:window.__xss = 'link'\">read more</a>";
const SVG = "<svg onload=\"window.__xss = 'svg'\"></svg>";

/** Records for POST /api/ingest: a plain-text one and an HTML page, payloads in title and text. */
const RECORDS = [
  {
    id: "xss-text",
    url: "https://hostile.example.net/story",
    title: `Border ${SCRIPT} talks ${IMG}`,
    published_at: "2024-06-01",
    text: `Negotiators met on Friday ${SCRIPT} to discuss the border. A leaflet said ${IMG} and ${LINK} while ${SVG} was painted on a wall.`,
  },
  {
    id: "xss-html",
    url: "https://hostile.example.net/page",
    published_at: "2024-06-02",
    html: `<html><head><title>Harbour ${IMG} deal</title></head><body><article><h1>Harbour deal</h1><p>The harbour authority signed the lease on Monday and posted ${"&lt;script&gt;window.__xss = 'escaped'&lt;/script&gt;"} online.</p><p>Visitors were told to <a href="javascript:window.__xss='html-link'">click here</a> and ${IMG} for details.</p><script>window.__xss = 'page-script'</script></article></body></html>`,
  },
];

/** A coded article whose title, text and evidence carry the payloads (the event coder is not in the pipeline yet). */
const codedDoc = buildDoc({
  id: "xss-coded",
  source: "e2e/hostile.txt",
  url: "javascript:window.__xss = 'url'",
  title: `Envoys ${SCRIPT} clash ${IMG}`,
  published_at: "2024-06-03",
  sentences: [`France protested ${SCRIPT} against ${IMG} a German ${LINK} decision.`],
  events: [
    {
      sentence: 0,
      trigger: "protested",
      actors: [actor(`France ${IMG}`, "FRA")],
      recipients: [actor("a German decision", "DEU")],
      cameo: "140",
      type: "PROTEST",
      goldstein: -6.5,
      quadClass: 3,
      status: "occurred",
      date: { value: "2024-06-03", precision: "day", stated: false },
    },
  ],
});

const chromiumFound = findChromium();
const skip = "reason" in chromiumFound ? chromiumFound.reason : false;
if (skip) process.stderr.write(`e2e: skipped: ${skip}\n`);

/** What the page holds that data could have injected. */
async function injected(page: Page): Promise<{
  xss: unknown;
  scripts: string[];
  images: number;
  svgs: number;
  jsLinks: number;
  handlers: string[];
}> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      scripts: [...document.scripts].map((s) => s.getAttribute("src") ?? "inline"),
      images: document.querySelectorAll("img").length,
      svgs: document.querySelectorAll("main svg:not(.world-map)").length,
      jsLinks: [...document.querySelectorAll("a")].filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute("href") ?? ""),
      ).length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
    };
  });
}

async function assertInert(page: Page, where: string): Promise<void> {
  // Give any payload a chance to run (an image error fires asynchronously).
  await page.waitForTimeout(150);
  const found = await injected(page);
  assert.equal(found.xss, undefined, `${where}: a payload ran`);
  assert.deepEqual(found.scripts, ["app.js"], `${where}: only the app's own script`);
  assert.equal(found.images, 0, `${where}: no <img> from data`);
  assert.equal(found.svgs, 0, `${where}: no <svg> from data`);
  assert.equal(found.jsLinks, 0, `${where}: no javascript: link`);
  assert.deepEqual(found.handlers, [], `${where}: no event-handler attributes`);
}

describe("untrusted text stays inert in the browser", { skip }, () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  before(async () => {
    if (!("path" in chromiumFound)) return;
    [server, browser] = await Promise.all([startAppServer([codedDoc]), launch(chromiumFound.path)]);
    page = await browser.newPage();
    errors = watchErrors(page);
    const res = await fetch(`${server.base}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(RECORDS),
    });
    const body = (await res.json()) as { inserted: number };
    assert.equal(res.status, 200);
    assert.equal(body.inserted, RECORDS.length, JSON.stringify(body));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the article list shows payload titles as text", async () => {
    await openRoute(page, server.base, "/articles?q=harbour OR negotiators");
    const titles = await page.locator("#article-list a.article-link").allInnerTexts();
    assert.ok(
      titles.some((t) => t.includes("<script>window.__xss = 'script'</script>")),
      titles.join(" | "),
    );
    await assertInert(page, "article list");
  });

  it("the reader shows every ingested payload as literal text", async () => {
    for (const docId of ["xss-text", "xss-html"]) {
      const list = await (
        await fetch(`${server.base}/api/articles?q=${docId === "xss-text" ? "negotiators" : "harbour"}`)
      ).json();
      const id = (list as { data: Array<{ id: number; doc_id: string }> }).data.find(
        (a) => a.doc_id === docId,
      )?.id;
      assert.ok(id, `${docId} is stored`);
      await openRoute(page, server.base, `/article/${id}`);
      const text = await page.locator("#article-text").innerText();
      if (docId === "xss-text") {
        for (const payload of [SCRIPT, IMG, LINK, SVG])
          assert.ok(text.includes(payload), `shown as text: ${payload}`);
        assert.ok((await page.locator("#article-title").innerText()).includes(SCRIPT));
        assert.equal(
          await page.locator("#article-url").getAttribute("href"),
          "https://hostile.example.net/story",
        );
      } else {
        assert.ok(text.includes("<script>window.__xss = 'escaped'</script>"), text);
        await page.check("#show-removed");
      }
      await assertInert(page, `reader ${docId}`);
      await screenshot(page, `xss-reader-${docId}`);
    }
  });

  it("the explorer and its evidence panel show coded payloads as text and drop a javascript: URL", async () => {
    await openRoute(page, server.base, "/events?actor=FRA&recipient=DEU&from=2024-06-03&to=2024-06-03");
    await page.locator("#event-table tbody tr", { hasText: "protested" }).click();
    const evidence = page.locator('#evidence-text mark[data-hl~="evidence"]');
    await evidence.first().waitFor({ timeout: 10_000 });
    assert.ok((await evidence.allInnerTexts()).join("").includes(SCRIPT));
    assert.ok((await page.locator("#evidence-panel .article-title").innerText()).includes(IMG));
    assert.equal(
      await page.locator('#evidence-panel a:text("source")').count(),
      0,
      "javascript: URL not linked",
    );
    await assertInert(page, "evidence panel");
    await page.click('#evidence-panel a:text("open in reader")');
    await waitReady(page);
    await assertInert(page, "reader of the coded article");
    await screenshot(page, "xss-evidence");
  });

  it("nothing ran and the policy reported no violation", () => {
    assert.deepEqual(errors, []);
  });
});
