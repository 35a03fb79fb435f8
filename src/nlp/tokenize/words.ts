/**
 * Word runs: a maximal stretch of letters and digits joined by connectors
 * (`.` `,` `'` `-` `/` `&` `@` `:`), cut into tokens the way UD English EWT
 * does. The run is examined at four levels, each on the pieces the previous
 * one left:
 *
 * 1. `,` and `:` between letters split (`said,and`); between digits they stay (`3,000`, `5:00`).
 * 2. `.` splits (`Sushi.They`) unless the piece is an abbreviation (`Mr.`, `U.S.`),
 *    a letter-dot sequence (`e.g`), a number (`3.5`) or a domain or file name (`example.com`).
 * 3. `/` and `&` split (`and/or`) unless every part is short (`AT&T`, `w/o`).
 * 4. `-` splits (`long-term` → `long - term`) unless the first part is a
 *    prefix EWT keeps (`e-mail`, `non-human`) or the parts are digit groups
 *    of a date or telephone number (`2024-04-26`, `646-8420`).
 *
 * Each resulting word then loses its clitics (`do n't`, `Russia 's`),
 * apostrophe-less contractions (`can not`, `gon na`) and unit suffixes (`5 pm`).
 */
import { isApostrophe, isConnector, isDigit, isHyphen } from "./chars.js";
import {
  CLITIC_SUFFIXES,
  endsWithPluralS,
  isAbbreviation,
  isCountryCode,
  isDomainOrFileName,
  isLetterDotSequence,
  MAX_LOOKUP,
} from "./forms.js";
import {
  betweenDigits,
  HAS_AT,
  HAS_COMMA_OR_COLON,
  HAS_DOT,
  HAS_HYPHEN,
  HAS_SLASH_OR_AMPERSAND,
  NOT_NUMERIC,
  scanRun,
} from "./runs.js";
import { charAt, emit, type Scanner, wordAt } from "./scanner.js";
import { matchUrl } from "./urls.js";

const FULL_STOP = 0x2e;
const DOLLAR = 0x24;

/**
 * Tokenize the word run starting at `i` (a word character) and return the
 * offset after it, including an abbreviation's final period.
 */
export function scanWord(s: Scanner, i: number): number {
  const urlEnd = matchUrl(s, i);
  if (urlEnd > 0) {
    emit(s, i, urlEnd);
    return urlEnd;
  }
  const run = scanRun(s, i);
  let j = run.end;
  let shape = run.shape;
  // Newsgroup archives shorten addresses to "franz371...@gmail.com".
  if (s.text.startsWith("...@", j) && wordAt(s, j + 4)) {
    const rest = scanRun(s, j + 4);
    j = rest.end;
    shape |= rest.shape | HAS_AT;
  }
  // A currency sign written against a country code is one token (US$, HK$).
  if (charAt(s, j) === DOLLAR && isCountryCode(s, i, j)) {
    j++;
    shape |= NOT_NUMERIC;
  }
  const consumedPeriod = emitRun(s, i, j, shape, charAt(s, j) === FULL_STOP);
  if (consumedPeriod) return j + 1;
  // The apostrophe of a plural possessive ("soldiers' home") is a clitic of its word,
  // unless the word opened with a single quote ("‘misunderstandings’").
  const quoted = charAt(s, i - 1) === 0x2018 || charAt(s, i - 1) === 0x27;
  if (isApostrophe(charAt(s, j)) && !quoted && endsWithPluralS(s, i, j) && !wordAt(s, j + 1)) {
    emit(s, j, j + 1, true);
    return j + 1;
  }
  return j;
}

/**
 * Emit the run `[a, b)` of the given shape; `tailPeriod` says a `.` follows
 * it. Returns true when that period was taken.
 */
function emitRun(s: Scanner, a: number, b: number, shape: number, tailPeriod: boolean): boolean {
  if (tailPeriod && isAbbreviation(s, a, b)) {
    emit(s, a, b + 1);
    return true;
  }
  if (shape & HAS_AT) {
    emit(s, a, b); // e-mail address or user@host
    return false;
  }
  if (!(shape & NOT_NUMERIC)) {
    emitHyphenated(s, a, b, shape);
    return false;
  }
  if (!(shape & HAS_COMMA_OR_COLON)) return emitDotted(s, a, b, shape, tailPeriod);
  let p = a;
  for (let k = a; k < b; k++) {
    s.stats.steps++;
    const c = s.text.charCodeAt(k);
    if ((c === 0x2c || c === 0x3a) && !betweenDigits(s, k)) {
      emitDotted(s, p, k, shape, false);
      emit(s, k, k + 1);
      p = k + 1;
    }
  }
  return emitDotted(s, p, b, shape, tailPeriod);
}

/** Level 2: full stops inside a piece. Returns true when the period after `b` was taken. */
function emitDotted(s: Scanner, a: number, b: number, shape: number, tailPeriod: boolean): boolean {
  if (a >= b) return false;
  if (tailPeriod && isAbbreviation(s, a, b)) {
    emit(s, a, b + 1);
    return true;
  }
  if (!(shape & HAS_DOT)) {
    emitCompound(s, a, b, shape);
    return false;
  }
  if (isLetterDotSequence(s, a, b) || isDomainOrFileName(s, a, b)) {
    emit(s, a, b);
    return false;
  }
  let p = a;
  for (let k = a; k < b; k++) {
    s.stats.steps++;
    if (s.text.charCodeAt(k) !== FULL_STOP || betweenDigits(s, k)) continue;
    if (isAbbreviation(s, p, k)) {
      emit(s, p, k + 1);
    } else {
      emitCompound(s, p, k, shape);
      emit(s, k, k + 1);
    }
    p = k + 1;
  }
  if (p > a && tailPeriod && isAbbreviation(s, p, b)) {
    emit(s, p, b + 1);
    return true;
  }
  emitCompound(s, p, b, shape);
  return false;
}

