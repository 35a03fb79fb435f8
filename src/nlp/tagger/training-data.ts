/**
 * Tagged sentences for training and scoring the tagger, and the seeded
 * randomness that makes training reproducible.
 */
import type { ConlluSentence } from "../conllu.js";
import type { PosTagger } from "./tagger.js";
import { seededRandom } from "../../util/random.js";

/** A sentence with gold tags. */
export interface TaggedSentence {
  words: string[];
  upos: string[];
  xpos: string[];
}

/** Accuracy of predicted tags against gold ones. */
export interface TaggingScores {
  upos: number;
  xpos: number;
  /** Both tags right. */
  joint: number;
  words: number;
}

/** The words and gold UPOS/XPOS of CoNLL-U sentences. */
export function taggedSentences(sentences: readonly ConlluSentence[]): TaggedSentence[] {
  return sentences.map((s) => ({
    words: s.words.map((w) => w.form),
    upos: s.words.map((w) => w.upos),
    xpos: s.words.map((w) => w.xpos),
  }));
}

/** Score a tagger on gold sentences. */
export function scoreTagger(tagger: PosTagger, gold: readonly TaggedSentence[]): TaggingScores {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let joint = 0;
  for (const s of gold) {
    const predicted = tagger.tag(s.words);
    for (let i = 0; i < s.words.length; i++) {
      const p = predicted[i]!;
      const u = p.upos === s.upos[i];
      const x = p.xpos === s.xpos[i];
      words++;
      if (u) upos++;
      if (x) xpos++;
      if (u && x) joint++;
    }
  }
  const d = Math.max(words, 1);
  return { upos: upos / d, xpos: xpos / d, joint: joint / d, words };
}

export { seededRandom };

/** The numbers 0…n-1 in an order drawn from `random` (Fisher–Yates). */
export function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
