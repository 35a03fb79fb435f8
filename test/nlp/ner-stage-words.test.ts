import assert from "node:assert/strict";
import { test } from "node:test";
import type { Token } from "../../src/doc/types.js";
import {
  buildEntities,
  normalizeEntityName,
  tagTokens,
  tokenMentions,
} from "../../src/stages/ner/entities.js";
import { recognizerWords } from "../../src/stages/ner/words.js";

/** Tokens of `text` split at spaces and around hyphens (as the UD tokenizer does), one sentence per `|`. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  for (const m of text.matchAll(/\||-|[^\s|-]+/g)) {
    if (m[0] === "|") {
      sentence++;
      continue;
    }
    tokens.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], sentence });
  }
  return tokens;
}

test("hyphen-joined tokens become one recogniser word; spaced hyphens do not", () => {
  const text = "the Anglo-Dutch group - a Franco-German-Swiss firm | -x y- | ok";
  const words = recognizerWords(text, tokensOf(text));
  assert.deepEqual(
    words.map((s) => s.map((w) => w.text)),
    [["the", "Anglo-Dutch", "group", "-", "a", "Franco-German-Swiss", "firm"], ["-", "x", "y", "-"], ["ok"]],
  );
  const anglo = words[0]![1]!;
  assert.deepEqual([anglo.first, anglo.last], [1, 3]);
});

test("spans map back to tokens as BIO tags and entities with offsets", () => {
  const text = "Anglo-Dutch Shell met Shell in Paris";
  const tokens = tokensOf(text);
  const words = recognizerWords(text, tokens);
  const mentions = tokenMentions(words, [
    [
      { start: 0, end: 1, type: "MISC" },
      { start: 1, end: 2, type: "ORG" },
      { start: 3, end: 4, type: "ORG" },
      { start: 5, end: 6, type: "LOC" },
    ],
  ]);
  tagTokens(tokens, mentions);
  assert.deepEqual(
    tokens.map((t) => t.ner),
    ["B-MISC", "I-MISC", "I-MISC", "B-ORG", "O", "B-ORG", "O", "B-LOC"],
  );
  const entities = buildEntities(text, tokens, mentions);
  assert.deepEqual(
    entities.map((e) => [e.id, e.type, e.name, e.mentions.map((m) => [m.start, m.end, m.text])]),
    [
      ["e1", "MISC", "Anglo-Dutch", [[0, 11, "Anglo-Dutch"]]],
      [
        "e2",
        "ORG",
        "Shell",
        [
          [12, 17, "Shell"],
          [22, 27, "Shell"],
        ],
      ],
      ["e3", "LOC", "Paris", [[31, 36, "Paris"]]],
    ],
  );
  assert.equal(normalizeEntityName("Foreign \n Ministry"), "foreign ministry");
  assert.equal(normalizeEntityName("O\u2019Neill"), "o'neill");
});

test("same name with different types stays two entities", () => {
  const text = "Washington said Washington";
  const tokens = tokensOf(text);
  const words = recognizerWords(text, tokens);
  const mentions = tokenMentions(words, [
    [
      { start: 0, end: 1, type: "LOC" },
      { start: 2, end: 3, type: "PER" },
    ],
  ]);
  const entities = buildEntities(text, tokens, mentions);
  assert.equal(entities.length, 2);
});
