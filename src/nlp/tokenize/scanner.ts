import { codePointAt, isWordAt } from "./chars.js";
import type { TokenizerLexicon } from "./lexicon.js";
import type { ScanStats, TokenSpan } from "./types.js";

/** The state of one tokenizer run over `text[start, end)`. */
export interface Scanner {
  readonly text: string;
  /** Nothing before this offset is looked at. */
  readonly start: number;
  /** Nothing at or after this offset is looked at. */
  readonly end: number;
  readonly lexicon: TokenizerLexicon;
  readonly out: TokenSpan[];
  readonly stats: ScanStats;
}

/** Append the token `text[a, b)` (nothing when empty). */
export function emit(s: Scanner, a: number, b: number, contraction = false): void {
  if (b <= a) return;
  const token: TokenSpan = { start: a, end: b, text: s.text.slice(a, b) };
  if (contraction) token.contraction = true;
  s.out.push(token);
}

/** The code point ending just before `i`, or -1 at the scanner's start. */
export function codePointBefore(s: Scanner, i: number): number {
  if (i <= s.start) return -1;
  const c = s.text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= s.start) {
    const h = s.text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** Whether a word character ends just before `i`. */
export function wordBefore(s: Scanner, i: number): boolean {
  const cp = codePointBefore(s, i);
  if (cp < 0) return false;
  return isWordAt(s.text, cp > 0xffff ? i - 2 : i - 1, cp);
}

/** Whether a word character starts at `i` (inside the scanner's range). */
export function wordAt(s: Scanner, i: number): boolean {
  const cp = codePointAt(s.text, i, s.end);
  return cp >= 0 && isWordAt(s.text, i, cp);
}

/** The character code at `i`, or -1 outside the scanner's range. */
export function charAt(s: Scanner, i: number): number {
  return i >= s.start && i < s.end ? s.text.charCodeAt(i) : -1;
}
