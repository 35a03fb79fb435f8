/**
 * The segmentation evaluation: gold reconstruction and scoring on a small
 * inline treebank, and the quality gate on UD English EWT dev (skipped with a
 * message when ../shared is absent). Floors are pinned below the measured
 * figures; tuning happens on dev, never on test.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  evaluateEwt,
  evaluateSegmentation,
  ewtPath,
  goldFromConllu,
  scoreSpans,
  surfaceTokens,
} from "../../src/eval/nlp/segmentation.js";
import { parseConllu } from "../../src/nlp/conllu.js";
import { segment } from "../../src/nlp/tokenize/index.js";

const row = (id: number, form: string, misc = "_") => `${id}\t${form}\t_\tX\t_\t_\t0\tdep\t_\t${misc}`;

const SMALL_TREEBANK = [
  "# newdoc id = d1",
  "# newpar id = p1",
  "# text = I don't know.",
  row(1, "I"),
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  row(2, "do"),
  row(3, "n't"),
  row(4, "know", "SpaceAfter=No"),
  row(5, "."),
  "",
  "# text = Mr. Lavrov left",
  row(1, "Mr."),
  row(2, "Lavrov"),
  row(3, "left"),
  "",
  "# newpar id = p2",
  "# text = Talks ended.",
  row(1, "Talks"),
  row(2, "ended", "SpaceAfter=No"),
  row(3, "."),
  "",
].join("\n");

describe("segmentation evaluation: gold reconstruction and scores", () => {
  const gold = goldFromConllu(parseConllu(SMALL_TREEBANK));

  it("rebuilds the raw text: a space inside a paragraph, a blank line between paragraphs", () => {
    assert.equal(gold.text, "I don't know. Mr. Lavrov left\n\nTalks ended.");
    assert.equal(gold.misaligned, 0);
  });

  it("gives a multiword token one surface span and its words their pieces", () => {
    const spans = (list: { start: number; end: number }[]) =>
      list.map((s) => gold.text.slice(s.start, s.end));
    assert.deepEqual(spans(gold.tokens).slice(0, 4), ["I", "don't", "know", "."]);
    assert.deepEqual(spans(gold.words).slice(0, 5), ["I", "do", "n't", "know", "."]);
    assert.deepEqual(spans(gold.sentences), ["I don't know.", "Mr. Lavrov left", "Talks ended."]);
  });

  it("merges contraction pieces back into surface tokens", () => {
    const merged = surfaceTokens(segment("I don't know."));
    assert.deepEqual(
      merged.map((s) => [s.start, s.end]),
      [
        [0, 1],
        [2, 7],
        [8, 12],
        [12, 13],
      ],
    );
  });

  it("scores exact span matches", () => {
    const score = scoreSpans(
      [
        { start: 0, end: 1 },
        { start: 2, end: 5 },
      ],
      [
        { start: 0, end: 1 },
        { start: 2, end: 4 },
        { start: 4, end: 5 },
      ],
    );
    assert.equal(score.matched, 1);
    assert.equal(score.recall, 50);
    assert.ok(Math.abs(score.precision - 100 / 3) < 1e-9);
    assert.ok(Math.abs(score.f1 - 40) < 1e-9);
  });

  it("scores the segmenter on the small treebank; the blank line ends the unpunctuated sentence", () => {
    const { scores } = evaluateSegmentation(parseConllu(SMALL_TREEBANK));
    assert.equal(scores.tokens.f1, 100);
    assert.equal(scores.words.f1, 100);
    assert.equal(scores.sentences.matched, 3);
  });
});

/** Floors on EWT dev, a little under the measured figures (token 99.57, word 99.27, sentence 86.93). */
const DEV_FLOORS = { token: 99.3, word: 99.0, sentence: 85.5 };

describe("quality gate on UD English EWT dev", () => {
  const path = ewtPath("dev");
  it(
    "token, word and sentence F1 stay above their floors",
    {
      skip: path ? false : "../shared/ud/UD_English-EWT is absent",
    },
    () => {
      const result = evaluateEwt(["dev"]);
      assert.ok(result?.dev, "dev scores");
      const { tokens, words, sentences, misaligned } = result.dev;
      assert.equal(misaligned, 0, "every gold token is found in the text");
      assert.ok(tokens.f1 >= DEV_FLOORS.token, `token F1 ${tokens.f1.toFixed(2)} < ${DEV_FLOORS.token}`);
      assert.ok(words.f1 >= DEV_FLOORS.word, `word F1 ${words.f1.toFixed(2)} < ${DEV_FLOORS.word}`);
      assert.ok(
        sentences.f1 >= DEV_FLOORS.sentence,
        `sentence F1 ${sentences.f1.toFixed(2)} < ${DEV_FLOORS.sentence}`,
      );
    },
  );
});
