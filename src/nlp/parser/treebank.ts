/**
 * Treebank sentences as the parser trains and is scored on them, and the
 * attachment scores (UAS, LAS) of a parser on them.
 */
import type { ConlluSentence } from "../conllu.js";
import type { SentenceParser } from "./ensemble.js";
import type { ParseInput } from "./parser.js";

/** A sentence with its gold tree: heads are 0-based word indices, -1 for the root. */
export interface TreebankSentence extends ParseInput {
  heads: Int32Array;
  labels: readonly string[];
}

/**
 * A CoNLL-U sentence as a treebank sentence (gold tags). Relation subtypes are
 * kept (`nsubj:pass`, `obl:tmod`).
 */
export function fromConllu(sentence: ConlluSentence): TreebankSentence {
  const words = sentence.words;
  return {
    forms: words.map((w) => w.form),
    upos: words.map((w) => w.upos),
    xpos: words.map((w) => w.xpos),
    heads: Int32Array.from(words, (w) => w.head - 1),
    labels: words.map((w) => w.deprel),
  };
}

/**
 * The sentence read right to left: word `i` becomes word `n - 1 - i`, heads
 * are renumbered likewise (the root stays the root). A parser trained on
 * reversed sentences builds its trees from the other end, so its mistakes
 * differ from those of a left-to-right parser.
 */
export function reverseSentence<T extends ParseInput & { heads?: Int32Array; labels?: readonly string[] }>(
  sentence: T,
): T {
  const n = sentence.forms.length;
  const out: T = {
    ...sentence,
    forms: [...sentence.forms].reverse(),
    upos: [...sentence.upos].reverse(),
    xpos: [...sentence.xpos].reverse(),
  };
  if (sentence.heads !== undefined) {
    const heads = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const h = sentence.heads[n - 1 - i]!;
      heads[i] = h < 0 ? -1 : n - 1 - h;
    }
    out.heads = heads;
  }
  if (sentence.labels !== undefined) out.labels = [...sentence.labels].reverse();
  return out;
}

/** Attachment scores in percent over every word (punctuation included, as in CoNLL 2018). */
export interface AttachmentScores {
  /** Words scored. */
  words: number;
  /** Unlabelled attachment score: words with the right head. */
  uas: number;
  /** Labelled attachment score: words with the right head and relation. */
  las: number;
  /** Label accuracy: words with the right relation. */
  labelAccuracy: number;
  /** Sentences whose whole tree is right (labels included). */
  exactMatch: number;
}

/**
 * Parse `sentences` and score the trees against their gold trees. `tags`
 * optionally replaces each sentence's tags (e.g. with a tagger's), so gold and
 * predicted tags can be compared on the same trees.
 */
export function attachmentScores(
  parser: SentenceParser,
  sentences: readonly TreebankSentence[],
  tags?: readonly Pick<ParseInput, "upos" | "xpos">[],
): AttachmentScores {
  let words = 0;
  let heads = 0;
  let both = 0;
  let labels = 0;
  let exact = 0;
  let capacity = 64;
  let predictedHeads = new Int32Array(capacity);
  let predictedLabels = new Int32Array(capacity);
  const labelNames = parser.transitions.labels;
  for (const [index, sentence] of sentences.entries()) {
    const n = sentence.forms.length;
    if (n > capacity) {
      capacity = n * 2;
      predictedHeads = new Int32Array(capacity);
      predictedLabels = new Int32Array(capacity);
    }
    const override = tags?.[index];
    const input = override ? { forms: sentence.forms, upos: override.upos, xpos: override.xpos } : sentence;
    parser.parseInto(input, predictedHeads, predictedLabels);
    let allRight = true;
    for (let i = 0; i < n; i++) {
      const headRight = predictedHeads[i] === sentence.heads[i];
      const labelRight = labelNames[predictedLabels[i]!] === sentence.labels[i];
      words++;
      if (headRight) heads++;
      if (labelRight) labels++;
      if (headRight && labelRight) both++;
      else allRight = false;
    }
    if (allRight) exact++;
  }
  const pct = (x: number, of: number): number => (of > 0 ? (100 * x) / of : 0);
  return {
    words,
    uas: pct(heads, words),
    las: pct(both, words),
    labelAccuracy: pct(labels, words),
    exactMatch: pct(exact, sentences.length),
  };
}
