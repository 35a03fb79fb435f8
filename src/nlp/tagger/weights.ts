/**
 * The weights of one tagging pass: feature keys → rows of (label, weight)
 * pairs, quantised to int16, so that scores are sums of integers (exact,
 * whatever the order of addition) and a label's score is its integer sum
 * times its scale. Training quantises with one scale for all labels, so
 * the best label is found on the integers; files may give one per label.
 */
import { emptySlots, type FeatureTable, probe } from "./feature-table.js";

const INT16_MAX = 32767;

/** Pack a quantised weight and its label into one int32 (labels are below 256). */
export const packWeight = (value: number, label: number): number => (value << 8) | label;

/** The label of a packed weight. */
export const packedLabel = (entry: number): number => entry & 255;

/** The quantised value of a packed weight. */
export const packedValue = (entry: number): number => entry >> 8;

/**
 * Feature weights in compressed-row form: row `r` is the feature with key
 * (`k1[r]`, `k2[r]`) and its weights are `entries[rowStart[r] … rowStart[r+1])`,
 * each a packed (int16 value, label) pair; other labels have weight 0. The
 * weight of a value `q` for label `l` is `q · scales[l]`.
 */
export class FeatureWeights {
  readonly numLabels: number;
  readonly k1: Int32Array;
  readonly k2: Int32Array;
  readonly rowStart: Uint32Array;
  readonly entries: Int32Array;
  readonly scales: Float32Array;
  /** Hash slots: k1, k2, start and end of the row in `entries`. */
  readonly #slots: Int32Array;
  /** Whether every label has the same scale (then scores compare as integers). */
  readonly #uniform: boolean;

  constructor(
    numLabels: number,
    keys: { k1: Int32Array; k2: Int32Array },
    rowStart: Uint32Array,
    entries: Int32Array,
    scales: Float32Array,
  ) {
    const n = keys.k1.length;
    if (numLabels > 256 || scales.length !== numLabels) {
      throw new RangeError("FeatureWeights: at most 256 labels, one scale each");
    }
    if (keys.k2.length !== n || rowStart.length !== n + 1 || rowStart[n] !== entries.length) {
      throw new RangeError("FeatureWeights: rows and keys do not match");
    }
    this.numLabels = numLabels;
    this.k1 = keys.k1;
    this.k2 = keys.k2;
    this.rowStart = rowStart;
    this.entries = entries;
    this.scales = scales;
    this.#uniform = scales.every((x) => x === scales[0]);
    this.#slots = emptySlots(n);
    for (let r = 0; r < n; r++) {
      const at = probe(this.#slots, keys.k1[r]!, keys.k2[r]!);
      if (this.#slots[at] !== -1) throw new RangeError("FeatureWeights: duplicate key");
      this.#slots[at] = keys.k1[r]!;
      this.#slots[at + 1] = keys.k2[r]!;
      this.#slots[at + 2] = rowStart[r]!;
      this.#slots[at + 3] = rowStart[r + 1]!;
    }
  }

  /**
   * Quantise a dense feature × label matrix (row `f` for the feature with
   * id `f` in `features`), keeping weights whose magnitude is at least
   * `threshold` and dropping features left with none.
   */
  static fromDense(
    features: FeatureTable,
    dense: Float32Array,
    numLabels: number,
    threshold = 0,
  ): FeatureWeights {
    let largest = 0;
    for (let j = 0; j < dense.length; j++) largest = Math.max(largest, Math.abs(dense[j]!));
    const scales = new Float32Array(numLabels).fill(largest / INT16_MAX);
    const k1 = features.firstKeys();
    const k2 = features.secondKeys();
    const keep1: number[] = [];
    const keep2: number[] = [];
    const starts: number[] = [0];
    const entries: number[] = [];
    for (let f = 0; f < features.size; f++) {
      const base = f * numLabels;
      const before = entries.length;
      for (let l = 0; l < numLabels; l++) {
        const v = dense[base + l]!;
        const q = scales[l]! > 0 ? Math.max(-INT16_MAX, Math.min(INT16_MAX, Math.round(v / scales[l]!))) : 0;
        if (q !== 0 && Math.abs(v) >= threshold) entries.push(packWeight(q, l));
      }
      if (entries.length > before) {
        keep1.push(k1[f]!);
        keep2.push(k2[f]!);
        starts.push(entries.length);
      }
    }
    return new FeatureWeights(
      numLabels,
      { k1: Int32Array.from(keep1), k2: Int32Array.from(keep2) },
      Uint32Array.from(starts),
      Int32Array.from(entries),
      scales,
    );
  }

  /** The mean of several weight sets over the same labels (a feature missing from one counts as 0 there). */
  static average(sets: readonly FeatureWeights[], numLabels: number, keys: FeatureTable): FeatureWeights {
    const rows: Float32Array[] = [];
    for (const set of sets) {
      for (let r = 0; r < set.size; r++) {
        const f = keys.add(set.k1[r]!, set.k2[r]!);
        while (rows.length <= f) rows.push(new Float32Array(numLabels));
        const row = rows[f]!;
        for (let j = set.rowStart[r]!; j < set.rowStart[r + 1]!; j++) {
          const e = set.entries[j]!;
          row[packedLabel(e)]! += (packedValue(e) * set.scales[packedLabel(e)]!) / sets.length;
        }
      }
    }
    const dense = new Float32Array(keys.size * numLabels);
    rows.forEach((row, f) => dense.set(row, f * numLabels));
    return FeatureWeights.fromDense(keys, dense, numLabels);
  }

  /** Number of features with at least one weight. */
  get size(): number {
    return this.k1.length;
  }

  /** Add the quantised weights of feature (k1, k2), if the model has it, to `scores`. */
  add(k1: number, k2: number, scores: Int32Array): void {
    const slots = this.#slots;
    const at = probe(slots, k1, k2);
    if (slots[at] === -1) return;
    const entries = this.entries;
    const end = slots[at + 3]!;
    for (let j = slots[at + 2]!; j < end; j++) {
      const e = entries[j]!;
      scores[e & 255]! += e >> 8;
    }
  }

  /** Whether the model has weights for feature (k1, k2). */
  has(k1: number, k2: number): boolean {
    return this.#slots[probe(this.#slots, k1, k2)] !== -1;
  }

  /** The index of the label with the highest score (scores are quantised sums); ties go to the lower label. */
  best(scores: Int32Array): number {
    if (this.#uniform) return bestInteger(scores);
    const scales = this.scales;
    let best = 0;
    let bestScore = scores[0]! * scales[0]!;
    for (let l = 1; l < this.numLabels; l++) {
      const s = scores[l]! * scales[l]!;
      if (s > bestScore) {
        bestScore = s;
        best = l;
      }
    }
    return best;
  }
}

/** The index of the highest integer score; ties go to the lower index. */
function bestInteger(scores: Int32Array): number {
  let best = 0;
  let bestScore = scores[0]!;
  for (let l = 1; l < scores.length; l++) {
    const s = scores[l]!;
    if (s > bestScore) {
      bestScore = s;
      best = l;
    }
  }
  return best;
}
