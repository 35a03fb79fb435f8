/**
 * What the recogniser looks at in a word before any feature is built: its
 * forms (as written, lower case, digits folded), its shape and its case,
 * with the running hashes of the forms and shapes that features combine.
 */
import { hashStart, hashString } from "./hash.js";

/** The case of a word, as the recogniser distinguishes it. */
export enum WordCase {
  /** No letters or digits (punctuation, symbols). */
  Other = 0,
  /** Letters, all lower case (`said`). */
  Lower = 1,
  /** First letter upper case, not all upper case (`Blinken`, `McCain`). */
  Title = 2,
  /** All letters upper case, at least one letter (`NATO`, `U.S.`). */
  Upper = 3,
  /** Digits and no letters (`1996`, `3-1`). */
  Number = 4,
  /** Letters in some other mix (`iPhone`, `eBay`). */
  Mixed = 5,
}

/** A word's forms, case and the hashes of its forms and shapes. */
export interface TokenInfo {
  /** As written. */
  form: string;
  /** Lower case. */
  lower: string;
  /** Lower case with every digit `0` (`1,250` → `0,000`). */
  norm: string;
  case: WordCase;
  /** Hash of `form`. */
  hForm: number;
  /** Hash of `norm`. */
  hNorm: number;
  /** Hash of the shape with runs capped at two ({@link wordShape}`(form, 2)`). */
  hShape: number;
  /** Hash of the shape with runs collapsed ({@link wordShape}`(form, 1)`). */
  hShort: number;
}

const FNV_PRIME = 0x01000193;
const SHAPE_SEED = hashStart(1001);
const SHORT_SEED = hashStart(1002);
const FORM_SEED = hashStart(1003);
const NORM_SEED = hashStart(1004);

/** Character class code: 1 lower-case letter, 2 upper-case letter, 3 digit, else the character + 16. */
function charClass(code: number, form: string, i: number): number {
  if (code >= 97 && code <= 122) return 1;
  if (code >= 65 && code <= 90) return 2;
  if (code >= 48 && code <= 57) return 3;
  if (code < 128) return code + 16;
  const ch = form[i]!;
  const lower = ch.toLowerCase();
  if (lower !== ch.toUpperCase()) return ch === lower ? 1 : 2;
  return code + 16;
}

const CLASS_CHARS = ["", "x", "X", "d"];

/**
 * The shape of a word: lower-case letters `x`, upper-case `X`, digits `d`,
 * other characters kept, runs of one class capped at `maxRun` characters.
 *
 * @example
 * wordShape("Blinken", 2) // "Xxx"
 * wordShape("1996-08-22", 1) // "d-d-d"
 */
export function wordShape(form: string, maxRun: number): string {
  let out = "";
  let last = -1;
  let run = 0;
  for (let i = 0; i < form.length; i++) {
    const c = charClass(form.charCodeAt(i), form, i);
    if (c === last) {
      if (++run > maxRun) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c < 16 ? CLASS_CHARS[c] : String.fromCharCode(c - 16);
  }
  return out;
}

/** The case class of a word. */
export function wordCase(form: string): WordCase {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let firstUpper = false;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    const c = charClass(code, form, i);
    if (c === 3) digits++;
    else if (c === 1) lower++;
    else if (c === 2) {
      if (upper + lower === 0) firstUpper = true;
      upper++;
    }
  }
  if (upper + lower === 0) return digits > 0 ? WordCase.Number : WordCase.Other;
  if (lower === 0) return WordCase.Upper;
  if (upper === 0) return WordCase.Lower;
  return firstUpper ? WordCase.Title : WordCase.Mixed;
}

/** Analyse one word. */
export function tokenInfo(form: string): TokenInfo {
  const lower = form.toLowerCase();
  let hasDigit = false;
  let upper = 0;
  let low = 0;
  let digits = 0;
  let firstUpper = false;
  let hShape = SHAPE_SEED;
  let hShort = SHORT_SEED;
  let last = -1;
  let run = 0;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    const c = charClass(code, form, i);
    if (c === 3) {
      digits++;
      hasDigit = true;
    } else if (c === 1) low++;
    else if (c === 2) {
      if (upper + low === 0) firstUpper = true;
      upper++;
    }
    if (c === last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
      hShort = Math.imul(hShort ^ c, FNV_PRIME);
    }
    hShape = Math.imul(hShape ^ c, FNV_PRIME);
  }
  let wc: WordCase;
  if (upper + low === 0) wc = digits > 0 ? WordCase.Number : WordCase.Other;
  else if (low === 0) wc = WordCase.Upper;
  else if (upper === 0) wc = WordCase.Lower;
  else wc = firstUpper ? WordCase.Title : WordCase.Mixed;
  const norm = hasDigit ? lower.replace(/[0-9]/g, "0") : lower;
  return {
    form,
    lower,
    norm,
    case: wc,
    hForm: hashString(FORM_SEED, form),
    hNorm: hashString(NORM_SEED, norm),
    hShape,
    hShort,
  };
}

/** A stand-in word for positions before a sentence's start or after its end. */
export function paddingInfo(form: "<s>" | "</s>"): TokenInfo {
  return { ...tokenInfo(form), case: WordCase.Other };
}
