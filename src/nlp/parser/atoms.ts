/**
 * The atoms of a sentence: small integers standing for each token's word,
 * tags, suffix and shape, looked up once per sentence so that feature
 * extraction never touches a string.
 */
import { FIRST_ATOM, NONE_ATOM, normalizeForm, type ParserLexicon, ROOT_ATOM } from "./lexicon.js";

/** The atoms of one sentence's tokens; index `n` is the root, `n + 1` "no token". */
export class SentenceAtoms {
  /** Word atoms. */
  word: Int32Array;
  /** XPOS atoms. */
  xpos: Int32Array;
  /** UPOS atoms. */
  upos: Int32Array;
  /** Hash of the last three characters of the normalised word. */
  suffix: Int32Array;
  /** Word shape class (see {@link wordShape}). */
  shape: Int32Array;
  /** Number of words. */
  n = 0;

  constructor(capacity = 64) {
    this.word = new Int32Array(capacity + 2);
    this.xpos = new Int32Array(capacity + 2);
    this.upos = new Int32Array(capacity + 2);
    this.suffix = new Int32Array(capacity + 2);
    this.shape = new Int32Array(capacity + 2);
  }

  /** Look up the atoms of a sentence; missing tags count as unknown. */
  fill(
    lexicon: ParserLexicon,
    forms: readonly string[],
    upos: readonly (string | undefined)[],
    xpos: readonly (string | undefined)[],
  ): void {
    const n = forms.length;
    if (n + 2 > this.word.length) {
      const size = Math.max(n + 2, this.word.length * 2);
      this.word = new Int32Array(size);
      this.xpos = new Int32Array(size);
      this.upos = new Int32Array(size);
      this.suffix = new Int32Array(size);
      this.shape = new Int32Array(size);
    }
    this.n = n;
    for (let i = 0; i < n; i++) {
      const form = forms[i]!;
      const norm = normalizeForm(form);
      this.word[i] = lexicon.words.atom(norm);
      this.xpos[i] = lexicon.xpos.atom(xpos[i] ?? "");
      this.upos[i] = lexicon.upos.atom(upos[i] ?? "");
      this.suffix[i] = stringAtom(norm, Math.max(0, norm.length - 3));
      this.shape[i] = wordShape(form);
    }
    for (const table of [this.word, this.xpos, this.upos, this.suffix, this.shape]) {
      table[n] = ROOT_ATOM;
      table[n + 1] = NONE_ATOM;
    }
  }
}

/** A hash of `text` from index `from` (FNV-1a over UTF-16 code units), never one of the reserved atoms. */
function stringAtom(text: string, from: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >= 0 && h < FIRST_ATOM ? h + FIRST_ATOM : h;
}

/**
 * The shape class of a word: 3 lower case, 4 capitalised, 5 all capitals,
 * 6 with a digit, 7 no letter or digit, 8 anything else (atoms 0–2 are reserved).
 */
export function wordShape(form: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) digit++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = form[i]!;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  if (digit > 0) return 6;
  if (upper + lower === 0) return 7;
  if (upper === 0) return 3;
  if (lower === 0) return upper > 1 ? 5 : 4;
  const first = form.charCodeAt(0);
  return first >= 65 && first <= 90 && upper === 1 ? 4 : 8;
}
