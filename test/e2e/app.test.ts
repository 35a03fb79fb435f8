/**
 * The web app in a real headless Chromium against a real server: the
 * overview renders with data, the USA–CHN dyad view draws its chart, and
 * clicking an event shows its sentence highlighted inside the article.
 * Screenshots go to test-artifacts/.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { usChinaDocs } from "./fixtures.js";
import {
  type AppServer,
  findChromium,
  launch,
  openRoute,
  screenshot,
  startAppServer,
  waitReady,
  watchErrors,
} from "./helpers.js";

const chromiumFound = findChromium();
const skip = "reason" in chromiumFound ? chromiumFound.reason : false;
if (skip) process.stderr.write(`e2e: skipped: ${skip}\n`);

describe("web app", { skip }, () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  before(async () => {
    if (!("path" in chromiumFound)) return;
    [server, browser] = await Promise.all([startAppServer(usChinaDocs()), launch(chromiumFound.path)]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = watchErrors(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("serves the app shell with a strict Content-Security-Policy", async () => {
    const res = await fetch(`${server.base}/`);
    assert.equal(res.status, 200);
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const html = await res.text();
    assert.doesNotMatch(html, /<script>|<style>|style=|https?:\/\//, "no inline code, styles or remote assets");
    // Any other path outside /api falls back to the app; /api paths stay JSON 404s.
    const fallback = await fetch(`${server.base}/some/deep/link`);
    assert.equal(fallback.status, 200);
    assert.match(fallback.headers.get("content-type") ?? "", /text\/html/);
    const api404 = await fetch(`${server.base}/api/nowhere`);
    assert.equal(api404.status, 404);
    assert.match(api404.headers.get("content-type") ?? "", /application\/json/);
  });

  it("overview renders the volume chart, the top dyads and the world map with data", async () => {
    await openRoute(page, server.base, "/overview");
    assert.ok(await page.locator("#overview-chart canvas").count(), "the volume chart is drawn");
    const dyads = await page.locator("#top-dyads tbody tr").allInnerTexts();
    assert.ok(dyads.some((row) => row.includes("CHN – USA") && row.includes("6")), dyads.join(" | "));
    const shadedUsa = await page.locator('#world-map path[data-code="USA"]').getAttribute("class");
    assert.match(shadedUsa ?? "", /shade-[1-5]/);
    const unshaded = await page.locator('#world-map path[data-code="BRA"]').getAttribute("class");
    assert.match(unshaded ?? "", /shade-0/, "a country without events stays unshaded");
    const events = await page.locator('[data-testid="stats"]').innerText();
    assert.match(events, /6\s*events/);
    await screenshot(page, "overview");
  });

  it("dyad view for USA–CHN draws the stacked QuadClass chart and lists the events", async () => {
    await openRoute(page, server.base, "/dyad?a=USA&b=CHN");
    assert.equal(await page.locator("#dyad-chart canvas").count(), 1);
    const legend = await page.locator("#dyad-chart .u-legend").innerText();
    for (const label of ["material conflict", "verbal cooperation", "Goldstein mean"]) {
      assert.ok(legend.includes(label), `legend shows ${label}: ${legend}`);
    }
    assert.match(await page.locator("#dyad-totals").innerText(), /USA → CHN: 4 events · CHN → USA: 2 events/);
    assert.equal(await page.locator("#dyad-events tbody tr").count(), 6);
    await screenshot(page, "dyad-usa-chn");
    // The form navigates: switching to one direction redraws.
    await page.selectOption('select[name="direction"]', "ba");
    await page.click('#dyad-form button[type="submit"]');
    await waitReady(page);
    assert.match(page.url(), /direction=ba/);
    assert.equal(await page.locator("#dyad-chart canvas").count(), 1);
  });

  it("clicking an event shows its sentence highlighted inside the article", async () => {
    await openRoute(page, server.base, "/events?actor=USA&recipient=CHN");
    const rows = page.locator("#event-table tbody tr");
    assert.equal(await rows.count(), 4);
    assert.equal(await rows.locator(".badge.status-occurred").count(), 4, "status badges");
    await rows.filter({ hasText: "accused" }).click();
    const evidence = page.locator('#evidence-text mark[data-hl~="evidence"]');
    await evidence.first().waitFor({ timeout: 10_000 });
    const highlightedText = (await evidence.allInnerTexts()).join("");
    assert.equal(highlightedText, "The American side later accused two Chinese mills of dumping cheap steel.");
    assert.equal(await page.locator('#evidence-text mark[data-hl~="trigger"]').innerText(), "accused");
    // The highlight sits inside the whole article text, not alone.
    const article = await page.locator("#evidence-text").innerText();
    assert.ok(article.startsWith("Envoys from Washington and Beijing"), article);
    assert.match(page.url(), /event=\d+/, "the open event is in the address");
    await screenshot(page, "event-evidence");
  });

  it("the article reader highlights entities, times, places and events and shows what the cleaner removed", async () => {
    await openRoute(page, server.base, "/articles?q=Geneva");
    await page.locator("#article-list a.article-link").first().click();
    await waitReady(page);
    const text = page.locator("#article-text");
    assert.equal(await text.locator("mark.hl-time").innerText(), "Monday");
    assert.ok((await text.locator("mark.hl-place").count()) >= 1);
    assert.ok((await text.locator("mark.hl-entity").count()) >= 1);
    const eventIds = await text
      .locator("mark.hl-event")
      .evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute("data-hl")))]);
    assert.equal(eventIds.length, 2, `one highlight per event: ${eventIds.join(", ")}`);
    assert.equal(await page.locator("#removed").isVisible(), false);
    await page.check("#show-removed");
    assert.match(await page.locator("#removed").innerText(), /script-block[\s\S]*window\.track/);
    await page.uncheck('input[data-layer="entities"]');
    assert.match((await text.getAttribute("class")) ?? "", /hide-hl-entity/);
    await screenshot(page, "article-reader");
  });

  it("actor profile and network render from the API", async () => {
    await openRoute(page, server.base, "/actor/CHN");
    assert.equal(await page.locator("#actor-chart canvas").count(), 1);
    assert.match(await page.locator("#partners").innerText(), /USA/);
    await openRoute(page, server.base, "/network?from=2024&to=2024");
    assert.ok(await page.locator("#network-graph canvas").count(), "cytoscape draws on canvas");
    await screenshot(page, "network");
  });

  it("ran without console errors or Content-Security-Policy violations", () => {
    assert.deepEqual(errors, []);
  });
});
