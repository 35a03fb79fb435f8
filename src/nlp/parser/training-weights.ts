/**
 * The weights of the parser's averaged perceptron while it trains: sparse
 * rows of (class, weight) pairs, grown as updates touch new (feature, class)
 * pairs, turned into quantised {@link WeightArrays} for a model.
 */
import { KeyTable } from "./key-table.js";
import type { ClassScorer, WeightArrays } from "./weights.js";

/**
 * The weights of an averaged multi-class perceptron, grown as updates touch
 * new (feature, class) pairs. Averaging uses the accumulate-on-update trick:
 * an update of `d` at step `c` adds `d` to the weight and `c·d` to an
 * accumulator, and after `T` steps the average is `w − acc / T`.
 */
export class TrainingWeights implements ClassScorer {
  readonly numClasses: number;
  readonly #table = new KeyTable(1 << 16);
  #rowStart = new Int32Array(1 << 16);
  #rowLength = new Uint16Array(1 << 16);
  #rowCapacity = new Uint16Array(1 << 16);
  #rowKey = new Int32Array(1 << 16);
  #rows = 0;
  #cls = new Uint8Array(1 << 20);
  #w = new Float64Array(1 << 20);
  #acc = new Float64Array(1 << 20);
  #used = 0;
  #step = 1;

  constructor(numClasses: number) {
    if (numClasses > 255) throw new RangeError("at most 255 classes are supported");
    this.numClasses = numClasses;
  }

  /** Number of features with a row. */
  get features(): number {
    return this.#rows;
  }

  /** Number of training steps counted so far. */
  get steps(): number {
    return this.#step;
  }

  /** Write the row of each key (-1 when it has none) to `rows`. */
  lookup(keys: Int32Array, count: number, rows: Int32Array): void {
    for (let k = 0; k < count; k++) rows[k] = this.#table.find(keys[k]!);
  }

  /** Add the current (not averaged) weights of the rows to `scores`; rows of -1 are skipped. */
  scoreRows(rows: Int32Array, count: number, scores: Float64Array): void {
    const start = this.#rowStart;
    const length = this.#rowLength;
    const cls = this.#cls;
    const w = this.#w;
    for (let k = 0; k < count; k++) {
      const r = rows[k]!;
      if (r < 0) continue;
      const s = start[r]!;
      const e = s + length[r]!;
      for (let j = s; j < e; j++) scores[cls[j]!]! += w[j]!;
    }
  }

  /** {@inheritDoc ClassScorer.scoreKeys} */
  scoreKeys(keys: Int32Array, count: number, scores: Float64Array): void {
    const rows = new Int32Array(count);
    this.lookup(keys, count, rows);
    this.scoreRows(rows, count, scores);
  }

  /**
   * Reward class `gold` and penalise class `guess` on the first `count`
   * features — on the move classes `goldMove` and `guessMove` instead for the
   * features whose `labelled` flag is 0. Features without a row get one (and
   * `rows` is updated).
   */
  update(
    keys: Int32Array,
    rows: Int32Array,
    count: number,
    classes: { gold: number; guess: number; goldMove: number; guessMove: number },
    labelled: Uint8Array,
  ): void {
    const { gold, guess, goldMove, guessMove } = classes;
    for (let k = 0; k < count; k++) {
      const byLabel = labelled[k] === 1;
      const good = byLabel ? gold : goldMove;
      const bad = byLabel ? guess : guessMove;
      if (good === bad) continue;
      let r = rows[k]!;
      if (r < 0) {
        r = this.#table.find(keys[k]!);
        if (r < 0) r = this.#newRow(keys[k]!);
        rows[k] = r;
      }
      this.#add(r, good, 1);
      this.#add(r, bad, -1);
    }
  }

  /** Count one training step (a scored decision), whether or not it caused an update. */
  tick(): void {
    this.#step++;
  }

  #newRow(key: number): number {
    if (this.#rows === this.#rowStart.length) {
      const size = this.#rows * 2;
      this.#rowStart = grow(this.#rowStart, size);
      this.#rowLength = grow(this.#rowLength, size);
      this.#rowCapacity = grow(this.#rowCapacity, size);
      this.#rowKey = grow(this.#rowKey, size);
    }
    const r = this.#rows++;
    this.#rowStart[r] = this.#allocate(2);
    this.#rowLength[r] = 0;
    this.#rowCapacity[r] = 2;
    this.#rowKey[r] = key;
    this.#table.insert(key, r);
    return r;
  }

  #allocate(size: number): number {
    if (this.#used + size > this.#cls.length) {
      const capacity = Math.max(this.#cls.length * 2, this.#used + size);
      this.#cls = grow(this.#cls, capacity);
      this.#w = grow(this.#w, capacity);
      this.#acc = grow(this.#acc, capacity);
    }
    const at = this.#used;
    this.#used += size;
    return at;
  }

  #add(r: number, cls: number, delta: number): void {
    const s = this.#rowStart[r]!;
    const len = this.#rowLength[r]!;
    const classes = this.#cls;
    for (let j = s; j < s + len; j++) {
      if (classes[j] === cls) {
        this.#w[j]! += delta;
        this.#acc[j]! += this.#step * delta;
        return;
      }
    }
    if (len === this.#rowCapacity[r]) {
      // Move the row to the end of the pool with twice the room (the old slots are left unused).
      const capacity = Math.min(len * 2, 256);
      const at = this.#allocate(capacity);
      this.#cls.copyWithin(at, s, s + len);
      this.#w.copyWithin(at, s, s + len);
      this.#acc.copyWithin(at, s, s + len);
      this.#rowStart[r] = at;
      this.#rowCapacity[r] = capacity;
    }
    const j = this.#rowStart[r]! + len;
    this.#cls[j] = cls;
    this.#w[j] = delta;
    this.#acc[j] = this.#step * delta;
    this.#rowLength[r] = len + 1;
  }

  /**
   * The averaged weights, quantised to 16-bit integers (`round(w × scale)`
   * with `scale` mapping the largest magnitude to 32767), keeping entries
   * whose quantised magnitude is at least `minWeight` and the features left
   * with an entry.
   */
  toArrays(minWeight = 1): { arrays: WeightArrays; scale: number } {
    const T = this.#step;
    const avg = new Float64Array(this.#used);
    let maxAbs = 0;
    for (let r = 0; r < this.#rows; r++) {
      const s = this.#rowStart[r]!;
      for (let j = s; j < s + this.#rowLength[r]!; j++) {
        const v = this.#w[j]! - this.#acc[j]! / T;
        avg[j] = v;
        if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
      }
    }
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const order = Array.from({ length: this.#rows }, (_, r) => r);
    const keyOf = (r: number): number => this.#rowKey[r]! >>> 0;
    order.sort((a, b) => keyOf(a) - keyOf(b));
    const keys: number[] = [];
    const lengths: number[] = [];
    const classes: number[] = [];
    const weights: number[] = [];
    for (const r of order) {
      const s = this.#rowStart[r]!;
      let kept = 0;
      for (let j = s; j < s + this.#rowLength[r]!; j++) {
        const q = Math.round(avg[j]! * scale);
        if (Math.abs(q) < minWeight) continue;
        classes.push(this.#cls[j]!);
        weights.push(q);
        kept++;
      }
      if (kept > 0) {
        keys.push(keyOf(r));
        lengths.push(kept);
      }
    }
    return {
      arrays: {
        keys: Uint32Array.from(keys),
        lengths: Uint8Array.from(lengths),
        classes: Uint8Array.from(classes),
        weights: Int16Array.from(weights),
      },
      scale,
    };
  }
}

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
