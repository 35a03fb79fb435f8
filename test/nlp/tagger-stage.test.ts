import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { createDoc, type Doc } from "../../src/doc/doc.js";
import type { Token } from "../../src/doc/types.js";
import { modelPath } from "../../src/nlp/model-io.js";
import { POS_MODEL_FILE } from "../../src/nlp/tagger/io.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import { sentenceRuns, tagStage } from "../../src/stages/tag/index.js";

/** A document with whitespace tokens; sentences split after ".". */
function tokenised(text: string): Doc {
  const doc = createDoc({ id: "t1", raw: text, rawKind: "text" });
  doc.text = text;
  let sentence = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const token: Token = { start: m.index, end: m.index + m[0].length, text: m[0], sentence };
    doc.tokens.push(token);
    if (m[0] === ".") sentence++;
  }
  doc.layers.add("text");
  doc.layers.add("tokens");
  return doc;
}

describe("sentenceRuns", () => {
  it("groups consecutive tokens by sentence index", () => {
    const doc = tokenised("A b . C d e . F");
    assert.deepEqual(
      sentenceRuns(doc.tokens).map((run) => run.map((t) => t.text)),
      [["A", "b", "."], ["C", "d", "e", "."], ["F"]],
    );
    assert.deepEqual(sentenceRuns([]), []);
  });
});

describe("tag stage", () => {
  it("declares what it needs and adds", () => {
    assert.equal(tagStage.name, "tag");
    assert.deepEqual(tagStage.requires, ["tokens"]);
    assert.deepEqual([...tagStage.assigns], ["pos", "lemmas"]);
    assert.throws(() => new Pipeline([tagStage]), /requires "tokens"/);
  });

  it("rejects a model option that is not a path", async () => {
    const doc = tokenised("Hello .");
    await assert.rejects(
      new Pipeline([tagStage], ["raw", "tokens"]).run(doc, { posModel: 42 }),
      /CH_USAGE.*posModel/,
    );
  });

  it(
    "tags and lemmatises every token of every sentence",
    { skip: existsSync(modelPath(POS_MODEL_FILE)) ? false : "no committed tagger model" },
    async () => {
      const doc = tokenised("Lavrov will arrive in China on March 22 . The ministers met and talked .");
      await new Pipeline([tagStage], ["raw", "text", "tokens"]).run(doc);
      assert.ok(doc.layers.has("pos") && doc.layers.has("lemmas"));
      for (const t of doc.tokens) {
        assert.ok(t.upos && t.xpos && t.lemma, `token "${t.text}" is fully tagged`);
      }
      const byText = new Map(doc.tokens.map((t) => [t.text, t]));
      assert.equal(byText.get("will")?.upos, "AUX");
      assert.equal(byText.get("arrive")?.xpos, "VB");
      assert.equal(byText.get("China")?.upos, "PROPN");
      assert.equal(byText.get("ministers")?.lemma, "minister");
      assert.equal(byText.get("met")?.lemma, "meet");
      assert.equal(byText.get("talked")?.lemma, "talk");
      assert.equal(byText.get("The")?.lemma, "the");
      assert.ok(doc.timings["tag"] !== undefined);
    },
  );
});
