/**
 * String similarity for misspelled and transliterated names: an optimal
 * string alignment (restricted Damerau–Levenshtein) distance, a coarse
 * phonetic key in the spirit of Metaphone, and the edit budget allowed for a
 * name of a given length.
 */

/**
 * Edits (insertions, deletions, substitutions, swaps of adjacent letters)
 * between `a` and `b`, giving up early once the distance must exceed `max`
 * (then `max + 1` is returned).
 *
 * @example
 * editDistance("blanken", "blinken") // 1
 * editDistance("lavorv", "lavrov") // 1 (a swap)
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Letter groups that sound alike in transliterated names, each mapped to one key letter. */
const SOUND: Record<string, string> = {
  b: "P",
  p: "P",
  f: "F",
  v: "F",
  w: "F",
  c: "K",
  k: "K",
  q: "K",
  g: "K",
  x: "K",
  d: "T",
  t: "T",
  s: "S",
  z: "S",
  j: "J",
  l: "L",
  r: "R",
  m: "M",
  n: "N",
  h: "",
};

/**
 * A coarse phonetic key of a normalised name: vowels (and y, h) dropped
 * after the first letter, common digraphs folded (`ph` → F, `ck`/`kh` → K,
 * `sh`/`sch`/`ch`/`zh` → S/J), alike consonants merged, doubled letters
 * collapsed. Transliteration variants share a key: Navalny and Navalani,
 * Blinken and Blanken, Sergey and Sergei.
 *
 * @example
 * phoneticKey("navalani") === phoneticKey("navalny") // true
 */
export function phoneticKey(name: string): string {
  const words = name.split(" ").filter((w) => w.length > 0);
  return words
    .map((w) => {
      let s = w
        .replace(/ph/g, "f")
        .replace(/sch|sh|ch|zh/g, "j")
        .replace(/ck|kh|gh/g, "k")
        .replace(/th/g, "t")
        .replace(/ts|tz/g, "s");
      let out = "";
      const first = s[0] ?? "";
      out = /[aeiouy]/.test(first) ? "A" : (SOUND[first] ?? first.toUpperCase());
      s = s.slice(1);
      for (const ch of s) {
        if (/[aeiouy]/.test(ch)) {
          out += "·";
          continue;
        }
        const k = SOUND[ch] ?? (/[a-z]/.test(ch) ? ch.toUpperCase() : ch);
        if (k === "") continue;
        out += k;
      }
      // Vowel marks only separated consonants: drop them, then collapse repeats.
      return out.replace(/·/g, "").replace(/(.)\1+/g, "$1");
    })
    .join(" ");
}

/**
 * Edits a fuzzy match may need for a normalised name of `length` letters:
 * none below 5 (short names are too easily confused), 1 up to 7, 2 up to
 * 11, 3 beyond.
 */
export function editBudget(length: number): number {
  if (length < 5) return 0;
  if (length <= 7) return 1;
  if (length <= 11) return 2;
  return 3;
}

/**
 * Whether `candidate` may be a misspelling or transliteration of `known`
 * (both normalised): within the edit budget, or one edit beyond it when the
 * phonetic keys agree. Identical strings are not fuzzy matches.
 */
export function fuzzyMatch(candidate: string, known: string): boolean {
  if (candidate === known) return false;
  const budget = editBudget(Math.min(candidate.length, known.length));
  if (budget === 0) return false;
  if (candidate[0] !== known[0]) return false;
  const d = editDistance(candidate, known, budget + 1);
  if (d <= budget) return true;
  return d === budget + 1 && phoneticKey(candidate) === phoneticKey(known);
}
