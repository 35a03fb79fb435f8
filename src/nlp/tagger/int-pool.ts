/**
 * Growable, append-only storage of int32 lists in one typed array, so that
 * many small lists cost no object each and sit next to each other.
 */
export class IntPool {
  #data: Int32Array;
  #used = 0;

  constructor(capacity = 1024) {
    this.#data = new Int32Array(Math.max(16, capacity));
  }

  /** The storage (replaced when it grows: read it again after appending). */
  get data(): Int32Array {
    return this.#data;
  }

  /** Number of ints stored. */
  get used(): number {
    return this.#used;
  }

  /** Append `values[start … end)` (all of them by default) and return where they start. */
  append(values: ArrayLike<number>, start = 0, end = values.length): number {
    this.reserve(end - start);
    const at = this.#used;
    const data = this.#data;
    if (values instanceof Int32Array) data.set(values.subarray(start, end), at);
    else for (let j = start; j < end; j++) data[at + j - start] = values[j]!;
    this.#used += end - start;
    return at;
  }

  /** Append one int. */
  push(value: number): void {
    if (this.#used === this.#data.length) this.reserve(1);
    this.#data[this.#used++] = value;
  }

  /** Forget everything stored (the storage is kept). */
  clear(): void {
    this.#used = 0;
  }

  /** Make room for `n` more ints. */
  reserve(n: number): void {
    if (this.#used + n <= this.#data.length) return;
    let capacity = this.#data.length * 2;
    while (capacity < this.#used + n) capacity *= 2;
    const grown = new Int32Array(capacity);
    grown.set(this.#data.subarray(0, this.#used));
    this.#data = grown;
  }
}

/** Add a list stored as `[n, packed weight × n]` at `at` (see `weights.ts`) to `scores`. */
export function addPackedList(data: Int32Array, at: number, scores: Int32Array): void {
  const end = at + 1 + data[at]!;
  for (let j = at + 1; j < end; j++) {
    const e = data[j]!;
    scores[e & 255]! += e >> 8;
  }
}
