/**
 * Greedy decoding for training, which updates the weights as it goes. The
 * tagger (`tagger.ts`) decodes the same way with its own loop: words in
 * reading order, tag-dictionary words not scored, each word seeing the
 * labels chosen for the two before it, ties to the lower label.
 */
import { MAX_KEYS } from "./features.js";

/** What the decoder needs from a model to label one sentence. */
export interface GreedyModel {
  readonly numLabels: number;
  /** The label a word must get without scoring (tag dictionary), or -1. */
  fixedLabel(i: number): number;
  /**
   * Write the feature ids of word `i` into `out` given the labels of the two
   * previous words (-1 before the start) and return how many were written.
   */
  features(i: number, prev1: number, prev2: number, out: Int32Array): number;
  /** Add the scores of the first `count` features of `ids` to `scores`. */
  addScores(ids: Int32Array, count: number, scores: Float64Array): void;
  /** Training hook, called after each scored word with the guess; returns the label to continue with. */
  observe?(i: number, ids: Int32Array, count: number, guess: number): number;
}

/** Largest number of features one word may have. */
export const MAX_FEATURES = MAX_KEYS;

/** Index of the highest score; ties go to the lower index so decoding is deterministic. */
export function argmax(scores: Float64Array): number {
  let best = 0;
  let bestScore = scores[0] ?? Number.NEGATIVE_INFINITY;
  for (let l = 1; l < scores.length; l++) {
    const s = scores[l]!;
    if (s > bestScore) {
      bestScore = s;
      best = l;
    }
  }
  return best;
}

/** Label `length` words left to right, each seeing the labels chosen for the two before it. */
export function greedyDecode(length: number, model: GreedyModel): Int32Array {
  const labels = new Int32Array(length);
  const ids = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(model.numLabels);
  let prev1 = -1;
  let prev2 = -1;
  for (let i = 0; i < length; i++) {
    let label = model.fixedLabel(i);
    if (label < 0) {
      const count = model.features(i, prev1, prev2, ids);
      scores.fill(0);
      model.addScores(ids, count, scores);
      label = argmax(scores);
      if (model.observe !== undefined) label = model.observe(i, ids, count, label);
    }
    labels[i] = label;
    prev2 = prev1;
    prev1 = label;
  }
  return labels;
}
