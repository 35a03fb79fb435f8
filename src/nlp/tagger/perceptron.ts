/**
 * A multi-class averaged perceptron over a fixed set of features, stored as a
 * dense feature × label matrix while training.
 *
 * Averaging uses the accumulate-on-update trick: an update of `d` made at step
 * `c` adds `d` to the weight and `c·d` to an accumulator, and the average after
 * `T` steps is `w − acc / T`, so no per-step pass over the weights is needed.
 */
export class AveragedPerceptron {
  readonly numFeatures: number;
  readonly numLabels: number;
  /** Current weights, row-major by feature. */
  readonly weights: Float64Array;
  readonly #accumulated: Float64Array;
  #step = 1;

  constructor(numFeatures: number, numLabels: number) {
    this.numFeatures = numFeatures;
    this.numLabels = numLabels;
    this.weights = new Float64Array(numFeatures * numLabels);
    this.#accumulated = new Float64Array(numFeatures * numLabels);
  }

  /** Add the current weights of the first `count` features in `ids` to `scores`. */
  addScores(ids: ArrayLike<number>, count: number, scores: Float64Array): void {
    const L = this.numLabels;
    const w = this.weights;
    for (let k = 0; k < count; k++) {
      const base = ids[k]! * L;
      for (let l = 0; l < L; l++) scores[l]! += w[base + l]!;
    }
  }

  /** Reward `gold` and penalise `guess` for the first `count` features in `ids`. */
  update(ids: ArrayLike<number>, count: number, gold: number, guess: number): void {
    if (gold === guess) return;
    const L = this.numLabels;
    const c = this.#step;
    const w = this.weights;
    const acc = this.#accumulated;
    for (let k = 0; k < count; k++) {
      const base = ids[k]! * L;
      w[base + gold]! += 1;
      acc[base + gold]! += c;
      w[base + guess]! -= 1;
      acc[base + guess]! -= c;
    }
  }

  /** Count one training instance (a word), whether or not it caused an update. */
  tick(): void {
    this.#step++;
  }

  /** The averaged weights so far (a new array, row-major by feature). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    const T = this.#step;
    const w = this.weights;
    const acc = this.#accumulated;
    for (let k = 0; k < out.length; k++) out[k] = w[k]! - acc[k]! / T;
    return out;
  }
}