/** Level 3: `/` and `&`, kept when every part is short (`AT&T`, `PG&E`, `w/o`, `l/c`). */
function emitCompound(s: Scanner, a: number, b: number, shape: number): void {
  if (!(shape & HAS_SLASH_OR_AMPERSAND)) {
    emitHyphenated(s, a, b, shape);
    return;
  }
  let slash = false;
  let longest = 0;
  let partStart = a;
  let found = false;
  for (let k = a; k <= b; k++) {
    s.stats.steps++;
    const c = k < b ? s.text.charCodeAt(k) : -1;
    if (c === 0x2f || c === 0x26 || k === b) {
      if (c === 0x2f) slash = true;
      if (c >= 0) found = true;
      longest = Math.max(longest, k - partStart);
      partStart = k + 1;
    }
  }
  if (!found || longest <= (slash ? 2 : 3)) {
    emitHyphenated(s, a, b, shape);
    return;
  }
  let p = a;
  for (let k = a; k < b; k++) {
    s.stats.steps++;
    const c = s.text.charCodeAt(k);
    if ((c === 0x2f || c === 0x26) && !(c === 0x2f && betweenDigits(s, k))) {
      emitHyphenated(s, p, k, shape);
      emit(s, k, k + 1);
      p = k + 1;
    }
  }
  emitHyphenated(s, p, b, shape);
}

/** Level 4: hyphens. Digit groups of dates and telephone numbers stay whole; listed prefixes stay joined. */
function emitHyphenated(s: Scanner, a: number, b: number, shape: number): void {
  if (!(shape & HAS_HYPHEN)) {
    emitWord(s, a, b);
    return;
  }
  let groups = 1;
  let allDigits = true;
  let firstGroup = -1;
  let groupStart = a;
  for (let k = a; k < b; k++) {
    s.stats.steps++;
    const c = s.text.charCodeAt(k);
    if (isHyphen(c)) {
      if (firstGroup < 0) firstGroup = k - a;
      groups++;
      groupStart = k + 1;
    } else if (!isDigit(c) && c !== FULL_STOP && c !== 0x2c && c !== 0x3a && c !== 0x2f) {
      allDigits = false;
    }
  }
  if (groups === 1) {
    emitWord(s, a, b);
    return;
  }
  const phone = groups === 2 && firstGroup === 3 && b - groupStart === 4;
  if (allDigits && (groups >= 3 || phone)) {
    emit(s, a, b);
    return;
  }
  let tokenStart = a;
  let partStart = a;
  for (let k = a; k < b; k++) {
    s.stats.steps++;
    if (!isHyphen(s.text.charCodeAt(k))) continue;
    if (!(
      k - partStart <= MAX_LOOKUP && s.lexicon.hyphenPrefixes.has(s.text.slice(partStart, k).toLowerCase())
    )) {
      emitWord(s, tokenStart, k);
      emit(s, k, k + 1);
      tokenStart = k + 1;
    }
    partStart = k + 1;
  }
  emitWord(s, tokenStart, b);
}

/** Word level: clitics (`n't`, `'s`), apostrophe-less contractions (`cannot`) and units (`5pm`). */
function emitWord(s: Scanner, a: number, b: number): void {
  if (a >= b) return;
  const { text } = s;
  for (let q = b - 1; q >= a + 1 && q >= b - 4; q--) {
    s.stats.steps++;
    if (!isApostrophe(text.charCodeAt(q))) continue;
    const suffix = text.slice(q + 1, b).toLowerCase();
    const n = text.charCodeAt(q - 1);
    if (suffix === "t" && (n === 0x6e || n === 0x4e) && q - 1 > a) {
      emit(s, a, q - 1);
      emit(s, q - 1, b, true);
      return;
    }
    if (CLITIC_SUFFIXES.has(suffix) && !isDigit(n)) {
      emit(s, a, q);
      emit(s, q, b, true);
      return;
    }
    break;
  }
  if (b - a <= MAX_LOOKUP) {
    const pieces = s.lexicon.contractions.get(text.slice(a, b).toLowerCase());
    if (pieces) {
      let p = a;
      for (const [index, length] of pieces.entries()) {
        emit(s, p, p + length, index > 0);
        p += length;
      }
      return;
    }
  }
  if (isDigit(text.charCodeAt(a))) {
    let k = a;
    while (
      k < b &&
      (isDigit(text.charCodeAt(k)) || (isConnector(text.charCodeAt(k)) && betweenDigits(s, k)))
    ) {
      s.stats.steps++;
      k++;
    }
    if (k < b && b - k <= MAX_LOOKUP && s.lexicon.units.has(text.slice(k, b).toLowerCase())) {
      emit(s, a, k);
      emit(s, k, b);
      return;
    }
  }
  emit(s, a, b);
}
