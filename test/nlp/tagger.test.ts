import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { decodeModel, encodeModel, modelPath } from "../../src/nlp/model-io.js";
import { argmax, greedyDecode } from "../../src/nlp/tagger/decode.js";
import {
  normalizeWord,
  SentenceView,
  shortShape,
  staticFeatures,
  wordShape,
} from "../../src/nlp/tagger/features.js";
import { loadPosTagger, POS_MODEL_FILE, taggerFromModel, taggerToModel } from "../../src/nlp/tagger/io.js";
import { LabelCounts, TagLexicon } from "../../src/nlp/tagger/lexicon.js";
import { AveragedPerceptron } from "../../src/nlp/tagger/perceptron.js";
import {
  DEFAULT_TAGGER_TRAINING,
  scoreTagger,
  seededRandom,
  type TaggedSentence,
  trainTagger,
} from "../../src/nlp/tagger/train.js";

describe("tagger features", () => {
  const shapes: [string, string, string][] = [
    ["Lavrov", "Xxx", "Xx"],
    ["1984", "dd", "d"],
    ["U.S.", "X.X.", "X.X."],
    ["well-known", "xx-xx", "x-x"],
    ["McCain", "XxXxx", "XxXx"],
    ["Zürich", "Xxx", "Xx"],
  ];
  for (const [word, long, short] of shapes) {
    it(`shapes ${word} as ${long} / ${short}`, () => {
      assert.equal(wordShape(word), long);
      assert.equal(shortShape(word), short);
    });
  }

  it("normalises case and digits, not other characters", () => {
    assert.equal(normalizeWord("March"), "march");
    assert.equal(normalizeWord("1,250.75"), "0,000.00");
    assert.equal(normalizeWord("don't"), "don't");
  });

  it("reads words around the focus and pads the sentence edges", () => {
    const view = new SentenceView(
      ["Lavrov", "will", "arrive"],
      new TagLexicon(new Map([["will", "3"]]), new Map()),
    );
    const out: string[] = [];
    staticFeatures(view, 0, out);
    assert.ok(out.includes("w=lavrov"));
    assert.ok(out.includes("f=Lavrov"));
    assert.ok(out.includes("w-1=<s>"));
    assert.ok(out.includes("w+1=will"));
    assert.ok(out.includes("a+1=3"));
    assert.ok(out.includes("a=?"), "an unknown word has the unknown class");
    assert.ok(out.includes("o=cap0"), "capitalised first word");
    assert.ok(!out.some((f) => f.startsWith("g0=")), "no guide features without a guide");
  });

  it("marks the sentence start correctly when reading right to left", () => {
    const lexicon = new TagLexicon(new Map(), new Map());
    const reversed = new SentenceView(["arrive", "will", "Lavrov"], lexicon, undefined, true);
    const out: string[] = [];
    staticFeatures(reversed, 2, out);
    assert.ok(out.includes("o=cap0"));
    out.length = 0;
    staticFeatures(reversed, 0, out);
    assert.ok(!out.includes("o=cap0"));
  });
});

describe("tag lexicon", () => {
  it("builds ambiguity classes and fixed labels from counts", () => {
    const counts = new LabelCounts();
    for (let i = 0; i < 30; i++) counts.add("the", 1);
    for (let i = 0; i < 20; i++) counts.add("run", 2);
    for (let i = 0; i < 10; i++) counts.add("run", 0);
    counts.add("rare", 4);
    const lexicon = TagLexicon.fromCounts(counts);
    assert.equal(lexicon.ambiguityClass("the"), "1");
    assert.equal(lexicon.ambiguityClass("run"), "0,2");
    assert.equal(lexicon.ambiguityClass("rare"), "?", "seen once: too rare for a class");
    assert.equal(lexicon.ambiguityClass("never"), "?");
    assert.equal(lexicon.fixedLabel("the"), 1);
    assert.equal(lexicon.fixedLabel("run"), -1, "ambiguous words are not fixed");
  });
});

describe("averaged perceptron", () => {
  it("learns a separable problem and averages its weights", () => {
    const p = new AveragedPerceptron(3, 2);
    const data: [number[], number][] = [
      [[0, 2], 0],
      [[1, 2], 1],
    ];
    const scores = new Float64Array(2);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [ids, gold] of data) {
        scores.fill(0);
        p.addScores(ids, ids.length, scores);
        p.update(ids, ids.length, gold, argmax(scores));
        p.tick();
      }
    }
    const avg = p.averaged();
    assert.ok(avg[0 * 2 + 0]! > avg[0 * 2 + 1]!, "feature 0 votes for label 0");
    assert.ok(avg[1 * 2 + 1]! > avg[1 * 2 + 0]!, "feature 1 votes for label 1");
  });

  it("breaks ties towards the lower label", () => {
    assert.equal(argmax(Float64Array.from([1, 3, 3])), 1);
  });

  it("decodes greedily with the two previous labels", () => {
    const seen: [number, number][] = [];
    const labels = greedyDecode(3, {
      numLabels: 2,
      fixedLabel: (i) => (i === 0 ? 1 : -1),
      features(_i, prev1, prev2) {
        seen.push([prev1, prev2]);
        return 0;
      },
      addScores() {},
    });
    assert.deepEqual([...labels], [1, 0, 0]);
    assert.deepEqual(seen, [
      [1, -1],
      [0, 1],
    ]);
  });
});

