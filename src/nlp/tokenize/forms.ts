/**
 * Recognisers for forms that are one token whatever their punctuation:
 * abbreviations (`U.S.`, `Mr.`, `No.` before a number), letter-dot
 * sequences (`e.g`), domain and file names (`example.com`, `report.doc`),
 * currency codes before `$` (`US$`) and plural possessives (`soldiers'`).
 */
import { codePointAt, isApostrophe, isDigit, isUpperAt, isWordAt, width } from "./chars.js";
import { abbreviationKind } from "./lexicon.js";
import { digitAt } from "./runs.js";
import { charAt, type Scanner } from "./scanner.js";

const FULL_STOP = 0x2e;
/** Clitics that follow an apostrophe ('s, 're, 've, 'll, 'd, 'm), lower case, without it. */
export const CLITIC_SUFFIXES: ReadonlySet<string> = new Set(["s", "re", "ve", "ll", "d", "m"]);
/** Longest abbreviation, contraction or prefix looked up; longer pieces are never one. */
export const MAX_LOOKUP = 24;

/** Whether `[a, b)` is two or more single letters joined by full stops (`U.S`, `e.g`, `a.m`). */
export function isLetterDotSequence(s: Scanner, a: number, b: number): boolean {
  if (b - a < 3 || b - a > MAX_LOOKUP) return false;
  let letters = 0;
  let k = a;
  while (k < b) {
    s.stats.steps++;
    const cp = codePointAt(s.text, k, b);
    if (!isWordAt(s.text, k, cp) || isDigit(cp)) return false;
    letters++;
    k += width(cp);
    if (k === b) break;
    if (s.text.charCodeAt(k) !== FULL_STOP) return false;
    k++;
  }
  return letters >= 2;
}

/**
 * Whether `[a, b)` followed by a full stop is an abbreviation: a letter-dot
 * sequence (`U.S.`), a capital initial other than `I` (`J.`), or a listed
 * abbreviation (`Mr.`, `etc.`; `No.` only before a number).
 */
export function isAbbreviation(s: Scanner, a: number, b: number): boolean {
  if (b <= a || b - a > MAX_LOOKUP) return false;
  if (isLetterDotSequence(s, a, b)) return true;
  const first = codePointAt(s.text, a, b);
  if (a + width(first) === b && isUpperAt(s.text, a, first)) return first !== 0x49;
  const kind = abbreviationKind(s.lexicon, `${s.text.slice(a, b)}.`);
  if (kind !== "number") return kind !== null;
  let k = b + 1;
  while (k < s.end && k <= b + 2 && s.text.charCodeAt(k) === 0x20) k++;
  return digitAt(s, k);
}

/**
 * Whether `[a, b)` is a domain or file name: its host part (before any `/`)
 * ends in a listed suffix (`example.com`, `report.doc`), or it is three or
 * more lower-case words joined by full stops (`comp.sources.unix`).
 */
export function isDomainOrFileName(s: Scanner, a: number, b: number): boolean {
  let hostEnd = b;
  let lastDot = -1;
  let dots = 0;
  let lowerWords = true;
  for (let k = a; k < b; k++) {
    s.stats.steps++;
    const c = s.text.charCodeAt(k);
    if (c === 0x2f) {
      hostEnd = k;
      break;
    }
    if (c === FULL_STOP) {
      dots++;
      lastDot = k;
    } else if ((c < 0x61 || c > 0x7a) && c !== 0x2d) {
      lowerWords = false;
    }
  }
  if (lastDot <= a) return false;
  if (dots >= 2 && lowerWords && hostEnd === b) return true;
  const suffixLength = hostEnd - lastDot - 1;
  if (suffixLength < 2 || suffixLength > 5) return false;
  return s.lexicon.domainSuffixes.has(s.text.slice(lastDot + 1, hostEnd).toLowerCase());
}

/** Whether `[a, b)` is one to three capital letters, a country code before `$` (`US$`, `HK$`). */
export function isCountryCode(s: Scanner, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let k = a; k < b; k++) {
    const c = s.text.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** Whether `[a, b)` ends in a plural `s` that an apostrophe may follow (`soldiers'`). */
export function endsWithPluralS(s: Scanner, a: number, b: number): boolean {
  const c = s.text.charCodeAt(b - 1);
  return b - a >= 3 && (c === 0x73 || c === 0x53) && !isApostrophe(charAt(s, b - 2));
}
