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
    assert.doesNotMatch(
      html,
      /<script>|<style>|style=|https?:\/\//,
      "no inline code, styles or remote assets",
    );
    // Any other path outside /api falls back to the app; /api paths stay JSON 404s.
    const fallback = await fetch(`${server.base}/some/deep/link`);
    assert.equal(fallback.status, 200);
    assert.match(fallback.headers.get("content-type") ?? "", /text\/html/);
    const api404 = await fetch(`${server.base}/api/nowhere`);
    assert.equal(api404.status, 404);
    assert.match(api404.headers.get("content-type") ?? "", /application\/json/);
  });

  /** GET an API path as JSON from the test server. */
  async function api<T>(path: string): Promise<T> {
    const res = await fetch(`${server.base}${path}`);
    assert.equal(res.status, 200, path);
    return (await res.json()) as T;
  }

  it("overview renders the volume chart, the top dyads and the world map with data", async () => {
    // The sample corpus may carry events of its own (the event coder runs at ingest): expectations come from the API.
    const overview = await api<{
      top_dyads: Array<{ a: string; b: string; events: number }>;
      countries: Array<{ id: string }>;
    }>("/api/overview?top_dyads=12");
    const stats = await api<{ events: number }>("/api/stats");
    const usChina = overview.top_dyads.find((d) => d.a === "CHN" && d.b === "USA");
    assert.ok(usChina && usChina.events >= 6, "the stored USA–CHN events are in the top dyads");
    await openRoute(page, server.base, "/overview");
    assert.ok(await page.locator("#overview-chart canvas").count(), "the volume chart is drawn");
    const dyads = await page.locator("#top-dyads tbody tr").allInnerTexts();
    assert.equal(dyads.length, overview.top_dyads.length);
    assert.ok(
      dyads.some((row) => row.includes("CHN – USA") && row.includes(String(usChina.events))),
      dyads.join(" | "),
    );
    const shadedUsa = await page.locator('#world-map path[data-code="USA"]').getAttribute("class");
    assert.match(shadedUsa ?? "", /shade-[1-5]/);
    const withEvents = new Set(overview.countries.map((c) => c.id));
    const quiet = ["GRL", "MNG", "NAM", "BOL", "ISL", "NZL"].find((c) => !withEvents.has(c));
    assert.ok(quiet, "some country has no events");
    const unshaded = await page.locator(`#world-map path[data-code="${quiet}"]`).getAttribute("class");
    assert.match(unshaded ?? "", /shade-0/, "a country without events stays unshaded");
    const cards = await page.locator('[data-testid="stats"]').innerText();
    assert.match(cards, new RegExp(`${stats.events.toLocaleString("en-US")}\\s*events`));
    await screenshot(page, "overview");
  });

  it("dyad view for USA–CHN draws the stacked QuadClass chart and lists the events", async () => {
    const series = await api<{
      a_to_b: { totals: { events: number } };
      b_to_a: { totals: { events: number } };
    }>("/api/dyads/USA/CHN/series");
    const [ab, ba] = [series.a_to_b.totals.events, series.b_to_a.totals.events];
    assert.ok(ab >= 4 && ba >= 2, "the stored events are counted");
    await openRoute(page, server.base, "/dyad?a=USA&b=CHN");
    assert.equal(await page.locator("#dyad-chart canvas").count(), 1);
    const legend = await page.locator("#dyad-chart .u-legend").innerText();
    for (const label of ["material conflict", "verbal cooperation", "Goldstein mean"]) {
      assert.ok(legend.includes(label), `legend shows ${label}: ${legend}`);
    }
    assert.equal(
      await page.locator("#dyad-totals").innerText(),
      `USA → CHN: ${ab} events · CHN → USA: ${ba} events`,
    );
    const rows = await page.locator("#dyad-events tbody tr").allInnerTexts();
    assert.ok(rows.length >= 6 && rows.length <= 25, `${rows.length} rows`);
    for (const trigger of ["seized", "imposed tariffs", "accused"]) {
      assert.ok(
        rows.some((r) => r.includes(trigger)),
        `the list shows the event "${trigger}"`,
      );
    }
    await screenshot(page, "dyad-usa-chn");
    // The form navigates: switching to one direction redraws.
    await page.selectOption('select[name="direction"]', "ba");
    await page.click('#dyad-form button[type="submit"]');
    await waitReady(page);
    assert.match(page.url(), /direction=ba/);
    assert.equal(await page.locator("#dyad-chart canvas").count(), 1);
  });

  it("clicking an event shows its sentence highlighted inside the article", async () => {
    const listed = await api<{ data: unknown[] }>("/api/events?actor=USA&recipient=CHN&limit=50");
    await openRoute(page, server.base, "/events?actor=USA&recipient=CHN");
    const rows = page.locator("#event-table tbody tr");
    assert.equal(await rows.count(), listed.data.length);
    assert.equal(
      await rows.locator('.badge[class*="status-"]').count(),
      listed.data.length,
      "a status badge per row",
    );
    await rows.filter({ hasText: "accused" }).click();
    const evidence = page.locator('#evidence-text mark[data-hl~="evidence"]');
    await evidence.first().waitFor({ timeout: 10_000 });
    const highlightedText = (await evidence.allInnerTexts()).join("");
    assert.equal(
      highlightedText,
      "The American side later accused two Chinese mills of dumping cheap steel.",
    );
    assert.equal(await page.locator('#evidence-text mark[data-hl~="trigger"]').innerText(), "accused");
    // The highlight sits inside the whole article text, not alone.
    const article = await page.locator("#evidence-text").innerText();
    assert.ok(article.startsWith("Envoys from Washington and Beijing"), article);
    assert.match(page.url(), /event=\d+/, "the open event is in the address");
    await screenshot(page, "event-evidence");
  });

  it("the article reader highlights entities, times, places and events and shows what the cleaner removed", async () => {
    await openRoute(page, server.base, "/articles?q=Geneva");
    await page.locator("#article-list a.article-link", { hasText: "Trade envoys meet in Geneva" }).click();
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
