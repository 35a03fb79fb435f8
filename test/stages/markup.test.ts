import assert from "node:assert/strict";
import { test } from "node:test";
import { createDoc } from "../../src/doc/doc.js";
import { buildPipeline } from "../../src/pipeline/registry.js";
import { readHtml } from "../../src/stages/markup/html.js";
import { normalizeText } from "../../src/stages/normalize/normalize.js";

const PAGE = `<!doctype html><html lang="en-GB"><head><title>Fallback title</title>
<meta property="og:title" content="Kenya and Ethiopia reopen border">
<meta property="article:published_time" content="2024-05-02T08:00:00+03:00">
<link rel="canonical" href="https://news.example.org/2024/05/02/border">
<script>var tracking = "<p>not text</p>";</script>
<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"A. Writer"}}</script>
</head><body>
<nav><a href="/">Home</a> › <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. Accept all</div>
<article><h1>Kenya and Ethiopia reopen border</h1>
<p>Kenya and Ethiopia agreed on Tuesday to reopen their shared border, officials said.</p>
<p>The two governments will hold further talks next month.</p>
<div class="share-bar">Share on Facebook Twitter</div>
</article>
<aside><h3>Related</h3><ul><li>Other story</li></ul></aside>
<footer>© Example News</footer></body></html>`;

test("readHtml takes the article, leaves chrome out and records why", () => {
  const r = readHtml(PAGE);
  assert.equal(r.containerTag, "article");
  // The headline is the document's title, not a paragraph of its text.
  assert.deepEqual(r.paragraphs, [
    "Kenya and Ethiopia agreed on Tuesday to reopen their shared border, officials said.",
    "The two governments will hold further talks next month.",
  ]);
  assert.equal(r.metadata.title?.value, "Kenya and Ethiopia reopen border");
  assert.equal(r.metadata.title?.from, "og:title");
  assert.equal(r.metadata.publishedAt?.value, "2024-05-02T08:00:00+03:00");
  assert.equal(r.metadata.canonicalUrl?.value, "https://news.example.org/2024/05/02/border");
  assert.equal(r.metadata.language?.value, "en-GB");
  assert.equal(r.metadata.byline?.value, "A. Writer");
  const reasons = new Set(r.removed.map((x) => x.reason));
  for (const expected of [
    "script-element",
    "nav-element",
    "cookie",
    "share",
    "aside-element",
    "footer-element",
    "title-heading",
  ]) {
    assert.ok(reasons.has(expected), `removed for ${expected}: ${[...reasons].join(", ")}`);
  }
  assert.ok(!r.paragraphs.join(" ").includes("cookies"));
  assert.ok(!r.paragraphs.join(" ").includes("not text"));
  assert.equal(r.attempts[0]?.used, true);
});

test("pages without <article> use the element that gathers the prose: <main>, else the body", () => {
  const story = "Sudan and Chad signed a ceasefire. ".repeat(8).trim();
  const main = readHtml(
    `<body><div>Menu</div><main><p>${story}</p><p>The talks were held in N'Djamena, officials said on Sunday.</p></main></body>`,
  );
  assert.equal(main.containerTag, "main");
  assert.equal(main.paragraphs[0], story);
  assert.ok(main.removed.some((r) => r.text === "Menu" && r.reason === "outside-article"));
  const body = readHtml("<body><p>Short body text only.</p></body>");
  assert.deepEqual(body.paragraphs, ["Short body text only."]);
  assert.ok(body.attempts.length >= 2, "a short page goes through the fallbacks");
});

test("entities are decoded and malformed HTML does not throw", () => {
  const r = readHtml(
    "<p>Ankara &amp; Athens &ldquo;agreed&rdquo;<p>Unclosed <b>bold <i>nested</p></div></span>",
  );
  assert.equal(r.paragraphs[0], "Ankara & Athens “agreed”");
  assert.equal(r.paragraphs[1], "Unclosed bold nested");
});

test("the pipeline fills metadata gaps from the page but keeps what the record states", async () => {
  const p = buildPipeline(["markup", "normalize"]);
  const doc = createDoc({ id: "h1", raw: PAGE, rawKind: "html", title: "Record title" });
  await p.run(doc);
  assert.equal(doc.title, "Record title");
  assert.equal(doc.provenance["title"], "record");
  assert.equal(doc.published_at, "2024-05-02T08:00:00+03:00");
  assert.equal(doc.provenance["published_at"], "meta:article:published_time");
  assert.equal(doc.url, "https://news.example.org/2024/05/02/border");
  assert.equal(doc.language, "en");
  assert.ok(doc.text.startsWith("Kenya and Ethiopia agreed on Tuesday"));
});

test("HTML with no body text is a coded error naming the document", async () => {
  const doc = createDoc({
    id: "empty-page",
    raw: "<html><head><title>x</title></head><body><script>1</script></body></html>",
    rawKind: "html",
  });
  await assert.rejects(buildPipeline(["markup", "normalize"]).run(doc), /CH_HTML_NO_BODY: empty-page/);
});

const NORMALIZE_CASES: [string, string, string][] = [
  ["zero-width and BOM removed", "\ufeffHello\u200b world", "Hello world"],
  ["CRLF and blank-line runs", "a\r\n\r\n\r\n\r\nb", "a\n\nb"],
  ["non-breaking spaces and tabs", "a\u00a0\tb", "a b"],
  ["NFC composition", "Elyse\u0301e", "Elysée"],
  ["control characters", "a\u0007b\u0000c", "abc"],
  ["lines trimmed, paragraphs kept", "  one  \n  two  ", "one\ntwo"],
  ["quotes and dashes kept (negative case)", "“Yes” — he said", "“Yes” — he said"],
  ["mojibake repaired", "Americaâ€™s â€œdealâ€\u009d", "America’s “deal”"],
  ["double mojibake repaired", "itÃ¢â‚¬â„¢s", "it’s"],
  [
    "Latin-1 text left alone (negative case)",
    "Ångström à la carte, São Paulo",
    "Ångström à la carte, São Paulo",
  ],
  ["redaction marks dropped without gluing words", "Renn** also met ** officials", "Renn also met officials"],
  ["redaction between two words leaves a space", "goods**turned", "goods turned"],
  ["a single asterisk is kept (negative case)", "marked *", "marked *"],
  ["word broken across a line end re-joined", "the govern-\nment said", "the government said"],
  [
    "hyphenated compound seen elsewhere keeps its hyphen",
    "a long-term plan, the long-\nterm view",
    "a long-term plan, the long-term view",
  ],
  ["hyphen before a capital is kept (negative case)", "pro-\nRussian", "pro-\nRussian"],
  ["ellipsis variants", "wait... and . . . more", "wait… and … more"],
  ["four dots are left alone (negative case)", "end....", "end...."],
  ["dash variants", "3\u20124 -- and\u2015so", "3–4 — and—so"],
  ["treebank quotes", "``within days''", "“within days”"],
  ["acute accent as apostrophe", "don\u00b4t", "don’t"],
];

for (const [label, input, expected] of NORMALIZE_CASES) {
  test(`normalizeText: ${label}`, () => assert.equal(normalizeText(input), expected));
}
