/**
 * A bounded memo: two generations of at most `limit` entries each. When the
 * young generation fills, it becomes the old one and the previous old one
 * is dropped; an old entry that is read again moves to the young
 * generation. Frequent keys stay, memory stays bounded, and no per-entry
 * bookkeeping is needed (an approximate LRU).
 */
export class BoundedCache<K, V> {
  readonly limit: number;
  #young = new Map<K, V>();
  #old = new Map<K, V>();

  /** @param limit - entries per generation (at most twice this many are kept). */
  constructor(limit: number) {
    if (!(limit >= 1)) throw new RangeError("BoundedCache: limit must be at least 1");
    this.limit = limit;
  }

  /** The entry of `key`, or undefined. */
  get(key: K): V | undefined {
    const hit = this.#young.get(key);
    if (hit !== undefined) return hit;
    const old = this.#old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Store the entry of `key`. */
  set(key: K, value: V): void {
    if (this.#young.size >= this.limit) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }

  /** Number of entries held (both generations; an entry may be counted twice). */
  get size(): number {
    return this.#young.size + this.#old.size;
  }
}
