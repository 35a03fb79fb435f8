import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ChanceryError } from "../../src/errors.js";
import { readModelFile, writeModelFile } from "../../src/nlp/model-io.js";
import {
  averageWeights,
  loadParser,
  parserFromModel,
  parserModelFile,
  pruneWeights,
  saveParser,
} from "../../src/nlp/parser/io.js";
import { SentenceAtoms } from "../../src/nlp/parser/atoms.js";
import { extractFeatures, FEATURE_COUNT, MAX_FEATURES } from "../../src/nlp/parser/features.js";
import { FEATURE_LAYOUTS } from "../../src/nlp/parser/layout.js";
import { bestValid, foldMoveScores, forcedTransition, singleRoot } from "../../src/nlp/parser/decode.js";
import { ParseState } from "../../src/nlp/parser/system.js";
import { DependencyParser } from "../../src/nlp/parser/parser.js";
import { seededRandom, trainParser } from "../../src/nlp/parser/train.js";
import { CompactWeights, type WeightArrays } from "../../src/nlp/parser/weights.js";
import { attachmentScores, type TreebankSentence } from "../../src/nlp/parser/treebank.js";

const NOUNS = ["minister", "army", "talks", "border", "envoy", "summit", "troops", "deal"];
const VERBS = ["signed", "visited", "rejected", "opened", "closed", "praised"];
const DETS = ["the", "a", "this"];
const PREPS = ["in", "after", "near"];

/**
 * A toy treebank: `det noun verb det noun (prep det noun)? .` with UD trees
 * (the prepositional phrase attaches to the verb).
 */
function toyTreebank(count: number, seed: number): TreebankSentence[] {
  const random = seededRandom(seed);
  const pick = (xs: readonly string[]): string => xs[Math.floor(random() * xs.length)]!;
  const out: TreebankSentence[] = [];
  for (let i = 0; i < count; i++) {
    const forms = [pick(DETS), pick(NOUNS), pick(VERBS), pick(DETS), pick(NOUNS)];
    const upos = ["DET", "NOUN", "VERB", "DET", "NOUN"];
    const xpos = ["DT", "NN", "VBD", "DT", "NN"];
    const heads = [1, 2, -1, 4, 2];
    const labels = ["det", "nsubj", "root", "det", "obj"];
    if (random() < 0.5) {
      forms.push(pick(PREPS), pick(DETS), pick(NOUNS));
      upos.push("ADP", "DET", "NOUN");
      xpos.push("IN", "DT", "NN");
      heads.push(7, 7, 2);
      labels.push("case", "det", "obl");
    }
    forms.push(".");
    upos.push("PUNCT");
    xpos.push(".");
    heads.push(2);
    labels.push("punct");
    out.push({ forms, upos, xpos, heads: Int32Array.from(heads), labels });
  }
  return out;
}

function trainToy() {
  return trainParser(toyTreebank(200, 1), toyTreebank(40, 2), { epochs: 3, seed: 4 });
}

test("a parser trained on a toy treebank parses held-out toy sentences perfectly", () => {
  const trained = trainToy();
  const scores = attachmentScores(trained.parser, toyTreebank(50, 3));
  assert.equal(scores.uas, 100);
  assert.equal(scores.las, 100);
  assert.equal(trained.reports.length, 3);
});

test("training is deterministic given the seed", () => {
  const a = trainToy();
  const b = trainToy();
  assert.deepEqual(a.weights, b.weights);
});

