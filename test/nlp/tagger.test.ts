import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { ChanceryError } from "../../src/errors.js";
import { decodeModel, encodeModel, modelPath } from "../../src/nlp/model-io.js";
import { AtomTable } from "../../src/nlp/tagger/atoms.js";
import { argmax, greedyDecode } from "../../src/nlp/tagger/decode.js";
import { dynamicKeys, KeyBuffer, SentenceContext, staticKeys } from "../../src/nlp/tagger/features.js";
import {
  analyseWord,
  formFacts,
  normalizeWord,
  PAD_END,
  PAD_START,
  padWord,
  shortShape,
  wordShape,
} from "../../src/nlp/tagger/words.js";
import { loadPosTagger, POS_MODEL_FILE, taggerFromModel, taggerToModel } from "../../src/nlp/tagger/io.js";
import { LabelCounts, TagLexicon } from "../../src/nlp/tagger/lexicon.js";
import { AveragedPerceptron } from "../../src/nlp/tagger/perceptron.js";
import { MAX_SENTENCE_WORDS, type PosTagger } from "../../src/nlp/tagger/tagger.js";
import { firstComponentOf, TEMPLATES, templateOf } from "../../src/nlp/tagger/templates.js";
import {
  DEFAULT_TAGGER_TRAINING,
  scoreTagger,
  seededRandom,
  type TaggedSentence,
  trainTagger,
} from "../../src/nlp/tagger/train.js";

/** Feature keys as readable strings (`w+1=will`, `t-1=3`), for checking what the feature functions emit. */
function spell(keys: KeyBuffer, atoms: AtomTable): string[] {
  const out: string[] = [];
  for (let k = 0; k < keys.length; k++) {
    const t = TEMPLATES[templateOf(keys.k1[k]!)]!;
    const part = (kind: string, v: number): string =>
      kind === "atom" ? atoms.string(v) : kind === "label" ? String(v - 2) : String(v);
    const values = [
      ...(t.a === "none" ? [] : [part(t.a, firstComponentOf(keys.k1[k]!))]),
      ...(t.b === "none" ? [] : [part(t.b, keys.k2[k]!)]),
    ];
    out.push(values.length === 0 ? t.name : `${t.name}=${values.join(" ")}`);
  }
  return out;
}

/** A sentence context over `words` read with `lexicon`, interning every string in `atoms`. */
function context(words: string[], lexicon: TagLexicon, atoms: AtomTable, reversed = false): SentenceContext {
  const intern = (s: string) => atoms.intern(s);
  const infos = words.map((w) => analyseWord(w, lexicon, intern));
  return new SentenceContext(padWord(PAD_START, intern), padWord(PAD_END, intern)).reset(
    infos,
    infos.length,
    reversed,
    undefined,
  );
}

