/**
 * Robustness of the tokenizer and sentence splitter: offset invariants on
 * random scrape-like text, and linear work on pathological inputs, measured
 * in scanning steps (not wall-clock time) at two input sizes.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ScanStats, segment, splitSentences, tokenize } from "../../src/nlp/tokenize/index.js";
import { seededRandom as random } from "../../src/util/random.js";

/** Pieces random texts are built from: words, every kind of punctuation, noise. */
const FRAGMENTS = [
  "Lavrov",
  "China",
  "won't",
  "can't",
  "gonna",
  "Russia's",
  "soldiers'",
  "O'Brien",
  "'72",
  "'em",
  "U.S.",
  "Mr.",
  "e.g.",
  "etc.",
  "J.",
  "No.",
  "a.m.",
  "3.5",
  "1,000",
  "2024-04-26",
  "713-853-3989",
  "5-10",
  "long-term",
  "e-mail",
  "AT&T",
  "and/or",
  "http://x.org/a_(b)",
  "www.a.com",
  "a...@b.com",
  "x@y.org",
  "#tag",
  "@user",
  ":)",
  ":-(",
  "<3",
  "😀",
  "👍🏽",
  "👨‍👩‍👧",
  "🇺🇦",
  "\u200d",
  "\ufe0f",
  "\u0301",
  "Лавров",
  "中国",
  "العربية",
  " ",
  " ",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\t",
  "\r\n",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u009f",
  "\ud800",
  "\udc00",
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "...",
  "…",
  "—",
  "–",
  "--",
  "-",
  "'",
  "’",
  "‘",
  '"',
  "“",
  "”",
  "``",
  "''",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "<",
  ">",
  "/",
  "\\",
  "&",
  "@",
  "#",
  "$",
  "€",
  "%",
  "+",
  "*",
  "=",
  "^",
  "_",
  "~",
  "|",
  "`",
  "5pm",
  "1970s",
  "a",
  "I",
];

function randomText(rand: () => number, pieces: number): string {
  let s = "";
  for (let k = 0; k < pieces; k++) s += FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)];
  return s;
}

/** Characters that may lie outside every token: white space, controls, zero-width and lone surrogates. */
const SEPARATOR = /^[\s\p{Cc}\u200b\u2060\ufeff\u180e\ud800-\udfff]$/u;

function assertTokenInvariants(text: string, start: number, end: number): void {
  const tokens = tokenize(text, start, end);
  let previousEnd = start;
  for (const t of tokens) {
    assert.ok(
      t.start >= previousEnd,
      `token ${JSON.stringify(t.text)} at ${t.start} overlaps or is out of order`,
    );
    assert.ok(t.end > t.start && t.end <= end, `token ${JSON.stringify(t.text)} has a bad span`);
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.ok(!/\s/.test(t.text), `token ${JSON.stringify(t.text)} contains white space`);
    for (let k = previousEnd; k < t.start; k++) {
      assert.match(text[k]!, SEPARATOR, `character ${JSON.stringify(text[k])} at ${k} belongs to no token`);
    }
    previousEnd = t.end;
  }
  for (let k = previousEnd; k < end; k++)
    assert.match(text[k]!, SEPARATOR, `trailing ${JSON.stringify(text[k])} lost`);
}

describe("offsets property on random scrape-like text", () => {
  it("every token is its slice, in order, without overlap, and only separators are left out", () => {
    const rand = random(20240426);
    for (let round = 0; round < 400; round++) {
      const text = randomText(rand, 1 + Math.floor(rand() * 60));
      assertTokenInvariants(text, 0, text.length);
      const a = Math.floor(rand() * (text.length + 1));
      const b = a + Math.floor(rand() * (text.length - a + 1));
      assertTokenInvariants(text, a, b);
    }
  });

  it("sentences and segment tokens are slices, ordered, and every token lies in its sentence", () => {
    const rand = random(7);
    for (let round = 0; round < 300; round++) {
      const text = randomText(rand, 1 + Math.floor(rand() * 80));
      const { sentences, tokens } = segment(text);
      let previousEnd = 0;
      for (const s of sentences) {
        assert.ok(s.start >= previousEnd && s.end > s.start, "sentences ordered and non-empty");
        assert.equal(s.text, text.slice(s.start, s.end));
        previousEnd = s.end;
      }
      for (const t of tokens) {
        assert.equal(t.text, text.slice(t.start, t.end));
        const s = sentences[t.sentence]!;
        assert.ok(t.start >= s.start && t.end <= s.end);
      }
      assert.deepEqual(
        splitSentences(text).map((s) => [s.start, s.end]),
        sentences.map((s) => [s.start, s.end]),
      );
    }
  });
});

