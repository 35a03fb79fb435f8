import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConll2003 } from "../../src/nlp/ner/conll.js";
import {
  allowedAfter,
  labelIndex,
  labelsFromSpans,
  NER_LABELS,
  spansFromLabels,
} from "../../src/nlp/ner/labels.js";
import { NerScorer } from "../../src/nlp/ner/score.js";
import {
  bilouFromSpans,
  bioFromSpans,
  spansFromBilou,
  spansFromBio,
  spansFromIob1,
  type TokenSpan,
} from "../../src/nlp/ner/tags.js";

const span = (start: number, end: number, type: TokenSpan["type"]): TokenSpan => ({ start, end, type });

test("BIO/IOB1 tags read into spans the way conlleval reads chunks", () => {
  const table: [string[], TokenSpan[]][] = [
    [["O", "O"], []],
    [["B-PER", "I-PER", "O"], [span(0, 2, "PER")]],
    [["I-PER", "I-PER"], [span(0, 2, "PER")]], // IOB1: I- after O starts an entity
    [
      ["I-LOC", "B-LOC"],
      [span(0, 1, "LOC"), span(1, 2, "LOC")],
    ], // B- separates adjacent same-type entities
    [
      ["I-ORG", "I-LOC"],
      [span(0, 1, "ORG"), span(1, 2, "LOC")],
    ], // a change of type closes the entity
    [
      ["B-MISC", "O", "I-MISC"],
      [span(0, 1, "MISC"), span(2, 3, "MISC")],
    ],
    [["B-PER", "I-PER"], [span(0, 2, "PER")]], // open at the end
    [["B-XYZ", "I-PER"], [span(1, 2, "PER")]], // unknown type counts as O
    [["B-", "I"], []],
  ];
  for (const [tags, spans] of table) assert.deepEqual(spansFromBio(tags), spans, tags.join(" "));
  assert.equal(spansFromIob1, spansFromBio);
});

test("BILOU tags read leniently into spans", () => {
  const table: [string[], TokenSpan[]][] = [
    [["U-LOC", "O"], [span(0, 1, "LOC")]],
    [["B-ORG", "I-ORG", "L-ORG"], [span(0, 3, "ORG")]],
    [
      ["B-ORG", "L-ORG", "U-ORG"],
      [span(0, 2, "ORG"), span(2, 3, "ORG")],
    ],
    [["B-PER", "O"], [span(0, 1, "PER")]], // B not closed: ends at O
    [["I-PER", "L-PER"], [span(0, 2, "PER")]], // I with nothing open opens
    [
      ["B-PER", "L-LOC"],
      [span(0, 1, "PER"), span(1, 2, "LOC")],
    ], // type change
    [
      ["B-PER", "B-PER", "L-PER"],
      [span(0, 1, "PER"), span(1, 3, "PER")],
    ],
    [["L-MISC"], [span(0, 1, "MISC")]],
    [["B-MISC"], [span(0, 1, "MISC")]],
  ];
  for (const [tags, spans] of table) assert.deepEqual(spansFromBilou(tags), spans, tags.join(" "));
});

test("spans round-trip through BIO and BILOU", () => {
  const spans = [span(0, 1, "LOC"), span(1, 4, "PER"), span(5, 7, "ORG")];
  assert.deepEqual(bioFromSpans(8, spans), ["B-LOC", "B-PER", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"]);
  assert.deepEqual(bilouFromSpans(8, spans), [
    "U-LOC",
    "B-PER",
    "I-PER",
    "L-PER",
    "O",
    "B-ORG",
    "L-ORG",
    "O",
  ]);
  assert.deepEqual(spansFromBio(bioFromSpans(8, spans)), spans);
  assert.deepEqual(spansFromBilou(bilouFromSpans(8, spans)), spans);
  assert.deepEqual(spansFromLabels(labelsFromSpans(8, spans)), spans);
});

test("BILOU transitions: only well-formed sequences are allowed", () => {
  const l = (s: string) => labelIndex(s);
  assert.equal(NER_LABELS.length, 17);
  assert.ok(allowedAfter(-1, l("B-PER"), false));
  assert.ok(allowedAfter(-1, l("U-PER"), true));
  assert.ok(!allowedAfter(-1, l("I-PER"), false));
  assert.ok(!allowedAfter(-1, l("L-PER"), false));
  assert.ok(allowedAfter(l("B-PER"), l("L-PER"), true));
  assert.ok(allowedAfter(l("B-PER"), l("I-PER"), false));
  assert.ok(!allowedAfter(l("B-PER"), l("I-PER"), true)); // nothing may stay open at the end
  assert.ok(!allowedAfter(l("B-PER"), l("L-ORG"), false));
  assert.ok(!allowedAfter(l("B-PER"), l("O"), false));
  assert.ok(allowedAfter(l("L-PER"), l("O"), false));
  assert.ok(!allowedAfter(l("U-LOC"), l("I-LOC"), false));
  assert.ok(!allowedAfter(-1, l("B-PER"), true));
});

test("CoNLL-2003 reader splits documents and sentences and reads IOB1", () => {
  const text = [
    "-DOCSTART- -X- O O",
    "",
    "EU NNP I-NP I-ORG",
    "rejects VBZ I-VP O",
    "German JJ I-NP I-MISC",
    "",
    "Peter NNP I-NP I-PER",
    "Blackburn NNP I-NP I-PER",
    "",
    "-DOCSTART- -X- O O",
    "",
    "BRUSSELS NNP I-NP I-LOC",
    "",
  ].join("\n");
  const docs = parseConll2003(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]!.sentences[0], {
    words: ["EU", "rejects", "German"],
    spans: [span(0, 1, "ORG"), span(2, 3, "MISC")],
  });
  assert.deepEqual(docs[0]!.sentences[1]!.spans, [span(0, 2, "PER")]);
  assert.deepEqual(docs[1]!.sentences[0]!.spans, [span(0, 1, "LOC")]);
  assert.throws(() => parseConll2003("lonely\n"), /CH_DATA_INVALID/);
});

test("entity scoring counts exact span and type only", () => {
  const scorer = new NerScorer();
  scorer.add(
    [span(0, 2, "PER"), span(3, 4, "LOC")],
    [span(0, 2, "PER"), span(3, 4, "ORG"), span(5, 6, "MISC")],
  );
  scorer.add([span(0, 3, "ORG")], [span(0, 2, "ORG")]);
  const s = scorer.scores();
  assert.equal(s.overall.gold, 3);
  assert.equal(s.overall.predicted, 4);
  assert.equal(s.overall.correct, 1);
  assert.equal(s.overall.precision, 25);
  assert.ok(Math.abs(s.overall.recall - 100 / 3) < 1e-9);
  assert.equal(s.byType.PER.f1, 100);
  assert.equal(s.byType.LOC.f1, 0);
  assert.equal(s.byType.ORG.predicted, 2);
});
