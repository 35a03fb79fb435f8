/**
 * An open-addressing hash table from feature keys (two non-negative int32,
 * see `templates.ts`) to dense ids 0…n-1, in one typed array of slots: no
 * objects, no strings, no allocation on lookup.
 */

/** Int32 per slot: the two key integers and two values (16 bytes, so a slot never straddles a cache line). */
export const SLOT = 4;

/** Mix two key integers into a 32-bit hash (multiply–xorshift). */
export function hashKey(k1: number, k2: number): number {
  let h = Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2 + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

/** Slots for `expected` keys at a load factor of at most one half, all empty (first integer -1). */
export function emptySlots(expected: number): Int32Array {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  const slots = new Int32Array(capacity * SLOT);
  for (let at = 0; at < slots.length; at += SLOT) slots[at] = -1;
  return slots;
}

/** Where key (k1, k2) sits in `slots` (an index into it), or the empty slot where it would go. */
export function probe(slots: Int32Array, k1: number, k2: number): number {
  const mask = (slots.length >> 2) - 1;
  let at = hashKey(k1, k2) & mask;
  for (;;) {
    const s = slots[at << 2]!;
    if (s === -1 || (s === k1 && slots[(at << 2) + 1] === k2)) return at << 2;
    at = (at + 1) & mask;
  }
}

/** Feature keys → ids, ids given in order of insertion. */
export class FeatureTable {
  #slots: Int32Array;
  #k1: Int32Array;
  #k2: Int32Array;
  #size = 0;

  /** @param expected - how many keys the table should hold without growing. */
  constructor(expected = 1024) {
    this.#slots = emptySlots(expected);
    this.#k1 = new Int32Array(Math.max(16, expected));
    this.#k2 = new Int32Array(Math.max(16, expected));
  }

  /** Number of keys. */
  get size(): number {
    return this.#size;
  }

  /** The id of a key, or -1. */
  get(k1: number, k2: number): number {
    const at = probe(this.#slots, k1, k2);
    return this.#slots[at] === -1 ? -1 : this.#slots[at + 2]!;
  }

  /** The id of a key, adding it (with the next id) when new. */
  add(k1: number, k2: number): number {
    if (k1 < 0 || k2 < 0) throw new RangeError("FeatureTable: keys must be non-negative");
    const at = probe(this.#slots, k1, k2);
    if (this.#slots[at] !== -1) return this.#slots[at + 2]!;
    const id = this.#size++;
    if (id >= this.#k1.length) {
      const n1 = new Int32Array(this.#k1.length * 2);
      const n2 = new Int32Array(this.#k2.length * 2);
      n1.set(this.#k1);
      n2.set(this.#k2);
      this.#k1 = n1;
      this.#k2 = n2;
    }
    this.#k1[id] = k1;
    this.#k2[id] = k2;
    if (2 * this.#size > this.#slots.length / SLOT) {
      this.#slots = emptySlots(this.#size);
      for (let j = 0; j < this.#size; j++) this.#place(this.#k1[j]!, this.#k2[j]!, j);
    } else {
      this.#slots[at] = k1;
      this.#slots[at + 1] = k2;
      this.#slots[at + 2] = id;
    }
    return id;
  }

  /** The first key integer of every id, in id order. */
  firstKeys(): Int32Array {
    return this.#k1.slice(0, this.#size);
  }

  /** The second key integer of every id, in id order. */
  secondKeys(): Int32Array {
    return this.#k2.slice(0, this.#size);
  }

  #place(k1: number, k2: number, id: number): void {
    const at = probe(this.#slots, k1, k2);
    this.#slots[at] = k1;
    this.#slots[at + 1] = k2;
    this.#slots[at + 2] = id;
  }
}