describe("tagger features", () => {
  const shapes: [string, string, string][] = [
    ["Lavrov", "Xxx", "Xx"],
    ["1984", "dd", "d"],
    ["U.S.", "X.X.", "X.X."],
    ["well-known", "xx-xx", "x-x"],
    ["McCain", "XxXxx", "XxXx"],
    ["Zürich", "Xxx", "Xx"],
    ["ÉLYSÉE", "XX", "X"],
    ["😀ok", "😀xx", "😀x"],
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

  it("reads the facts of a form once: affixes, flags, letter case, hyphen tail", () => {
    const f = formFacts("Well-Known");
    assert.deepEqual(f.prefixes, ["w", "we", "wel", "well"]);
    assert.deepEqual(f.suffixes, ["n", "wn", "own", "nown", "known"]);
    assert.equal(f.hyphenTail, "known");
    assert.equal(f.capitalised, true);
    assert.equal(formFacts("NATO").capitalised, false, "all capitals are not 'capitalised'");
    assert.equal(formFacts("NATO").letterCase, 3);
    assert.equal(formFacts("iPhone").letterCase, 1);
    assert.equal(formFacts("a").prefixes.length, 0, "no affix as long as the word");
    assert.notDeepEqual(formFacts("1984").flags, formFacts("19th").flags, "all digits vs some digits");
  });

  it("reads words around the focus and pads the sentence edges", () => {
    const atoms = new AtomTable();
    const lexicon = new TagLexicon(new Map([["will", "3"]]), new Map());
    const keys = new KeyBuffer();
    staticKeys(context(["Lavrov", "will", "arrive"], lexicon, atoms), 0, keys);
    const out = spell(keys, atoms);
    for (const f of ["b", "w=lavrov", "f=Lavrov", "w-1=<s>", "w+1=will", "a+1=3", "a=?", "cap=1", "first"]) {
      assert.ok(out.includes(f), `${f} in ${out.join(" ")}`);
    }
    assert.ok(out.includes("ww+1=lavrov will"));
    assert.ok(out.includes("as3=rov 3"), "unknown word: suffix with the next word's class");
    assert.ok(!out.some((f) => f.startsWith("g0=")), "no guide features without a guide");
  });

  it("marks the sentence start correctly when reading right to left", () => {
    const atoms = new AtomTable();
    const lexicon = new TagLexicon(new Map(), new Map());
    const reversed = context(["arrive", "will", "Lavrov"], lexicon, atoms, true);
    const keys = new KeyBuffer();
    staticKeys(reversed, 2, keys);
    assert.ok(spell(keys, atoms).includes("cap=1"));
    const inside = context(["Then", "Lavrov", "arrived"], lexicon, atoms);
    staticKeys(inside, 1, keys);
    assert.ok(spell(keys, atoms).includes("cap=0"));
  });

  it("reads the labels of the two previous words", () => {
    const atoms = new AtomTable();
    const s = context(["the", "talks", "ended"], new TagLexicon(new Map(), new Map()), atoms);
    const keys = new KeyBuffer();
    dynamicKeys(s, 1, 4, -1, keys);
    const out = spell(keys, atoms);
    for (const f of ["t-1=4", "t-2=-1", "t-2t-1=-1 4", "t-1w=4 talks", "t-1w+1=4 ended", "t-1s3=4 lks"]) {
      assert.ok(out.includes(f), `${f} in ${out.join(" ")}`);
    }
  });

  it("leaves out a feature whose string the model does not know", () => {
    const known = new AtomTable();
    known.intern("will");
    const keys = new KeyBuffer();
    keys.push(
      TEMPLATES.findIndex((t) => t.name === "w"),
      known.id("will"),
      0,
    );
    keys.push(
      TEMPLATES.findIndex((t) => t.name === "w"),
      known.id("arrive"),
      0,
    );
    assert.equal(keys.length, 1);
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

/**
 * Check that the tagger's scores (sums cached per word form and label
 * combination) equal the plain sum of the weights of every feature the
 * feature functions list, for each word of `sentences` after a few label
 * histories, in every pass. Returns how many words were checked.
 */
function checkScores(tagger: PosTagger, sentences: readonly string[][]): number {
  let checked = 0;
  const keys = new KeyBuffer();
  const passes: PosTagger[] = [];
  for (let pass: PosTagger | undefined = tagger; pass !== undefined; pass = pass.guide) passes.push(pass);
  for (const pass of passes) {
    const lookup = (s: string): number => pass.atoms.id(s);
    for (const words of sentences) {
      const read = pass.reverse ? [...words].reverse() : words;
      const guide: Int32Array | undefined = pass.guide?.tagIds(words);
      const infos = read.map((w) => analyseWord(w, pass.lexicon, lookup));
      const s = new SentenceContext(padWord(PAD_START, lookup), padWord(PAD_END, lookup)).reset(
        infos,
        infos.length,
        pass.reverse,
        guide === undefined ? undefined : pass.reverse ? guide.slice().reverse() : guide,
      );
      for (let i = 0; i < read.length; i++) {
        for (const [prev1, prev2] of [
          [i > 0 ? i % pass.labels.length : -1, i > 1 ? 0 : -1],
          [i > 0 ? pass.labels.length - 1 : -1, -1],
        ] as const) {
          const expected: Int32Array = new Int32Array(pass.labels.length);
          staticKeys(s, i, keys);
          for (let k = 0; k < keys.length; k++) pass.weights.add(keys.k1[k]!, keys.k2[k]!, expected);
          dynamicKeys(s, i, prev1, prev2, keys);
          for (let k = 0; k < keys.length; k++) pass.weights.add(keys.k1[k]!, keys.k2[k]!, expected);
          assert.deepEqual(
            [...pass.scoresAt(words, guide, i, prev1, prev2)],
            [...expected],
            `word ${i} of "${words.join(" ")}"`,
          );
          checked++;
        }
      }
    }
  }
  return checked;
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

  it("leaves out the feature templates it is told to", () => {
    const without = trainTagger(train, dev, { ...options, guide: null, excludeTemplates: ["w", "ww+1"] });
    const names = new Set<string>();
    const w = without.tagger.weights;
    for (let r = 0; r < w.size; r++) names.add(TEMPLATES[templateOf(w.k1[r]!)]!.name);
    assert.ok(!names.has("w") && !names.has("ww+1"));
    assert.ok(names.has("w-1") && names.has("s3"));
    assert.throws(() => trainTagger(train, dev, { ...options, excludeTemplates: ["nope"] }), /nope/);
  });

  it("scores every word as the sum of the weights of its features", () => {
    const words = [
      ...dev.map((s) => s.words),
      ["The", "Army", "talks", "2", "unseen-words", "."],
      ["visit"],
      [],
    ];
    assert.ok(checkScores(trained.tagger, words) > 100);
  });

  it("tags the same whatever its caches hold", () => {
    const fresh = taggerFromModel(decodeModel(encodeModel(taggerToModel(trained.tagger, META)), "pos"));
    const sentences = [...dev, ...train].map((s) => s.words);
    const first = sentences.map((s) => fresh.tag(s));
    for (let round = 0; round < 3; round++) {
      sentences.forEach((s, k) => assert.deepEqual(fresh.tag(s), first[k]));
    }
  });

  it("tags a word sequence longer than any sentence in pieces", () => {
    const words = Array.from(
      { length: 2 * MAX_SENTENCE_WORDS + 5 },
      (_, i) => dev[i % dev.length]!.words[i % 6]!,
    );
    const tags = trained.tagger.tagIds(words);
    assert.equal(tags.length, words.length);
    const piece = words.slice(MAX_SENTENCE_WORDS, 2 * MAX_SENTENCE_WORDS);
    assert.deepEqual(
      [...tags.subarray(MAX_SENTENCE_WORDS, 2 * MAX_SENTENCE_WORDS)],
      [...trained.tagger.tagIds(piece)],
    );
  });

  it("survives saving and loading with the same tags", () => {
    const back = taggerFromModel(decodeModel(encodeModel(taggerToModel(trained.tagger, META)), "pos"));
    assert.ok(back.guide !== undefined, "the guide pass is saved too");
    assert.equal(back.guide.atoms, back.atoms, "the passes share one atom table");
    for (const s of dev) assert.deepEqual(back.tag(s.words), trained.tagger.tag(s.words));
  });

  it("refuses a model written in the older string-feature format", () => {
    const model = taggerToModel(trained.tagger, META);
    delete model.header["featureFormat"];
    assert.throws(
      () => taggerFromModel(model),
      (err: unknown) =>
        err instanceof ChanceryError && err.code === "CH_MODEL_VERSION" && /retrain/.test(err.message),
    );
    const renamed = taggerToModel(trained.tagger, META);
    renamed.header["templates"] = ["no-such-template"];
    assert.throws(() => taggerFromModel(renamed), /no-such-template/);
  });
});

const META = { trainingData: "toy", seed: 1, epochs: 1, devScores: {}, date: "2024-01-01" };

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

  it("scores every word as the sum of the weights of its features", () => {
    const sentences = cases.map((c) => c.words);
    sentences.push(["BREAKING", ":", "Ministers", "say", "e-mail", "talks", "at", "www.un.org", "failed"]);
    assert.ok(checkScores(loadPosTagger(), sentences) > 50);
  });

  it("tags an empty sentence as nothing", () => {
    assert.deepEqual(loadPosTagger().tag([]), []);
  });

  it("is loaded once and shared", () => {
    assert.equal(loadPosTagger(), loadPosTagger(committed));
  });
});
