/**
 * Bounded storage of per-word-form data: blocks of int32 in one typed
 * array (an arena), found by form. Two generations: when the young arena
 * holds more than `limit` ints it becomes the old one (the previous old one
 * is dropped); a block found in the old arena is copied to the young one.
 * Frequent forms stay, memory stays bounded, and a block costs no objects.
 */
import { IntPool } from "./int-pool.js";

/** Per-form blocks of int32 in a bounded, two-generation arena. */
export class WordArena {
  readonly limit: number;
  /** Incremented each time a new young generation starts. */
  generation = 0;
  #young = new IntPool(1 << 16);
  #youngAt = new Map<string, number>();
  #old = new IntPool(16);
  #oldAt = new Map<string, number>();

  /** @param limit - ints per generation (at most about twice this many are kept). */
  constructor(limit: number) {
    if (!(limit >= 1)) throw new RangeError("WordArena: limit must be at least 1");
    this.limit = limit;
  }

  /** The young arena, where every block {@link find} and {@link add} return lives. */
  get data(): Int32Array {
    return this.#young.data;
  }

  /**
   * Start a new generation if the young one is full. Call only when no
   * offset returned earlier is still needed (e.g. between sentences).
   */
  rotate(): void {
    if (this.#young.used <= this.limit) return;
    this.#old = this.#young;
    this.#oldAt = this.#youngAt;
    this.#young = new IntPool(1 << 16);
    this.#youngAt = new Map();
    this.generation++;
  }

  /** Where the block of `form` starts in {@link data}, or -1 when it has none. */
  find(form: string): number {
    const at = this.#youngAt.get(form);
    if (at !== undefined) return at;
    const old = this.#oldAt.get(form);
    if (old === undefined) return -1;
    const data = this.#old.data;
    return this.add(form, data, old, old + data[old]!);
  }

  /**
   * Store the block `values[start … end)` of `form` (its first int must be
   * be its length) and return where it starts.
   */
  add(form: string, values: ArrayLike<number>, start = 0, end = values.length): number {
    const at = this.#young.append(values, start, end);
    this.#youngAt.set(form, at);
    return at;
  }

  /** Store a block no form finds (valid until the generation changes) and return where it starts. */
  addUnkeyed(values: ArrayLike<number>, start = 0, end = values.length): number {
    return this.#young.append(values, start, end);
  }

  /** Number of forms held (both generations; a form may be counted twice). */
  get size(): number {
    return this.#youngAt.size + this.#oldAt.size;
  }
}
