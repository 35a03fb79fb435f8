/**
 * Name normalisation shared by every alias index: two spellings that differ
 * only in case, diacritics, apostrophes, dots, hyphens, spacing or a leading
 * "the" normalise to the same key.
 */

/** Letters that Unicode decomposition leaves alone, spelled out in ASCII. */
const FOLD: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
  ħ: "h",
};

/**
 * The lookup key of a name: lower case, diacritics removed (`Élysée` →
 * `elysee`, `Søren` → `soren`), apostrophes and dots dropped (`Côte d'Ivoire`
 * → `cote divoire`, `U.S.` → `us`), other punctuation as spaces (`al-Assad`
 * → `al assad`), `&` as `and`, `+` as `plus` (`OPEC+`), spaces collapsed,
 * a leading `the` dropped.
 *
 * @example
 * normalizeName("The Élysée") // "elysee"
 * normalizeName("Sergeï  LAVROV") // "sergei lavrov"
 */
export function normalizeName(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const key = computeKey(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, key);
  return key;
}

/** Keys already computed: the linker looks the same words up many times per document. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

function computeKey(name: string): string {
  let s = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  s = s.replace(/[ßæœøđðþłıħ]/g, (c) => FOLD[c] ?? c);
  s = s
    .replace(/['’‘ʼʻʹ`´.]/g, "")
    .replace(/&/g, " and ")
    .replace(/\+/g, " plus ");
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (s.startsWith("the ")) s = s.slice(4);
  return s;
}

/**
 * Candidate singular forms of a normalised word or phrase (its last word):
 * the phrase itself, then `-ies` → `-y`, `-es` → ``, `-s` → `` and `-men` →
 * `-man`, for lexicon and demonym lookups (`militias`, `spokesmen`,
 * `Afghans`).
 */
export function singularForms(key: string): string[] {
  const out = [key];
  const add = (s: string): void => {
    if (s.length > 1 && !out.includes(s)) out.push(s);
  };
  if (key.endsWith("men")) add(key.slice(0, -3) + "man");
  if (key.endsWith("ies")) add(key.slice(0, -3) + "y");
  if (key.endsWith("es")) add(key.slice(0, -2));
  if (key.endsWith("s") && !key.endsWith("ss")) add(key.slice(0, -1));
  return out;
}
