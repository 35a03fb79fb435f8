/**
 * 32-bit feature hashing. A feature is a template number followed by one or
 * more strings or small integers; its hash identifies it in the model, so no
 * feature names are built or stored. Among 10⁶ features about a hundred pairs
 * collide (n²/2³³), which costs a negligible amount of accuracy.
 */

const FNV_PRIME = 0x01000193;

/** Start a feature hash for template `template`. */
export function hashStart(template: number): number {
  return Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ 0x811c9dc5;
}

/** Mix the UTF-16 code units of `s` (and an end marker) into `h`. */
export function hashString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ 0xffff, FNV_PRIME);
}

/** Mix the code units `s[from..to)` (and an end marker) into `h`, without building the substring. */
export function hashRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ 0xffff, FNV_PRIME);
}

/** Mix a small non-negative integer into `h`. */
export function hashInt(h: number, n: number): number {
  return Math.imul(h ^ (n + 0x10000), FNV_PRIME);
}

/**
 * Finish a hash: avalanche the bits (MurmurHash3's finaliser) and return an
 * unsigned 32-bit value that is never 0 (0 marks an empty slot in tables).
 */
export function hashEnd(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  const u = h >>> 0;
  return u === 0 ? 1 : u;
}

/** Mix a full 32-bit value (e.g. the running hash of a word) into `h`. */
export function hashValue(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x85ebca6b);
  return Math.imul(h ^ (h >>> 15), FNV_PRIME);
}
