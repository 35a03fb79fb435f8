/**
 * Hand-written English inflection rules: for an inflected form and its Penn
 * Treebank tag, the lemmas it may come from, most likely first. The
 * lemmatizer picks among them with the lemma vocabulary learned from the
 * treebank; {@link guessLemma} decides when the vocabulary knows none.
 */

const VOWELS = "aeiou";
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);
const isConsonant = (ch: string | undefined): boolean => ch !== undefined && /[a-z]/.test(ch) && !isVowel(ch);

/** Which inflection a Penn Treebank tag marks. */
export type Inflection =
  "plural" | "third-person" | "past" | "gerund" | "comparative" | "superlative" | "none";

/** The inflection a Penn Treebank tag marks. */
export function inflectionOf(xpos: string): Inflection {
  switch (xpos) {
    case "NNS":
    case "NNPS":
      return "plural";
    case "VBZ":
      return "third-person";
    case "VBD":
    case "VBN":
      return "past";
    case "VBG":
      return "gerund";
    case "JJR":
    case "RBR":
      return "comparative";
    case "JJS":
    case "RBS":
      return "superlative";
    default:
      return "none";
  }
}

/** `stem` with a doubled final consonant undone (`stopp` → `stop`), or null. */
function undoubled(stem: string): string | null {
  const last = stem[stem.length - 1];
  if (stem.length >= 3 && last === stem[stem.length - 2] && isConsonant(last)) return stem.slice(0, -1);
  return null;
}

/** Candidates for a stem left by removing a vowel-initial suffix (-ed, -ing, -er, -est). */
function stemCandidates(stem: string, out: string[]): void {
  if (stem.length === 0) return;
  out.push(stem, `${stem}e`);
  const single = undoubled(stem);
  if (single !== null) out.push(single);
}

/** Candidates for a form ending in -s (plural nouns, third-person verbs). */
function sCandidates(w: string, out: string[]): void {
  if (w.length <= 2 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
    out.push(w);
    return;
  }
  if (w.endsWith("ies") && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ves")) out.push(`${w.slice(0, -3)}f`, `${w.slice(0, -3)}fe`);
  if (/(s|x|z|ch|sh|o)es$/.test(w)) out.push(w.slice(0, -2));
  out.push(w.slice(0, -1));
  if (w.endsWith("men")) out.push(`${w.slice(0, -3)}man`);
}

/**
 * The possible lemmas of a lower-case inflected word, most likely first;
 * the word itself when the tag marks no inflection the rules know.
 *
 * @example
 * lemmaCandidates("carried", "VBD") // ["carry", …]
 * lemmaCandidates("stopping", "VBG") // ["stopp", "stoppe", "stop"]
 */
export function lemmaCandidates(w: string, xpos: string): string[] {
  const out: string[] = [];
  switch (inflectionOf(xpos)) {
    case "plural":
      if (w.endsWith("men")) out.push(`${w.slice(0, -3)}man`);
      sCandidates(w, out);
      break;
    case "third-person":
      sCandidates(w, out);
      break;
    case "past":
      if (w.endsWith("ied") && w.length > 4) out.push(`${w.slice(0, -3)}y`);
      if (w.endsWith("ed") && w.length > 3) stemCandidates(w.slice(0, -2), out);
      else if (w.endsWith("d") && w.length > 3) out.push(w.slice(0, -1));
      break;
    case "gerund":
      if (w.endsWith("ying") && w.length > 5) out.push(`${w.slice(0, -4)}ie`);
      if (w.endsWith("ing") && w.length > 4) stemCandidates(w.slice(0, -3), out);
      break;
    case "comparative":
      if (w.endsWith("ier") && w.length > 4) out.push(`${w.slice(0, -3)}y`);
      if (w.endsWith("er") && w.length > 3) stemCandidates(w.slice(0, -2), out);
      break;
    case "superlative":
      if (w.endsWith("iest") && w.length > 5) out.push(`${w.slice(0, -4)}y`);
      if (w.endsWith("est") && w.length > 4) stemCandidates(w.slice(0, -3), out);
      break;
    case "none":
      break;
  }
  out.push(w);
  return [...new Set(out)];
}

/** Whether a bare stem probably lost a final silent `e` (`hop(e)`, `creat(e)`, `waiv(e)`). */
function needsSilentE(stem: string): boolean {
  if (/(at|bl|iz|yz|dg|rg|rs|ns|ps|ls|[aeiou]s|[^aeiou]ang|v|u|c)$/.test(stem)) return true;
  // A short word ending consonant–vowel–consonant (not w, x, y): hop → hope.
  const n = stem.length;
  const a = stem[n - 3];
  const b = stem[n - 2];
  const c = stem[n - 1];
  const syllables = stem.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && isConsonant(a) && isVowel(b) && isConsonant(c) && !"wxy".includes(c ?? "");
}

/**
 * The best guess for a lower-case inflected word no vocabulary knows, by the
 * classic rules: -ies → -y, undo consonant doubling, restore a silent e.
 *
 * @example
 * guessLemma("hoped", "VBD") // "hope"
 * guessLemma("stopped", "VBD") // "stop"
 */
export function guessLemma(w: string, xpos: string): string {
  const inflection = inflectionOf(xpos);
  const fromStem = (stem: string): string => {
    const single = undoubled(stem);
    if (single !== null && !/(ll|ss|zz|ff)$/.test(stem)) return single;
    return needsSilentE(stem) ? `${stem}e` : stem;
  };
  switch (inflection) {
    case "plural":
    case "third-person": {
      const c = lemmaCandidates(w, xpos);
      if (/(s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
      return c[0] ?? w;
    }
    case "past":
      if (w.endsWith("ied") && w.length > 4) return `${w.slice(0, -3)}y`;
      if (w.endsWith("eed")) return w.slice(0, -1);
      return w.endsWith("ed") && w.length > 3 ? fromStem(w.slice(0, -2)) : w;
    case "gerund":
      if (w.endsWith("ying") && w.length > 5 && w.length <= 6) return `${w.slice(0, -4)}ie`;
      return w.endsWith("ing") && w.length > 4 ? fromStem(w.slice(0, -3)) : w;
    case "comparative":
      if (w.endsWith("ier") && w.length > 4) return `${w.slice(0, -3)}y`;
      return w.endsWith("er") && w.length > 4 ? fromStem(w.slice(0, -2)) : w;
    case "superlative":
      if (w.endsWith("iest") && w.length > 5) return `${w.slice(0, -4)}y`;
      return w.endsWith("est") && w.length > 5 ? fromStem(w.slice(0, -3)) : w;
    case "none":
      return w;
  }
}
