/** An open-addressing hash table from nonzero 32-bit keys to row numbers (linear probing). */
export class KeyTable {
  /** Keys by slot; 0 marks an empty slot. */
  keys: Int32Array;
  /** Row number of each slot's key. */
  rows: Int32Array;
  /** Slot count minus one (slot counts are powers of two). */
  mask: number;
  /** Keys stored. */
  size = 0;

  /** A table with room for `capacity` keys before it grows. */
  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The row of `key`, or -1. */
  find(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) return -1;
    }
  }

  /** Store `key` (not yet present) with its row. */
  insert(key: number, row: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.#grow();
    const keys = this.keys;
    const mask = this.mask;
    let i = key & mask;
    while (keys[i] !== 0) i = (i + 1) & mask;
    keys[i] = key;
    this.rows[i] = row;
    this.size++;
  }

  #grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== 0) this.insert(oldKeys[i]!, oldRows[i]!);
  }
}
