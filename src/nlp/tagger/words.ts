/**
 * What the tagger reads of a word: the facts of its form, whatever the
 * model ({@link formFacts}: normalised form, affixes, shapes, orthographic
 * flags), their atoms in a model's table ({@link formAtoms}), and, with the
 * model's lexicon, its class and tag-dictionary label ({@link analyseWord}).
 * Computed once per word form.
 */
import type { AtomLookup } from "./atoms.js";
import type { TagLexicon } from "./lexicon.js";

/** Word standing in for positions before the start / after the end of a sentence. */
export const PAD_START = "<s>";
/** @see PAD_START */
export const PAD_END = "</s>";

/**
 * The form used for word-identity features: lower case, digits mapped to `0`
 * so that numbers of one shape share a feature.
 *
 * @example
 * normalizeWord("March") // "march"
 * normalizeWord("1,250") // "0,000"
 */
export function normalizeWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, "0");
}

/** The shape class of one character (a code point): `x`, `X`, `d`, or the character itself. */
function charClass(ch: string, code: number): string {
  if (code < 128) {
    if (code >= 97 && code <= 122) return "x";
    if (code >= 65 && code <= 90) return "X";
    if (code >= 48 && code <= 57) return "d";
    return ch;
  }
  const lower = ch.toLowerCase();
  if (lower !== ch.toUpperCase()) return lower === ch ? "x" : "X";
  return ch;
}

/** Upper-case letters, lower-case letters and digits of a form, and its long and short shapes. */
function scanForm(form: string): {
  upper: number;
  lower: number;
  digit: number;
  shape: string;
  short: string;
} {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let shape = "";
  let short = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < form.length;) {
    const code = form.codePointAt(i)!;
    const ch = code > 0xffff ? form.slice(i, i + 2) : form[i]!;
    i += ch.length;
    const c = charClass(ch, code);
    if (c === "d") digit++;
    else if (c === "X") upper++;
    else if (c === "x") lower++;
    else if (code >= 128 && ch.toLowerCase() !== ch) upper++;
    else if (code >= 128 && ch.toUpperCase() !== ch) lower++;
    if (c === last) {
      run++;
      if (run <= 2) shape += c;
    } else {
      shape += c;
      short += c;
      last = c;
      run = 1;
    }
  }
  return { upper, lower, digit, shape, short };
}

/**
 * The shape of a word: letters and digits as `X`, `x`, `d`, other characters
 * kept, runs longer than two shortened to two.
 *
 * @example
 * wordShape("McCain") // "XxXxx"
 * wordShape("1984")   // "dd"
 */
export function wordShape(form: string): string {
  return scanForm(form).shape;
}

/**
 * The coarse shape of a word: like {@link wordShape} with every run
 * collapsed to one character.
 *
 * @example
 * shortShape("U.S.") // "X.X."
 * shortShape("well-known") // "x-x"
 */
export function shortShape(form: string): string {
  return scanForm(form).short;
}

/** How a word starts, for the sentence casing: see {@link WordInfo.letterCase}. */
export const LetterCase = { other: 0, lower: 1, capital: 2, allCaps: 3 } as const;

/** Codes of the orthographic flags (template `o`). */
const Flag = {
  number: 0,
  digits: 1,
  hyphen: 2,
  caps: 3,
  mixed: 4,
  at: 5,
  url: 6,
  dots: 7,
  short: 8,
  long: 9,
};

/** What the features read of a word form itself, whatever the model: computed once per form. */
export interface FormFacts {
  readonly form: string;
  readonly lower: string;
  /** {@link normalizeWord} of the form. */
  readonly norm: string;
  /** Prefixes of 1–4 and suffixes of 1–5 characters of `lower`, where shorter than it. */
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  /** The last three and two characters of `norm`. */
  readonly normSuffix3: string;
  readonly normSuffix2: string;
  /** {@link wordShape} and {@link shortShape}. */
  readonly shape: string;
  readonly shortShape: string;
  /** Orthographic flags (digits, hyphen, capitals, `@`, URL, dots, length) that do not depend on position. */
  readonly flags: readonly number[];
  /** A {@link LetterCase}: not an ASCII letter first, lower case first, capital first, or all capitals. */
  readonly letterCase: number;
  /** Starts with a capital and has lower-case letters (flagged as sentence-initial or not). */
  readonly capitalised: boolean;
  /** The normalised part after the last inner hyphen, if any. */
  readonly hyphenTail: string | null;
}

const suffix = (word: string, n: number): string => (word.length > n ? word.slice(-n) : word);

function letterCaseOf(form: string): number {
  const c = form.charCodeAt(0);
  if (c >= 97 && c <= 122) return LetterCase.lower;
  if (c < 65 || c > 90) return LetterCase.other;
  return form.length > 1 && /^[A-Z]+$/.test(form) ? LetterCase.allCaps : LetterCase.capital;
}

