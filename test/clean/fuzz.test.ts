/**
 * Property test: the extractor and the cleaning stages never crash on
 * malformed HTML. A small seeded mutator breaks well-formed pages (cuts,
 * duplicated ranges, stray tags and entities, unbalanced comments, control
 * characters, lone surrogates, deep nesting) and every result is checked for
 * crashes and for offsets outside the input.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { cleanDataDirs } from "../../src/clean/data.js";
import { cleaningPipeline } from "../../src/clean/eval/pipeline.js";
import { extractArticle } from "../../src/clean/html/extract.js";
import { loadClassHints } from "../../src/clean/html/hints.js";
import { createDoc } from "../../src/doc/doc.js";
import { ChanceryError } from "../../src/errors.js";
import { packageRoot } from "../../src/util/paths.js";
import { seededRandom as prng } from "../../src/util/random.js";

const FRAGMENTS = [
  "<div>",
  "</div>",
  "<p>",
  "</p>",
  "<",
  ">",
  "</",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "&",
  "&amp",
  "&#",
  "&#x1F600;",
  "&#xD800;",
  "<script>",
  "</script>",
  "<style>",
  "<svg><path d='",
  '<a href="',
  '"',
  "'",
  "<br/>",
  "<table><tr><td>",
  '<article class="post">',
  "<nav>",
  "<template>",
  "\u0000",
  "\ud800",
  "\udfff",
  "\u202e",
  "\ufeff",
  "**",
  "â€™",
  "<h1>",
  "</h1>",
  "<li>",
  "<noscript>",
  "<textarea>",
  "<iframe src=x>",
  '<meta charset="utf-8">',
  '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":',
  "<math><mi>x</mi>",
  "<select><option>",
];

type Mutation = (s: string, r: () => number) => string;
const at = (s: string, r: () => number) => Math.floor(r() * (s.length + 1));
const MUTATIONS: Mutation[] = [
  (s, r) => {
    const a = at(s, r);
    return s.slice(0, a) + s.slice(Math.min(s.length, a + Math.floor(r() * 200)));
  },
  (s, r) => {
    const a = at(s, r);
    const b = Math.min(s.length, a + Math.floor(r() * 300));
    return s.slice(0, b) + s.slice(a, b) + s.slice(b);
  },
  (s, r) => {
    const a = at(s, r);
    return s.slice(0, a) + (FRAGMENTS[Math.floor(r() * FRAGMENTS.length)] ?? "") + s.slice(a);
  },
  (s, r) => s.slice(0, at(s, r)),
  (s, r) => {
    const a = at(s, r);
    const depth = 1 + Math.floor(r() * 3000);
    return `${s.slice(0, a)}${"<div><span>".repeat(depth)}deep text${s.slice(a)}`;
  },
  (s, r) => {
    const a = at(s, r);
    const b = at(s, r);
    const [x, y] = a < b ? [a, b] : [b, a];
    return s.slice(y) + s.slice(x, y) + s.slice(0, x);
  },
  (s, r) => s.replace(/<\/?([a-z]+)/gi, (m) => (r() < 0.1 ? m.toUpperCase() : r() < 0.05 ? "" : m)),
];

function corpus(): string[] {
  const root = join(packageRoot(), "test", "fixtures", "clean");
  const pages = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        return [readFileSync(join(root, d.name, "input.html"), "utf8")];
      } catch {
        return [];
      }
    });
  pages.push("", "<", "<html", "<<<>>>", "&&&&", "<p>".repeat(500), "<!--", "text only, no tags at all.");
  return pages;
}

const hints = loadClassHints(cleanDataDirs());
const SEED = 20240612;
const ROUNDS = 400;

test(`extractArticle survives ${ROUNDS} mutated pages and keeps offsets inside the input (seed ${SEED})`, () => {
  const r = prng(SEED);
  const pages = corpus();
  for (let i = 0; i < ROUNDS; i++) {
    let html = pages[Math.floor(r() * pages.length)] ?? "";
    const steps = 1 + Math.floor(r() * 4);
    for (let k = 0; k < steps; k++)
      html = (MUTATIONS[Math.floor(r() * MUTATIONS.length)] as Mutation)(html, r);
    let result: ReturnType<typeof extractArticle>;
    try {
      result = extractArticle(html, { hints });
    } catch (err) {
      assert.fail(
        `round ${i} (seed ${SEED}) threw ${(err as Error).stack}\n--- input (first 500 chars):\n${html.slice(0, 500)}`,
      );
    }
    for (const p of result.paragraphs) {
      assert.ok(p.text.trim().length > 0, `round ${i}: empty paragraph`);
      for (const o of p.origin)
        assert.ok(o >= 0 && o <= html.length, `round ${i}: offset ${o} outside 0..${html.length}`);
    }
    for (const x of result.removed) {
      if (x.inputStart !== undefined)
        assert.ok(x.inputStart >= 0 && x.inputStart <= html.length, `round ${i}: removed span offset`);
    }
  }
});

test("the cleaning stages either produce text or fail with a coded error on mutated pages", async () => {
  const r = prng(SEED + 1);
  const pages = corpus();
  const pipeline = cleaningPipeline();
  for (let i = 0; i < 120; i++) {
    let html = pages[Math.floor(r() * pages.length)] ?? "";
    for (let k = 0; k < 3; k++) html = (MUTATIONS[Math.floor(r() * MUTATIONS.length)] as Mutation)(html, r);
    const doc = createDoc({ id: `fuzz-${i}`, raw: html, rawKind: r() < 0.8 ? "html" : "text" });
    try {
      await pipeline.run(doc);
      assert.ok(doc.text.length > 0, `round ${i}: empty text without an error`);
    } catch (err) {
      assert.ok(err instanceof ChanceryError, `round ${i}: uncoded error ${(err as Error).stack}`);
      assert.match(err.code, /^CH_(HTML_NO_BODY|INPUT_EMPTY)$/, `round ${i}: ${err.message}`);
    }
  }
});
