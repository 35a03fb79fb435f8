/**
 * Feature keys: a feature is a 32-bit MurmurHash3-style hash of its template
 * number and the integer atoms it combines. Key 0 is never produced (it marks
 * empty slots of hash tables).
 */

const C1 = 0xcc9e2d51 | 0;
const C2 = 0x1b873593;

/** Mix one 32-bit value into a running hash (one MurmurHash3 block). */
export function mix(h: number, atom: number): number {
  let k = Math.imul(atom, C1);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, C2);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 finaliser; never returns 0. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** The key of template `t` with one atom. */
export function key1(t: number, a: number): number {
  return finish(mix(t, a));
}

/** The key of template `t` with two atoms. */
export function key2(t: number, a: number, b: number): number {
  return finish(mix(mix(t, a), b));
}