/** Inputs that break naive tokenizers (backtracking, rescanning), each built to about `n` characters. */
const PATHOLOGICAL: ReadonlyArray<readonly [label: string, build: (n: number) => string]> = [
  ["spaces only", (n) => " ".repeat(n)],
  ["one long word, no punctuation", (n) => "a".repeat(n)],
  ["words, no punctuation", (n) => "word ".repeat(n / 5)],
  ["control characters", (n) => "\u0001\u0002\u001f\u007f".repeat(n / 4)],
  ["lone surrogates", (n) => "\ud800".repeat(n)],
  ["full stops", (n) => ".".repeat(n)],
  ["letter-dot chain", (n) => "a.".repeat(n / 2)],
  ["initials without spaces", (n) => "U.S.".repeat(n / 4)],
  ["abbreviations with spaces", (n) => "Mr. ".repeat(n / 4)],
  ["hyphen chain", (n) => "a-".repeat(n / 2)],
  ["digit hyphen chain", (n) => "1-".repeat(n / 2)],
  ["digit separators", (n) => "1,2.3:4/".repeat(n / 8)],
  ["apostrophes", (n) => "'".repeat(n)],
  ["word apostrophe chain", (n) => "a'".repeat(n / 2)],
  ["shortened addresses", (n) => "a...@".repeat(n / 5)],
  ["at signs", (n) => "a@".repeat(n / 2)],
  ["URL prefixes", (n) => "http://".repeat(n / 7)],
  ["www prefixes", (n) => "www.".repeat(n / 4)],
  ["emoticon halves", (n) => ":".repeat(n)],
  ["emoticons", (n) => ":)".repeat(n / 2)],
  ["emoji with skin tones", (n) => "👍🏽".repeat(n / 4)],
  ["zero-width-joiner chain", (n) => "👨\u200d".repeat(n / 3)],
  ["regional indicators", (n) => "🇺".repeat(n / 2)],
  ["mixed scripts and emoji", (n) => "Лавров中国😀العربية ".repeat(n / 18)],
  ["closing brackets after a stop", (n) => `.${")".repeat(n - 1)}`],
  ["stop quote pairs", (n) => '."'.repeat(n / 2)],
  ["hashtags", (n) => "#a".repeat(n / 2)],
  ["signed numbers", (n) => "+1".repeat(n / 2)],
  ["line breaks", (n) => "\n".repeat(n)],
  ["short lines", (n) => "a\n".repeat(n / 2)],
  ["ellipses and capitals", (n) => "...A".repeat(n / 4)],
];

function steps(text: string): number {
  const stats: ScanStats = { steps: 0 };
  segment(text, { stats });
  return stats.steps;
}

describe("linear work on pathological inputs", () => {
  const small = 20_000;
  for (const [label, build] of PATHOLOGICAL) {
    it(label, () => {
      const a = build(small);
      const b = build(4 * small);
      const stepsA = steps(a);
      const stepsB = steps(b);
      // Quadruple the input, at most quadruple the work (plus a little slack), and a few steps per character.
      assert.ok(
        stepsB <= 4.2 * stepsA + 100,
        `${label}: ${stepsA} steps for ${a.length} chars, ${stepsB} for ${b.length}`,
      );
      assert.ok(stepsB <= 12 * b.length, `${label}: ${stepsB} steps for ${b.length} chars`);
    });
  }

  it("a 1 MB string with no punctuation is one token", () => {
    const text = "x".repeat(1 << 20);
    const stats: ScanStats = { steps: 0 };
    const tokens = tokenize(text, 0, text.length, { stats });
    assert.equal(tokens.length, 1);
    assert.equal(tokens[0]!.end, text.length);
    assert.ok(stats.steps <= 4 * text.length, `${stats.steps} steps`);
  });

  it("10,000 consecutive spaces between two words", () => {
    const text = `Lavrov${" ".repeat(10_000)}arrived.`;
    assert.deepEqual(
      segment(text).tokens.map((t) => t.text),
      ["Lavrov", "arrived", "."],
    );
  });
});