/** A toy language: determiners, nouns and verbs whose tags follow from position and suffix. */
function toyCorpus(n: number, seed: number): TaggedSentence[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const nouns = ["cat", "dog", "minister", "treaty", "army", "border", "talk", "visit"];
  const verbs = ["signs", "visits", "talks", "blocks", "sees", "leads"];
  const out: TaggedSentence[] = [];
  for (let k = 0; k < n; k++) {
    const words = ["the", pick(nouns), pick(verbs), "a", pick(nouns), "."];
    out.push({
      words,
      upos: ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
      xpos: ["DT", "NN", "VBZ", "DT", "NN", "."],
    });
  }
  return out;
}

describe("tagger training", () => {
  const train = toyCorpus(120, 1);
  const dev = toyCorpus(20, 2);
  const options = {
    ...DEFAULT_TAGGER_TRAINING,
    folds: 3,
    main: { ...DEFAULT_TAGGER_TRAINING.main, epochs: 3, bags: 2 },
    guide: { ...DEFAULT_TAGGER_TRAINING.main, reverse: true, epochs: 2, bags: 1 },
  };
  const log: string[] = [];
  const trained = trainTagger(train, dev, options, (line) => log.push(line));

  it("learns the toy language, telling nouns from verbs by position", () => {
    assert.equal(scoreTagger(trained.tagger, dev).joint, 1);
    const tags = trained.tagger.tag(["the", "visit", "talks", "a", "border", "."]);
    assert.deepEqual(
      tags.map((t) => t.upos),
      ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    );
    assert.ok(trained.guide !== null && trained.guide.epochs.length === 2);
    assert.equal(trained.epochs.length, 6, "two bags of three epochs");
    assert.ok(
      log.some((l) => l.startsWith("bag 2/2 epoch 3:")),
      "prints per-epoch dev scores",
    );
    assert.ok(log.some((l) => l.startsWith("average of 2 bags")));
  });

  it("is deterministic for a seed", () => {
    const again = trainTagger(train, dev, options);
    assert.deepEqual(
      again.epochs.map((e) => e.trainAccuracy),
      trained.epochs.map((e) => e.trainAccuracy),
    );
  });

  it("survives saving and loading with the same tags", () => {
    const model = taggerToModel(trained.tagger, {
      trainingData: "toy",
      seed: 1,
      epochs: trained.bestEpoch,
      devScores: {},
      date: "2024-01-01",
    });
    const back = taggerFromModel(decodeModel(encodeModel(model), "pos"));
    assert.ok(back.guide !== undefined, "the guide pass is saved too");
    for (const s of dev) assert.deepEqual(back.tag(s.words), trained.tagger.tag(s.words));
  });
});

const committed = modelPath(POS_MODEL_FILE);

describe("committed tagger model", { skip: existsSync(committed) ? false : `no ${committed}` }, () => {
  const cases: { label: string; words: string[]; expect: Record<number, string> }[] = [
    {
      label: "modal, bare verb and proper nouns",
      words: ["Lavrov", "will", "arrive", "in", "China", "on", "March", "22", "."],
      expect: {
        0: "PROPN NNP",
        1: "AUX MD",
        2: "VERB VB",
        3: "ADP IN",
        4: "PROPN NNP",
        7: "NUM CD",
        8: "PUNCT .",
      },
    },
    {
      label: "infinitival to vs preposition to",
      words: ["They", "want", "to", "talk", "to", "the", "minister", "."],
      expect: { 0: "PRON PRP", 1: "VERB VBP", 2: "PART TO", 3: "VERB VB", 4: "ADP IN", 6: "NOUN NN" },
    },
    {
      label: "past tense and plural noun",
      words: ["Protesters", "blocked", "the", "roads", "yesterday", "."],
      expect: { 0: "NOUN NNS", 1: "VERB VBD", 3: "NOUN NNS", 4: "NOUN NN" },
    },
    {
      label: "auxiliary have and past participle",
      words: ["The", "talks", "have", "collapsed", "."],
      expect: { 1: "NOUN NNS", 2: "AUX VBP", 3: "VERB VBN" },
    },
  ];
  for (const c of cases) {
    it(c.label, () => {
      const tags = loadPosTagger().tag(c.words);
      assert.equal(tags.length, c.words.length);
      for (const [i, want] of Object.entries(c.expect)) {
        const got = tags[Number(i)]!;
        assert.equal(`${got.upos} ${got.xpos}`, want, `${c.words[Number(i)]} in "${c.words.join(" ")}"`);
      }
    });
  }

  it("tags an empty sentence as nothing", () => {
    assert.deepEqual(loadPosTagger().tag([]), []);
  });

  it("is loaded once and shared", () => {
    assert.equal(loadPosTagger(), loadPosTagger(committed));
  });
});
