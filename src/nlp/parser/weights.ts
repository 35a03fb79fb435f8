/**
 * Sparse feature weights of the parser's classifier. A feature (a 32-bit key,
 * see `features.ts`) owns a row of (class, weight) pairs for the classes it
 * has a weight for; most features touch a handful of the ~100 classes, so
 * rows are short and scoring is cheap.
 *
 * - `TrainingWeights` (`training-weights.ts`): growable rows of an averaged perceptron.
 * - {@link CompactWeights}: the read-only, quantised form a model ships.
 */
import { LEFT_BASE } from "./system.js";

/** What the decoder needs from a weight store: add a configuration's class scores. */
export interface ClassScorer {
  /** Number of classes scored. */
  readonly numClasses: number;
  /** Add the weights of the first `count` feature keys to `scores`. */
  scoreKeys(keys: Int32Array, count: number, scores: Float64Array): void;
}

/** Weights in the form a model file stores: sorted keys, per-key row lengths, then the rows' entries. */
export interface WeightArrays {
  /** Feature keys in increasing unsigned order. */
  keys: Uint32Array;
  /** Number of entries of each key's row. */
  lengths: Uint8Array;
  /** Class of each entry. */
  classes: Uint8Array;
  /** Quantised weight of each entry. */
  weights: Int16Array;
}

/**
 * Read-only quantised weights for parsing. The hash table interleaves each
 * key with the offset of its row, and rows live in one `Int32Array`: a row is
 * a header (its length, plus 256 × the number of its entries that are not
 * LEFT-ARC classes) followed by entries packed as `weight << 8 | class`, the
 * LEFT-ARC entries last, so that a configuration where LEFT-ARC cannot apply
 * skips them. Long rows belong to frequent features (a rare one has only had
 * a few updates), so features are placed longest row first: the frequent
 * ones share cache lines at the start of the rows and sit in their first
 * probed slot. Scoring a configuration first finds every feature's row
 * (independent probes the CPU can overlap), then adds the rows.
 *
 * Classes are numbered as in `system.ts`: with `numClasses = 4 + 2L`, the
 * LEFT-ARC classes are `4 … 4 + L - 1`.
 */
export class CompactWeights implements ClassScorer {
  readonly numClasses: number;
  /** `[key, row offset]` pairs; key 0 marks an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #pool: Int32Array;
  readonly #arrays: WeightArrays;
  #found = new Int32Array(128);
  readonly #sums = new Int32Array(256);

  constructor(numClasses: number, arrays: WeightArrays) {
    const { keys, lengths, classes, weights } = arrays;
    if (lengths.length !== keys.length || classes.length !== weights.length) {
      throw new RangeError("weight arrays have inconsistent lengths");
    }
    this.numClasses = numClasses;
    this.#arrays = arrays;
    let capacity = 16;
    while (capacity * 3 < keys.length * 4) capacity *= 2;
    this.#slots = new Int32Array(capacity * 2);
    this.#mask = capacity - 1;
    this.#pool = new Int32Array(keys.length + classes.length);
    const leftEnd = LEFT_BASE + (numClasses - LEFT_BASE) / 2;
    const first = new Int32Array(keys.length + 1);
    for (let f = 0; f < keys.length; f++) first[f + 1] = first[f]! + lengths[f]!;
    if (first[keys.length] !== classes.length) {
      throw new RangeError("row lengths do not add up to the number of weights");
    }
    let at = 0;
    for (const f of longestFirst(lengths)) {
      const len = lengths[f]!;
      const e = first[f]!;
      const key = keys[f]! | 0;
      if (key === 0) throw new RangeError("feature key 0 is reserved");
      let i = key & this.#mask;
      while (this.#slots[2 * i] !== 0) {
        if (this.#slots[2 * i] === key) throw new RangeError("duplicate feature key");
        i = (i + 1) & this.#mask;
      }
      this.#slots[2 * i] = key;
      this.#slots[2 * i + 1] = at;
      const header = at++;
      let notLeft = 0;
      for (const wantLeft of [false, true]) {
        for (let j = 0; j < len; j++) {
          const c = classes[e + j]!;
          if (c >= numClasses) throw new RangeError(`weight class ${c} is out of range`);
          if ((c >= LEFT_BASE && c < leftEnd) !== wantLeft) continue;
          this.#pool[at++] = (weights[e + j]! << 8) | c;
          if (!wantLeft) notLeft++;
        }
      }
      this.#pool[header] = len | (notLeft << 8);
    }
  }

  /** Number of features. */
  get features(): number {
    return this.#arrays.keys.length;
  }

  /** Number of (feature, class) weights. */
  get entries(): number {
    return this.#arrays.classes.length;
  }

  /** The arrays this store was built from (for writing a model). */
  get arrays(): WeightArrays {
    return this.#arrays;
  }

  /** {@inheritDoc ClassScorer.scoreKeys} */
  scoreKeys(keys: Int32Array, count: number, scores: Float64Array): void {
    const sums = this.#sums;
    sums.fill(0);
    this.addKeys(keys, count, sums, 0);
    for (let c = 0; c < this.numClasses; c++) scores[c]! += sums[c]!;
  }

  /**
   * Add the weights of the first `count` keys to the integer class scores
   * `sums[offset + class]` (in quantised units), for classes below `limit`;
   * with `skipLeft`, the LEFT-ARC classes are left out.
   */
  addKeys(
    keys: Int32Array,
    count: number,
    sums: Int32Array,
    offset: number,
    limit = 256,
    skipLeft = false,
  ): void {
    const slots = this.#slots;
    const mask = this.#mask;
    const pool = this.#pool;
    if (this.#found.length < count) this.#found = new Int32Array(count);
    const found = this.#found;
    let rows = 0;
    for (let k = 0; k < count; k++) {
      const key = keys[k]!;
      let i = key & mask;
      for (;;) {
        const x = slots[2 * i]!;
        if (x === key) {
          found[rows++] = slots[2 * i + 1]!;
          break;
        }
        if (x === 0) break;
        i = (i + 1) & mask;
      }
    }
    for (let r = 0; r < rows; r++) {
      const at = found[r]!;
      const header = pool[at]!;
      const end = at + 1 + (skipLeft ? header >> 8 : header & 255);
      for (let j = at + 1; j < end; j++) {
        const v = pool[j]!;
        const c = v & 255;
        if (c < limit) sums[offset + c] = (sums[offset + c]! + (v >> 8)) | 0;
      }
    }
  }
}

/** Feature indices ordered by decreasing row length (ties in index order). */
function longestFirst(lengths: Uint8Array): Int32Array {
  const count = new Int32Array(257);
  for (const len of lengths) count[256 - len]!++;
  for (let i = 1; i < 257; i++) count[i]! += count[i - 1]!;
  const order = new Int32Array(lengths.length);
  const next = new Int32Array(257);
  next.set(count.subarray(0, 256), 1);
  for (let f = 0; f < lengths.length; f++) order[next[256 - lengths[f]!]!++] = f;
  return order;
}
