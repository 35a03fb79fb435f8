import assert from "node:assert/strict";
import { test } from "node:test";
import { createDoc } from "../../src/doc/doc.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import { MAX_SENTENCE_TOKENS, tokenizeStage } from "../../src/stages/tokenize/index.js";

const run = async (text: string) => {
  const doc = createDoc({ id: "t", raw: text, rawKind: "text" });
  doc.text = text;
  doc.layers.add("text");
  return new Pipeline([tokenizeStage], ["raw", "text"]).run(doc);
};

test("a run of words with no punctuation is cut into sentences of bounded length, offsets intact", async () => {
  const text = "word ".repeat(MAX_SENTENCE_TOKENS * 2 + 10).trim() + ". Next sentence here.";
  const doc = await run(text);
  assert.equal(doc.sentences.length, 4);
  for (const [i, s] of doc.sentences.entries()) {
    const toks = doc.tokens.filter((t) => t.sentence === i);
    assert.ok(toks.length > 0 && toks.length <= MAX_SENTENCE_TOKENS, `sentence ${i}: ${toks.length} tokens`);
    assert.equal(s.text, text.slice(s.start, s.end));
    assert.ok(toks[0]!.start >= s.start && toks[toks.length - 1]!.end <= s.end);
  }
  assert.equal(doc.sentences[3]?.text, "Next sentence here.");
  assert.ok(doc.warnings.some((w) => w.code === "CH_W_LONG_SENTENCE"));
});

test("ordinary text is not cut and gets no warning (negative case)", async () => {
  const doc = await run("Lavrov will arrive in China on March 22. He will meet Wang Yi.");
  assert.equal(doc.sentences.length, 2);
  assert.deepEqual(doc.warnings, []);
});