test("a saved parser loads back with the same weights, vocabularies and parses", () => {
  const trained = trainToy();
  const dir = mkdtempSync(join(tmpdir(), "chancery-parse-"));
  try {
    const path = join(dir, "parse.bin.gz");
    const bytes = saveParser(path, {
      lexicon: trained.parser.lexicon,
      transitions: trained.parser.transitions,
      weights: trained.weights,
      scale: trained.scale,
      layout: trained.parser.layout,
      metadata: { trainingData: "toy", seed: 4, epochs: trained.epoch, devScores: {}, date: "2025-01-01" },
    });
    assert.ok(bytes > 0);
    const loaded = loadParser(path);
    assert.equal(loadParser(path), loaded, "the model is read once per process");
    assert.deepEqual(loaded.weights.arrays, trained.weights);
    assert.deepEqual(loaded.transitions.labels, trained.parser.transitions.labels);
    assert.deepEqual(loaded.lexicon.words.values, trained.parser.lexicon.words.values);
    for (const sentence of toyTreebank(20, 9))
      assert.deepEqual(loaded.parse(sentence), trained.parser.parse(sentence));

    const model = readModelFile(path, "parse");
    model.header["featureSet"] = 999;
    writeModelFile(path, model);
    assert.throws(
      () => parserFromModel(readModelFile(path, "parse")),
      (err: unknown) => err instanceof ChanceryError && err.code === "CH_MODEL_VERSION",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("pruning drops small weights and the features left without any", () => {
  const { weights, parser } = trainToy();
  const threshold = 2000;
  const pruned = pruneWeights(weights, threshold);
  assert.ok(pruned.classes.length < weights.classes.length);
  assert.ok(pruned.keys.length <= weights.keys.length);
  assert.ok(pruned.weights.every((w) => Math.abs(w) >= threshold));
  assert.equal(
    pruned.lengths.reduce((a, b) => a + b, 0),
    pruned.classes.length,
  );
  const model = parserModelFile({
    lexicon: parser.lexicon,
    transitions: parser.transitions,
    weights: pruned,
    scale: 1,
    layout: parser.layout,
    metadata: { trainingData: "toy", seed: 4, epochs: 3, devScores: {}, date: "2025-01-01" },
  });
  assert.equal(model.kind, "parse");
});

test("averaging weight sets: a set with itself is unchanged; two sets give the mean of each weight", () => {
  const a = trainToy();
  /** Weight (quantised units) of each `key/class`. */
  const table = (w: WeightArrays): Map<string, number> => {
    const m = new Map<string, number>();
    let e = 0;
    w.keys.forEach((key, f) => {
      for (let j = 0; j < w.lengths[f]!; j++, e++) m.set(`${key}/${w.classes[e]}`, w.weights[e]!);
    });
    return m;
  };
  const self = averageWeights([a, a].map((t) => ({ weights: t.weights, scale: t.scale })));
  assert.deepEqual(table(self.weights), table(a.weights));
  assert.deepEqual(self.weights.keys, a.weights.keys);
  const b = trainParser(toyTreebank(200, 5), toyTreebank(40, 2), { epochs: 3, seed: 7 });
  const { weights, scale } = averageWeights([
    { weights: a.weights, scale: a.scale },
    { weights: b.weights, scale: b.scale },
  ]);
  const ta = table(a.weights);
  const tb = table(b.weights);
  const mean = table(weights);
  for (const k of new Set([...ta.keys(), ...tb.keys()])) {
    const expected = ((ta.get(k) ?? 0) / a.scale + (tb.get(k) ?? 0) / b.scale) / 2;
    assert.ok(Math.abs((mean.get(k) ?? 0) / scale - expected) <= 0.51 / scale, k);
  }
  const merged = new DependencyParser(
    a.parser.lexicon,
    a.parser.transitions,
    new CompactWeights(a.parser.transitions.numClasses, weights),
    a.parser.layout,
  );
  assert.equal(attachmentScores(merged, toyTreebank(50, 3)).uas, 100);
});

for (const layout of Object.values(FEATURE_LAYOUTS)) {
  test(`cached scoring parses exactly as summing every feature's weights (${layout.name} layout)`, () => {
    const { parser } = trainParser(toyTreebank(200, 1), toyTreebank(40, 2), { epochs: 3, seed: 4, layout });
    const set = parser.transitions;
    const state = new ParseState();
    const atoms = new SentenceAtoms();
    const keys = new Int32Array(MAX_FEATURES);
    const scores = new Float64Array(set.numClasses);
    const random = seededRandom(21);
    const vocabulary = [...NOUNS, ...VERBS, ...DETS, ...PREPS, ".", "unknown"];
    const tags = ["NN", "VBD", "DT", "IN", ".", "??"];
    let decisions = 0;
    for (let trial = 0; trial < 100; trial++) {
      const n = 1 + Math.floor(random() * 15);
      const forms = Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]!);
      const xpos = forms.map(() => tags[Math.floor(random() * tags.length)]!);
      const input = { forms, upos: xpos.map(() => "X"), xpos };
      atoms.fill(parser.lexicon, forms, input.upos, xpos);
      state.reset(n);
      while (!state.terminal) {
        let cls = forcedTransition(state, set);
        if (cls < 0) {
          const count = extractFeatures(state, atoms, keys);
          assert.equal(count, FEATURE_COUNT);
          scores.fill(0);
          parser.weights.scoreKeys(keys, count, scores);
          foldMoveScores(set, scores);
          cls = bestValid(state, set, scores);
          decisions++;
        }
        state.apply(cls, set);
      }
      singleRoot(state, set);
      const tree = parser.parse(input);
      assert.deepEqual(
        Array.from(tree.heads),
        Array.from(state.head.subarray(0, n), (h) => (h === n ? -1 : h)),
      );
      assert.deepEqual(
        tree.labels,
        Array.from(state.label.subarray(0, n), (l) => set.labels[l]),
      );
    }
    assert.ok(decisions > 500, `${decisions} decisions`);
  });
}
