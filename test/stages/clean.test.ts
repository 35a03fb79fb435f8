import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { cleanDataDirs } from "../../src/clean/data.js";
import { CLEANING_STAGES } from "../../src/clean/eval/pipeline.js";
import { formatCleanExplanation } from "../../src/clean/explain.js";
import { paragraphSources } from "../../src/clean/offsets.js";
import { loadBoilerplateRules } from "../../src/clean/text/rules.js";
import { createDoc } from "../../src/doc/doc.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";

const SEEDLIKE = [
  "Talks resume in Valdera after two years; Photo: File",
  "Negotiators from Valdera and Montrel met on Tuesday to resume harbour talks.",
  "Montrel's delegation is led by Paulo Renn, who said a deal was close.",
  "About Lena Marsh",
  "Lena Marsh is a freelance journalist who writes about maritime policy for the Coastal Ledger website.",
  "View all posts by Lena Marsh →",
  "Leave a Reply",
  "(function(d, s, id){",
  "var js = d.createElement(s); js.id = id;",
  "}(document, 'script', 'social-sdk'));",
].join("\n");

const pipeline = () => new Pipeline(CLEANING_STAGES);

test("the cleaning stages fit the pipeline order markup → normalize → clean → language", () => {
  const p = pipeline();
  assert.deepEqual(
    p.stages.map((s) => s.name),
    ["markup", "normalize", "clean", "language"],
  );
  assert.ok(p.assigns("text") && p.assigns("language") && p.assigns("metadata"));
});

test("plain text: junk removed, each span with its reason and its offset in the raw input", async () => {
  const doc = await pipeline().run(createDoc({ id: "t", raw: SEEDLIKE, rawKind: "text" }));
  assert.equal(
    doc.text,
    "Talks resume in Valdera after two years\nNegotiators from Valdera and Montrel met on Tuesday to resume harbour talks.\nMontrel's delegation is led by Paulo Renn, who said a deal was close.",
  );
  assert.deepEqual(
    doc.removed.map((r) => r.reason),
    ["caption", "author-bio", "comment-form", "script-code"],
  );
  for (const r of doc.removed) {
    const first = r.text.split("\n")[0] ?? "";
    assert.equal(
      SEEDLIKE.slice(r.inputStart, (r.inputStart ?? 0) + first.length),
      first,
      `offset of ${r.reason}`,
    );
  }
});

test("paragraphs of an HTML document map back to their HTML", async () => {
  const html = `<html><body><nav>Home</nav><article><p>Negotiators from Valdera and Montrel met on Tuesday to resume talks on the harbour.</p>
    <p>Montrel's delegation is led by Paulo Renn, who said a deal was close &amp; fair.</p><p>Advertisement</p>
    <p>Analysts said a deal could double traffic through the port within five years, officials added.</p></article></body></html>`;
  const doc = await pipeline().run(createDoc({ id: "h", raw: html, rawKind: "html" }));
  const spans = paragraphSources(doc);
  assert.ok(spans);
  assert.equal(spans.length, 3);
  for (const s of spans) {
    const raw = html.slice(s.inputStart, s.inputEnd).replace(/&amp;/g, "&");
    assert.equal(raw, doc.text.slice(s.start, s.end));
  }
  const advert = doc.removed.find((r) => r.reason === "advert");
  assert.ok(advert && html.slice(advert.inputStart, (advert.inputStart ?? 0) + 13) === "Advertisement");
});

test("formatCleanExplanation lists every removed span by reason with its offset", async () => {
  const doc = await pipeline().run(createDoc({ id: "explain-me", raw: SEEDLIKE, rawKind: "text" }));
  const text = formatCleanExplanation(doc);
  assert.match(text, /^clean: explain-me — 4 spans removed/);
  assert.match(text, /\n {2}script-code ×1\n {4}@\d+ "\(function\(d, s, id\)\{ ⏎ var js/);
  assert.match(text, /\n {2}caption ×1\n {4}@39 "; Photo: File"/);
  assert.ok(text.indexOf("caption") < text.indexOf("script-code"), "reasons in input order");
});

test("a user data folder adds boilerplate rules without forking", async () => {
  const dir = mkdtempSync(join(tmpdir(), "chancery-clean-"));
  writeFileSync(
    join(dir, "boilerplate.tsv"),
    "# ours\nhouse-promo\tline\tsupport independent harbour journalism[.!]?\n",
  );
  const text = "Negotiators met on Tuesday to resume harbour talks.\nSupport independent harbour journalism!";
  const plain = await pipeline().run(createDoc({ id: "a", raw: text, rawKind: "text" }));
  assert.ok(plain.text.includes("Support independent"));
  const withUser = await pipeline().run(createDoc({ id: "b", raw: text, rawKind: "text" }), {
    cleanData: dir,
  });
  assert.equal(withUser.text, "Negotiators met on Tuesday to resume harbour talks.");
  assert.equal(withUser.removed[0]?.reason, "house-promo");
});

test("an invalid user rule is a coded data error naming the file and line", () => {
  const dir = mkdtempSync(join(tmpdir(), "chancery-clean-bad-"));
  writeFileSync(join(dir, "boilerplate.tsv"), "x\tline\t(unclosed\n");
  assert.throws(
    () => loadBoilerplateRules(cleanDataDirs(dir)),
    /CH_DATA_INVALID: .*boilerplate\.tsv:1: invalid pattern/,
  );
  writeFileSync(join(dir, "boilerplate.tsv"), "x\tsomewhere\tabc\n");
  assert.throws(() => loadBoilerplateRules(cleanDataDirs(`${dir}`)), /unknown scope "somewhere"/);
});

test("every boilerplate rule runs in linear time on adversarial lines (no catastrophic backtracking)", () => {
  const rules = loadBoilerplateRules(cleanDataDirs());
  const lines = [
    "A".repeat(3000),
    "a ".repeat(1500),
    "By ".concat("Abc ".repeat(700)),
    "share ".repeat(500).concat("!x"),
    "x".repeat(3000).concat("!"),
    "About ".concat("Ab ".repeat(900), "."),
    "Home » ".repeat(400),
    "1/2/2024 - ".repeat(250),
    "(".repeat(2000),
  ];
  for (const rule of rules) {
    for (const line of lines) {
      const t0 = performance.now();
      rule.pattern.test(line);
      const ms = performance.now() - t0;
      assert.ok(ms < 250, `${rule.where} took ${ms.toFixed(0)} ms on a ${line.length}-character line`);
    }
  }
});