/** The {@link FormFacts} of a word form. */
export function formFacts(form: string): FormFacts {
  const lower = form.toLowerCase();
  const norm = normalizeWord(form);
  const scan = scanForm(form);
  const first = form[0];
  const capitalised =
    scan.upper > 0 &&
    !(scan.upper > 1 && scan.lower === 0) &&
    first !== undefined &&
    first.toLowerCase() !== first;
  const flags: number[] = [];
  if (scan.digit > 0) flags.push(scan.digit === form.length ? Flag.number : Flag.digits);
  if (form.includes("-")) flags.push(Flag.hyphen);
  if (scan.upper > 1 && scan.lower === 0) flags.push(Flag.caps);
  else if (scan.upper > 0 && !capitalised) flags.push(Flag.mixed);
  if (form.includes("@")) flags.push(Flag.at);
  if (/^(https?:|www\.)/i.test(form)) flags.push(Flag.url);
  else if (/\w\.\w/.test(form)) flags.push(Flag.dots);
  if (form.length === 1) flags.push(Flag.short);
  else if (form.length > 12) flags.push(Flag.long);
  const prefixes: string[] = [];
  for (let n = 1; n <= 4 && n < lower.length; n++) prefixes.push(lower.slice(0, n));
  const suffixes: string[] = [];
  for (let n = 1; n <= 5 && n < lower.length; n++) suffixes.push(lower.slice(-n));
  const hyphen = lower.lastIndexOf("-");
  return {
    form,
    lower,
    norm,
    prefixes,
    suffixes,
    normSuffix3: suffix(norm, 3),
    normSuffix2: suffix(norm, 2),
    shape: scan.shape,
    shortShape: scan.short,
    flags,
    letterCase: letterCaseOf(form),
    capitalised,
    hyphenTail: hyphen > 0 && hyphen < lower.length - 1 ? normalizeWord(lower.slice(hyphen + 1)) : null,
  };
}

/** The atoms of a form's facts in one model's atom table (-1 for strings the model does not know). */
export interface FormAtoms {
  readonly facts: FormFacts;
  readonly form: number;
  readonly norm: number;
  readonly normSuffix3: number;
  readonly normSuffix2: number;
  readonly shape: number;
  readonly shortShape: number;
  readonly prefixes: readonly number[];
  readonly suffixes: readonly number[];
  readonly hyphenTail: number;
}

/** The atoms of a form (or of its facts). */
export function formAtoms(word: string | FormFacts, atoms: AtomLookup): FormAtoms {
  const facts = typeof word === "string" ? formFacts(word) : word;
  return {
    facts,
    form: atoms(facts.form),
    norm: atoms(facts.norm),
    normSuffix3: atoms(facts.normSuffix3),
    normSuffix2: atoms(facts.normSuffix2),
    shape: atoms(facts.shape),
    shortShape: atoms(facts.shortShape),
    prefixes: facts.prefixes.map(atoms),
    suffixes: facts.suffixes.map(atoms),
    hyphenTail: facts.hyphenTail === null ? -1 : atoms(facts.hyphenTail),
  };
}

/** The atoms and flags the feature functions read about one word for one model. */
export interface WordInfo {
  readonly atoms: FormAtoms;
  /** Atom of the normalised word. */
  readonly norm: number;
  /** Atom of the ambiguity class (`?` when the lexicon does not know the word). */
  readonly cls: number;
  /** Whether the lexicon does not know the word. */
  readonly unknown: boolean;
  /** Atoms of the last three and two characters of the normalised word. */
  readonly suffix3: number;
  readonly suffix2: number;
  /** Atom of the short shape. */
  readonly shape: number;
  /** See {@link FormFacts.letterCase}. */
  readonly letterCase: number;
  /** See {@link FormFacts.capitalised}. */
  readonly capitalised: boolean;
  /** The tag-dictionary label, or -1. */
  readonly fixed: number;
  /** Atom of the ambiguity class of the hyphenated word's tail (-1 when none). */
  readonly tailClass: number;
}

/**
 * The atoms and flags of a word (a form, or its atoms in the same table as
 * `atoms`), with its class and fixed label read from `lexicon`.
 */
export function analyseWord(word: string | FormAtoms, lexicon: TagLexicon, atoms: AtomLookup): WordInfo {
  const form = typeof word === "string" ? formAtoms(word, atoms) : word;
  const facts = form.facts;
  const cls = lexicon.classes.get(facts.norm);
  return {
    atoms: form,
    norm: form.norm,
    cls: atoms(cls ?? "?"),
    unknown: cls === undefined,
    suffix3: form.normSuffix3,
    suffix2: form.normSuffix2,
    shape: form.shortShape,
    letterCase: facts.letterCase,
    capitalised: facts.capitalised,
    fixed: lexicon.fixedLabel(facts.norm),
    tailClass: facts.hyphenTail === null ? -1 : atoms(lexicon.ambiguityClass(facts.hyphenTail)),
  };
}

/** The stand-in for the positions before (`PAD_START`) or after (`PAD_END`) a sentence. */
export function padWord(symbol: string, atoms: AtomLookup): WordInfo {
  const a = atoms(symbol);
  return {
    atoms: formAtoms(symbol, atoms),
    norm: a,
    cls: a,
    unknown: false,
    suffix3: a,
    suffix2: a,
    shape: a,
    letterCase: LetterCase.other,
    capitalised: false,
    fixed: -1,
    tailClass: -1,
  };
}
