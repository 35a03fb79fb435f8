import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDataDirs } from "../../src/clean/data.js";
import { extractArticle } from "../../src/clean/html/extract.js";
import { loadClassHints } from "../../src/clean/html/hints.js";

const hints = loadClassHints(cleanDataDirs());
const extract = (html: string) => extractArticle(html, { hints });
const texts = (html: string) => extract(html).paragraphs.map((p) => p.text);

const P1 =
  "The regional council approved a drought relief plan on Wednesday that will send water tankers to forty villages.";
const P2 =
  "Council chair Anneli Kask said the first tankers would leave the depot at Harju on Monday morning, weather permitting.";
const P3 =
  "Farmers' groups welcomed the plan but said it came too late for this year's barley harvest in the eastern districts.";

test("the container gathering the prose wins over one stuffed with links", () => {
  const html = `<body><div class="menu"><a href="/a">World news and politics</a> <a href="/b">Business and markets today</a></div>
    <div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
    <div class="links"><a href="/c">Another story about the drought here</a><br><a href="/d">Yet another story on the harvest</a></div></body>`;
  assert.deepEqual(texts(html), [P1, P2, P3]);
});

test("an article split by an ad slot is read whole", () => {
  const html = `<article><div class="part"><p>${P1}</p></div><div class="ad-slot">Advertisement</div><div class="part"><p>${P2}</p><p>${P3}</p></div></article>`;
  const r = extract(html);
  assert.deepEqual(
    r.paragraphs.map((p) => p.text),
    [P1, P2, P3],
  );
  assert.ok(r.removed.some((x) => x.reason === "advert" && x.text === "Advertisement"));
});

test("stray prose elsewhere on the page does not pull the container up to the whole page", () => {
  const teaser = "A short teaser about something else entirely, with a comma.";
  const html = `<body><div id="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1}</p></div><div class="x"><p>${teaser}</p></div></body>`;
  assert.ok(!texts(html).includes(teaser));
});

test("embedded posts quoted by the article are kept even inside a 'social' container", () => {
  const html = `<article><p>${P1}</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>Tankers ready at the depot, first convoy Monday.</p></blockquote></div><p>${P2}</p></article>`;
  assert.ok(texts(html).includes("Tankers ready at the depot, first convoy Monday."));
});

test("content under a 'paywall' class is the article, not furniture", () => {
  const html = `<article><p>${P1}</p><div class="paywall"><p>${P2}</p><p>${P3}</p></div></article>`;
  assert.deepEqual(texts(html), [P1, P2, P3]);
});

test("a wrapper named like furniture is kept when it holds most of the prose", () => {
  const html = `<body><div class="page-with-sidebar"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body>`;
  assert.deepEqual(texts(html), [P1, P2, P3]);
});

test("inline captions and screen-reader text leave the paragraph intact", () => {
  const html = `<article><p>Kask spoke at the depot. <span class="image-caption">Photo: Council</span>She said tankers were ready.</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
  assert.equal(texts(html)[0], "Kask spoke at the depot. She said tankers were ready.");
});

test("custom inline elements do not split a sentence", () => {
  const html = `<article><p>Binge eating is common (<hl-source><a href="/1">1</a></hl-source>). It is treatable.</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
  assert.equal(texts(html)[0], "Binge eating is common (1). It is treatable.");
});

test("link lists and fully linked headings go; a sentence that links a lot stays", () => {
  const linky = `<a href="/1">Monday's best deals</a> include <a href="/2">MacBooks from $700 at Amazon</a> and <a href="/3">AirPods for $150</a>, all while stocks last.`;
  const html = `<article><p>${P1}</p><p>${linky}</p><h4>More:</h4><ul><li><h4><a href="/x">Taliban talks resume in Doha today</a></h4></li></ul><p>${P2}</p><p>${P3}</p></article>`;
  const r = texts(html);
  assert.ok(r.some((t) => t.startsWith("Monday's best deals include")));
  assert.ok(!r.includes("Taliban talks resume in Doha today"));
});

test("teaser cards (headline link + snippet) go together", () => {
  const card = (n: number) =>
    `<div class="card"><a href="/${n}"><h3>Headline number ${n} about the region</h3></a><p>Snippet ${n}.</p></div>`;
  const html = `<div class="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p><div class="grid">${card(1)}${card(2)}${card(3)}</div></div>`;
  const r = extract(html);
  assert.deepEqual(
    r.paragraphs.map((p) => p.text),
    [P1, P2, P3],
  );
  assert.ok(r.removed.some((x) => x.reason === "teaser-list" && x.text === "Snippet 2."));
});

test("the headline repeating the title is recorded, not kept", () => {
  const html = `<head><title>Drought plan approved - Gazette</title></head><body><h1>Drought plan approved</h1><div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body>`;
  const r = extract(html);
  assert.equal(r.headline, "Drought plan approved");
  assert.ok(!r.paragraphs.some((p) => p.text === "Drought plan approved"));
});

test("JSON-LD articleBody is the fallback when the page renders its text with scripts", () => {
  const body =
    "Dock workers voted on Thursday to end a nine-day strike.\\n\\nThe union said most members backed the deal in a ballot that closed at noon, and ships began to dock again in the afternoon.";
  const html = `<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Strike ends","articleBody":"${body}"}</script></head><body><div id="app">Loading…</div></body>`;
  const r = extract(html);
  assert.equal(r.container, "json-ld");
  assert.equal(r.paragraphs.length, 2);
  assert.equal(r.attempts.find((a) => a.used)?.step, 2);
  assert.match(r.attempts[0]?.reason ?? "", /holds only/);
});

test("with neither a container nor JSON-LD, every prose block of the page is the last resort", () => {
  const html = `<body><table><tr><td>${P1}</td></tr><tr><td>${P2.slice(0, 90)}.</td></tr></table></body>`;
  const r = extract(html);
  assert.ok(r.paragraphs.length >= 1);
  assert.deepEqual(
    r.attempts.map((a) => a.step),
    [1, 2, 3],
  );
});

test("each paragraph maps back to its range in the HTML", () => {
  const html = `<html><body><nav>Menu</nav><article><p>${P1}</p><p>Ankara &amp; Athens agreed, officials said on Sunday in a statement.</p></article></body></html>`;
  const r = extract(html);
  const first = r.paragraphs[0];
  assert.ok(first);
  const range = first.inputRange(0, first.text.length);
  assert.equal(html.slice(range.start, range.end), P1);
  const second = r.paragraphs[1];
  assert.ok(second);
  const amp = second.text.indexOf("&");
  assert.equal(html.slice(second.inputOffset(amp), second.inputOffset(amp) + 5), "&amp;");
  assert.equal(html.slice(second.inputOffset(amp + 2), second.inputOffset(amp + 2) + 6), "Athens");
});

test("metadata: JSON-LD, meta tags, canonical link, html lang, rel=author", () => {
  const html = `<html lang="de"><head><title>T | Site</title><meta property="og:site_name" content="Site">
    <meta name="pubdate" content="2020-01-02"><link rel="canonical" href="https://x.example/a">
    <script type="application/ld+json">[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"Headline","author":[{"name":"A. B"},{"name":"C. D"}]}]</script>
    </head><body><p>${P1}</p></body></html>`;
  const m = extract(html).metadata;
  assert.equal(m.title?.value, "Headline");
  assert.equal(m.byline?.value, "A. B, C. D");
  assert.equal(m.publishedAt?.value, "2020-01-02");
  assert.equal(m.canonicalUrl?.value, "https://x.example/a");
  assert.equal(m.language?.value, "de");
  assert.equal(m.siteName?.value, "Site");
});
