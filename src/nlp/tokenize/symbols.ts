/**
 * Tokens that start with something other than a letter or digit: emoji,
 * emoticons, @mentions and #hashtags, elided words ('em, '90s) and clitics
 * written apart ('s), signed numbers (+44), lone file extensions (.doc),
 * runs of repeated punctuation (`...`, `!!!`, `?!`, `--`, `''`) and single
 * punctuation marks.
 */
import {
  codePointAt,
  isApostrophe,
  isAsciiLetter,
  isDigit,
  isEmojiModifierAt,
  isEmojiStartAt,
  isGroupingPunct,
  isPictographAt,
  isRegionalIndicatorAt,
  isWordAt,
  width,
} from "./chars.js";
import { CLITIC_SUFFIXES } from "./forms.js";
import { charAt, emit, type Scanner, wordAt, wordBefore } from "./scanner.js";

const ZERO_WIDTH_JOINER = 0x200d;

/** Tokenize from `i`, where a non-word, non-space code point `cp` starts; return the offset after the token. */
export function scanSymbol(s: Scanner, i: number, cp: number): number {
  const end =
    matchEmoji(s, i, cp) ??
    matchEmoticon(s, i) ??
    matchTag(s, i, cp) ??
    matchElision(s, i, cp) ??
    matchSignedNumber(s, i, cp) ??
    matchFileExtension(s, i, cp) ??
    matchRepeatedPunct(s, i, cp);
  emit(s, i, end);
  return end;
}

/** An emoji with its modifiers and zero-width-joined parts, or a flag (two regional indicators). */
function matchEmoji(s: Scanner, i: number, cp: number): number | null {
  if (!isEmojiStartAt(s.text, i, cp)) return null;
  let j = i + width(cp);
  if (isRegionalIndicatorAt(s.text, i, cp)) {
    const next = codePointAt(s.text, j, s.end);
    return isRegionalIndicatorAt(s.text, j, next) ? j + width(next) : j;
  }
  while (j < s.end) {
    s.stats.steps++;
    const next = codePointAt(s.text, j, s.end);
    if (isEmojiModifierAt(s.text, j, next)) {
      j += width(next);
      continue;
    }
    const joined = codePointAt(s.text, j + 1, s.end);
    if (next === ZERO_WIDTH_JOINER && isPictographAt(s.text, j + 1, joined)) {
      j += 1 + width(joined);
      continue;
    }
    break;
  }
  return j;
}

/** A listed emoticon, longest first, not followed by a letter or digit (`:)` but not the `:D` of `:Do`). */
function matchEmoticon(s: Scanner, i: number): number | null {
  const longest = Math.min(s.lexicon.longestEmoticon, s.end - i);
  for (let length = longest; length >= 2; length--) {
    s.stats.steps++;
    if (s.lexicon.emoticons.has(s.text.slice(i, i + length)) && !wordAt(s, i + length)) return i + length;
  }
  return null;
}

/** `@mention` or `#hashtag` at the start of a word (`#1` is a sign and a number). */
function matchTag(s: Scanner, i: number, cp: number): number | null {
  if ((cp !== 0x40 && cp !== 0x23) || wordBefore(s, i) || !wordAt(s, i + 1) || isDigit(charAt(s, i + 1)))
    return null;
  let j = i + 1;
  while (j < s.end) {
    s.stats.steps++;
    const next = codePointAt(s.text, j, s.end);
    if (!isWordAt(s.text, j, next)) break;
    j += width(next);
  }
  return j;
}

/** A word written with a leading apostrophe: two digits (`'72`, `'60s`), a listed elision (`'em`), a lone clitic (`'s`). */
function matchElision(s: Scanner, i: number, cp: number): number | null {
  if (!isApostrophe(cp) || wordBefore(s, i) || !wordAt(s, i + 1)) return null;
  let j = i + 1;
  while (j < s.end && j - i <= 8) {
    s.stats.steps++;
    const next = codePointAt(s.text, j, s.end);
    if (!isWordAt(s.text, j, next)) break;
    j += width(next);
  }
  if (wordAt(s, j)) return null;
  const word = s.text.slice(i + 1, j).toLowerCase();
  const decade =
    isDigit(charAt(s, i + 1)) && isDigit(charAt(s, i + 2)) && (j === i + 3 || word.endsWith("0s"));
  if (decade || s.lexicon.elisions.has(word) || CLITIC_SUFFIXES.has(word)) return j;
  return null;
}

/** A number with a leading `+` (`+44`, `+1`) at the start of a word. */
function matchSignedNumber(s: Scanner, i: number, cp: number): number | null {
  if (cp !== 0x2b || wordBefore(s, i) || !isDigit(charAt(s, i + 1))) return null;
  let j = i + 1;
  while (j < s.end) {
    s.stats.steps++;
    const c = s.text.charCodeAt(j);
    if (isDigit(c) || ((c === 0x2e || c === 0x2c) && isDigit(charAt(s, j + 1)))) j++;
    else break;
  }
  return j;
}

/** A file extension or domain suffix written alone after a bracket or quote (`(draft).doc`, `.com`). */
function matchFileExtension(s: Scanner, i: number, cp: number): number | null {
  if (cp !== 0x2e || wordBefore(s, i)) return null;
  let j = i + 1;
  while (j < s.end && j - i <= 6 && isAsciiLetter(s.text.charCodeAt(j))) j++;
  if (j - i < 3 || wordAt(s, j)) return null;
  return s.lexicon.domainSuffixes.has(s.text.slice(i + 1, j).toLowerCase()) ? j : null;
}

const isStopMark = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;

/** A run of one repeated punctuation mark (`--`, `''`, `>>`), or of `.`, `!` and `?` mixed (`...`, `?!`, `.?`); else one code point. */
function matchRepeatedPunct(s: Scanner, i: number, cp: number): number {
  let j = i + width(cp);
  // Two single curly quotes stand for a double one (‘’ or ’’).
  if ((cp === 0x2018 || cp === 0x2019) && (charAt(s, j) === 0x2018 || charAt(s, j) === 0x2019)) return j + 1;
  if (!isGroupingPunct(cp)) return j;
  const stop = isStopMark(cp);
  while (j < s.end) {
    s.stats.steps++;
    const c = s.text.charCodeAt(j);
    if (c === cp || (stop && isStopMark(c))) j++;
    else break;
  }
  return j;
}
