/**
 * Greedy left-to-right decoding of a document with an averaged perceptron:
 * each word gets the best label allowed after the previous one (BILOU
 * transitions), using the static features of its sentence and dynamic
 * features of the decisions already made. Training runs the same decoder
 * with a hook that updates the weights on mistakes.
 */
import {
  dynamicFeatures,
  type LabelHistory,
  MAX_DYNAMIC_FEATURES,
  type PreparedSentence,
  recordHistory,
} from "./features.js";
import { allowedAfter, LABEL_TYPE, NUM_LABELS } from "./labels.js";

/** Anything that scores feature hashes: the training weights or a loaded model. */
export interface FeatureScorer {
  /** Add the weights of `hashes[from..to)` to `scores` (one entry per label). */
  addScores(hashes: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

/** What training hooks into decoding. */
export interface TrainingHook {
  /** Gold label indices of the sentence being decoded. */
  gold: Int32Array;
  /** Called for every word with its features, gold label and the guess. */
  update(hashes: Uint32Array, count: number, gold: number, guess: number): void;
}

/** Decoding state carried across the sentences of one document. */
export class DocumentDecoder {
  /** Labels the document's capitalised words got so far, by lower-case form. */
  readonly history: LabelHistory = new Map();
  readonly #scores = new Float64Array(NUM_LABELS);
  readonly #dynamic = new Uint32Array(MAX_DYNAMIC_FEATURES);
  #buffer = new Uint32Array(256);

  constructor(private readonly scorer: FeatureScorer) {}

  /**
   * Label one sentence (the document's next one). With `hook`, the
   * transition constraint is lifted (so the gold label can always win; on
   * CoNLL-2003 constrained training lost about two points of held-out F1)
   * and the hook sees every decision.
   */
  decode(sentence: PreparedSentence, hook?: TrainingHook): Int32Array {
    const n = sentence.info.length;
    const labels = new Int32Array(n);
    const scores = this.#scores;
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < n; i++) {
      const from = sentence.offsets[i]!;
      const to = sentence.offsets[i + 1]!;
      const dynamic = this.#dynamic;
      const count = dynamicFeatures(sentence, i, prev1, prev2, this.history, LABEL_TYPE, dynamic, 0);
      scores.fill(0);
      this.scorer.addScores(sentence.features, from, to, scores);
      this.scorer.addScores(dynamic, 0, count, scores);
      const last = i === n - 1;
      let guess = -1;
      for (let l = 0; l < NUM_LABELS; l++) {
        if (hook === undefined && !allowedAfter(prev1, l, last)) continue;
        if (guess < 0 || scores[l]! > scores[guess]!) guess = l;
      }
      if (hook !== undefined) {
        const all = to - from + count;
        if (this.#buffer.length < all) this.#buffer = new Uint32Array(all * 2);
        this.#buffer.set(sentence.features.subarray(from, to), 0);
        this.#buffer.set(dynamic.subarray(0, count), to - from);
        hook.update(this.#buffer, all, hook.gold[i]!, guess);
      }
      labels[i] = guess;
      recordHistory(this.history, sentence.info[i]!, guess, NUM_LABELS);
      prev2 = prev1;
      prev1 = guess;
    }
    return labels;
  }
}
