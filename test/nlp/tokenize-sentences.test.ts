/**
 * Table-driven sentence-splitting cases, the segment() contract and the
 * tokenize stage. Rows are [label, input, expected sentences].
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc } from "../../src/doc/doc.js";
import { segment, splitSentences, tokenize } from "../../src/nlp/tokenize/index.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import type { Stage } from "../../src/pipeline/stage.js";
import { tokenizeStage } from "../../src/stages/tokenize/index.js";

type Row = readonly [label: string, input: string, expected: readonly string[]];

const ROWS: readonly Row[] = [
  ["two plain sentences", "Lavrov arrived. Wang met him.", ["Lavrov arrived.", "Wang met him."]],
  ["question and exclamation", "Will they meet? Yes! They will.", ["Will they meet?", "Yes!", "They will."]],
  ["title does not end a sentence", "Mr. Lavrov arrived.", ["Mr. Lavrov arrived."]],
  ["military rank", "Gen. Gerasimov and Col. Smith spoke.", ["Gen. Gerasimov and Col. Smith spoke."]],
  ["initials", "J. K. Rowling wrote it. Then she left.", ["J. K. Rowling wrote it.", "Then she left."]],
  ["U.S. before a name continues", "The U.S. Army left.", ["The U.S. Army left."]],
  ["U.S. before a country name continues", "The U.S. China talks ended.", ["The U.S. China talks ended."]],
  [
    "U.S. at the end of a sentence",
    "Lavrov arrived in the U.S. The talks begin today.",
    ["Lavrov arrived in the U.S.", "The talks begin today."],
  ],
  ["etc. mid-sentence", "Bread, milk, etc. were sold.", ["Bread, milk, etc. were sold."]],
  ["month abbreviation before a number", "It began on Jan. 5 in Kyiv.", ["It began on Jan. 5 in Kyiv."]],
  ["quote after the stop", 'He said "no." Then he left.', ['He said "no."', "Then he left."]],
  ["curly quote after the stop", "“We will win.” Wang agreed.", ["“We will win.”", "Wang agreed."]],
  ["reporting clause after a quotation", '"We will win!" he said.', ['"We will win!" he said.']],
  [
    "parenthesised sentence",
    "He left. (He was tired.) Then he slept.",
    ["He left.", "(He was tired.)", "Then he slept."],
  ],
  [
    "stop inside brackets ends later",
    "It worked (I love my job!). Next day.",
    ["It worked (I love my job!).", "Next day."],
  ],
  ["ellipsis before a capital", "He waited... Nothing happened.", ["He waited...", "Nothing happened."]],
  ["ellipsis before lower case", "He waited... and waited.", ["He waited... and waited."]],
  ["decimal number", "Growth was 3.5 percent. It slowed.", ["Growth was 3.5 percent.", "It slowed."]],
  ["stop before a comma", "See the report. , he said", ["See the report. , he said"]],
  [
    "headline line without stop",
    "Lavrov to visit China\nRussia's minister will travel next week.",
    ["Lavrov to visit China", "Russia's minister will travel next week."],
  ],
  [
    "bullet lines",
    "Key points:\n- Talks resume\n- Sanctions stay\nMore later.",
    ["Key points:", "- Talks resume", "- Sanctions stay", "More later."],
  ],
  [
    "numbered list",
    "1. Ceasefire talks\n2. Prisoner exchange",
    ["1. Ceasefire talks", "2. Prisoner exchange"],
  ],
  [
    "numbered list inline",
    "1. The pricing is fixed. 2. The deal is done.",
    ["1. The pricing is fixed.", "2. The deal is done."],
  ],
  [
    "wrapped line mid-sentence",
    "The minister said that the\ntalks would continue.",
    ["The minister said that the\ntalks would continue."],
  ],
  [
    "wrapped line before lower case",
    "The talks, which began\nlast week, ended.",
    ["The talks, which began\nlast week, ended."],
  ],
  [
    "title at the end of a line",
    "It was signed by Mr.\nLavrov yesterday.",
    ["It was signed by Mr.\nLavrov yesterday."],
  ],
  ["paragraph break", "First paragraph\n\nsecond one", ["First paragraph", "second one"]],
  ["missing space before lower case is a typo", "it was fun...now not.", ["it was fun...now not."]],
  [
    "missing space before a capital is a boundary",
    "The talks ended.The minister left.",
    ["The talks ended.", "The minister left."],
  ],
  ["URL then a capital", "Read http://example.com Then reply.", ["Read http://example.com", "Then reply."]],
];

describe("splitSentences", () => {
  for (const [label, input, expected] of ROWS) {
    it(label, () => {
      const sentences = splitSentences(input);
      assert.deepEqual(
        sentences.map((s) => s.text),
        expected,
      );
      for (const s of sentences) assert.equal(s.text, input.slice(s.start, s.end));
    });
  }

  it("accepts tokens computed beforehand", () => {
    const text = "One. Two.";
    assert.deepEqual(
      splitSentences(text, tokenize(text)).map((s) => s.text),
      ["One.", "Two."],
    );
  });

  it("returns nothing for text without tokens", () => {
    assert.deepEqual(splitSentences(""), []);
    assert.deepEqual(splitSentences(" \n\t "), []);
  });
});

describe("segment", () => {
  it("gives a sentence-final abbreviation's period its own token, as EWT does", () => {
    const { sentences, tokens } = segment("Talks ended, etc. The envoys met in the U.S.");
    assert.deepEqual(
      sentences.map((s) => s.text),
      ["Talks ended, etc.", "The envoys met in the U.S."],
    );
    assert.deepEqual(
      tokens.map((t) => `${t.text}/${t.sentence}`),
      [
        "Talks/0",
        "ended/0",
        ",/0",
        "etc/0",
        "./0",
        "The/1",
        "envoys/1",
        "met/1",
        "in/1",
        "the/1",
        "U.S/1",
        "./1",
      ],
    );
  });

  it("keeps an abbreviation's period inside a sentence", () => {
    assert.deepEqual(
      segment("Mr. Lavrov met U.S. envoys.").tokens.map((t) => t.text),
      ["Mr.", "Lavrov", "met", "U.S.", "envoys", "."],
    );
  });

  it("numbers sentences in order and keeps every token inside its sentence", () => {
    const text = "Lavrov will arrive in China on March 22. He won't stay long.\n\nWang said so.";
    const { sentences, tokens } = segment(text);
    assert.equal(sentences.length, 3);
    for (const t of tokens) {
      const s = sentences[t.sentence]!;
      assert.ok(t.start >= s.start && t.end <= s.end, `${t.text} lies in sentence ${t.sentence}`);
      assert.equal(t.text, text.slice(t.start, t.end));
    }
    assert.deepEqual([...new Set(tokens.map((t) => t.sentence))], [0, 1, 2]);
  });
});

describe("tokenizeStage", () => {
  const textStage: Stage = {
    name: "text-fixture",
    description: "copies raw into text",
    requires: ["raw"],
    assigns: ["text"],
    run: (doc) => {
      doc.text = doc.raw;
      return doc;
    },
  };

  it("declares its layers", () => {
    assert.equal(tokenizeStage.name, "tokenize");
    assert.deepEqual([...tokenizeStage.requires], ["text"]);
    assert.deepEqual([...tokenizeStage.assigns], ["sentences", "tokens"]);
  });

  it("fills doc.sentences and doc.tokens with offsets into doc.text", async () => {
    const doc = createDoc({
      id: "t1",
      raw: "Lavrov won't visit the U.S. The talks have not started.",
      rawKind: "text",
    });
    const out = await new Pipeline([textStage, tokenizeStage]).run(doc);
    assert.deepEqual(
      out.sentences.map((s) => s.text),
      ["Lavrov won't visit the U.S.", "The talks have not started."],
    );
    assert.deepEqual(
      out.tokens.map((t) => t.text),
      ["Lavrov", "wo", "n't", "visit", "the", "U.S", ".", "The", "talks", "have", "not", "started", "."],
    );
    for (const t of out.tokens) {
      assert.equal(out.text.slice(t.start, t.end), t.text);
      const keys = Object.keys(t).sort();
      assert.deepEqual(
        keys,
        t.text === "n't"
          ? ["contraction", "end", "sentence", "start", "text"]
          : ["end", "sentence", "start", "text"],
      );
    }
    assert.ok(out.layers.has("tokens") && out.layers.has("sentences"));
  });

  it("is refused before a stage that assigns text", () => {
    assert.throws(() => new Pipeline([tokenizeStage]), /CH_PIPELINE_ORDER/);
  });
});
