/**
 * Training weights of the recogniser: an averaged perceptron over hashed
 * features, with a row of one weight per label for every feature seen in an
 * update. Averaging uses the accumulate-on-update trick: an update of `d` at
 * step `c` adds `d` to the weight and `c·d` to an accumulator, and the
 * average after `T` steps is `w − acc / T`.
 */
import type { FeatureScorer } from "./decode.js";

/** Averaged weights of one feature: its hash and one weight per label. */
export interface AveragedRow {
  hash: number;
  weights: Float32Array;
}

/** A growing feature → label weight table, trained by perceptron updates. */
export class TrainingWeights implements FeatureScorer {
  readonly #rows = new Map<number, number>();
  #weights: Float64Array;
  #accumulated: Float64Array;
  #step = 1;

  constructor(readonly numLabels: number) {
    this.#weights = new Float64Array(1 << 16);
    this.#accumulated = new Float64Array(1 << 16);
  }

  /** Number of features with a row. */
  get size(): number {
    return this.#rows.size;
  }

  /** Add the current weights of `hashes[from..to)` to `scores`. */
  addScores(hashes: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const L = this.numLabels;
    const w = this.#weights;
    for (let k = from; k < to; k++) {
      const row = this.#rows.get(hashes[k]!);
      if (row === undefined) continue;
      const base = row * L;
      for (let l = 0; l < L; l++) scores[l]! += w[base + l]!;
    }
  }

  #row(hash: number): number {
    let row = this.#rows.get(hash);
    if (row === undefined) {
      row = this.#rows.size;
      this.#rows.set(hash, row);
      const need = (row + 1) * this.numLabels;
      if (need > this.#weights.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.#weights = grow(this.#weights);
        this.#accumulated = grow(this.#accumulated);
      }
    }
    return row;
  }

  /** Reward `gold` and penalise `guess` on the features, then count the step. */
  update(hashes: Uint32Array, count: number, gold: number, guess: number): void {
    if (gold !== guess) {
      const L = this.numLabels;
      const c = this.#step;
      for (let k = 0; k < count; k++) {
        const base = this.#row(hashes[k]!) * L;
        this.#weights[base + gold]! += 1;
        this.#accumulated[base + gold]! += c;
        this.#weights[base + guess]! -= 1;
        this.#accumulated[base + guess]! -= c;
      }
    }
    this.#step++;
  }

  /** The averaged weights of every feature, in the order the features were first seen. */
  averaged(): AveragedRow[] {
    const L = this.numLabels;
    const T = this.#step;
    const out: AveragedRow[] = [];
    for (const [hash, row] of this.#rows) {
      const weights = new Float32Array(L);
      for (let l = 0; l < L; l++)
        weights[l] = this.#weights[row * L + l]! - this.#accumulated[row * L + l]! / T;
      out.push({ hash, weights });
    }
    return out;
  }
}
