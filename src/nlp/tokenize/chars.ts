/**
 * Character classes for the tokenizer, by code point. Every test looks at one
 * code point (sticky regular expressions with no repetition), so each costs
 * constant time whatever the input.
 */

const WORD = /[\p{L}\p{M}\p{N}]/uy;
const UPPER = /[\p{Lu}\p{Lt}]/uy;
const LOWER = /\p{Ll}/uy;
const PICTOGRAPH = /\p{Extended_Pictographic}/uy;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/uy;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/uy;

function testAt(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

/** The code point at `i`, or -1 at or past `end`. A lone surrogate is returned as itself. */
export function codePointAt(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The number of UTF-16 code units of code point `cp`. */
export function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/**
 * Whether `cp` separates tokens and belongs to none: white space, line and
 * paragraph separators, control characters, zero-width spaces, the byte-order
 * mark, and lone surrogates (scrape noise).
 */
export function isSeparator(cp: number): boolean {
  if (cp <= 0x20) return true;
  if (cp < 0x7f) return false;
  if (cp <= 0xa0) return true; // DEL, C1 controls, no-break space
  if (cp < 0x1680) return cp === 0x85;
  return (
    cp === 0x1680 ||
    cp === 0x180e ||
    (cp >= 0x2000 && cp <= 0x200b) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x2060 ||
    cp === 0x3000 ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff)
  );
}

/** Whether `cp` is a line break. */
export function isLineBreak(cp: number): boolean {
  return (
    cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029
  );
}

/** Whether `cp` is an ASCII digit. */
export function isDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}

/** Whether `cp` is an ASCII letter. */
export function isAsciiLetter(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
}

/**
 * Whether the code point at `i` can be part of a word: a letter, mark or
 * digit of any script, `_`, or a joiner or soft hyphen inside a word.
 */
export function isWordAt(text: string, i: number, cp: number): boolean {
  if (cp < 0x80) return isAsciiLetter(cp) || isDigit(cp) || cp === 0x5f;
  if (cp === 0xad || cp === 0x200c || cp === 0x200d) return true;
  return testAt(WORD, text, i);
}

/** Whether the code point at `i` is an upper- or title-case letter. */
export function isUpperAt(text: string, i: number, cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return testAt(UPPER, text, i);
}

/** Whether the code point at `i` is a lower-case letter. */
export function isLowerAt(text: string, i: number, cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return testAt(LOWER, text, i);
}

/** Whether the code point at `i` starts an emoji (a pictograph or a regional-indicator letter). */
export function isEmojiStartAt(text: string, i: number, cp: number): boolean {
  if (cp < 0xa9) return false;
  return testAt(PICTOGRAPH, text, i) || testAt(REGIONAL_INDICATOR, text, i);
}

/** Whether the code point at `i` is a regional-indicator letter (two make a flag). */
export function isRegionalIndicatorAt(text: string, i: number, cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff && testAt(REGIONAL_INDICATOR, text, i);
}

/** Whether the code point at `i` is a pictograph (may follow a zero-width joiner in an emoji). */
export function isPictographAt(text: string, i: number, cp: number): boolean {
  return cp >= 0xa9 && testAt(PICTOGRAPH, text, i);
}

/** Whether `cp` modifies the emoji before it: variation selectors, skin tones, keycap, tags. */
export function isEmojiModifierAt(text: string, i: number, cp: number): boolean {
  if (cp === 0xfe0f || cp === 0xfe0e || cp === 0x20e3) return true;
  if (cp >= 0xe0020 && cp <= 0xe007f) return true;
  return cp >= 0x1f3fb && cp <= 0x1f3ff && testAt(EMOJI_MODIFIER, text, i);
}

/** Apostrophes that can introduce a clitic: straight, right single quotation mark, backtick. */
export function isApostrophe(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x60;
}

/** Whether `cp` is a hyphen joining the parts of a compound (ASCII hyphen-minus or U+2010 hyphen). */
export function isHyphen(cp: number): boolean {
  return cp === 0x2d || cp === 0x2010;
}

/**
 * Characters that may sit between two word characters inside one scanned run
 * (`U.S`, `3,000`, `don't`, `long-term`, `and/or`, `AT&T`, `a@b`, `5:00`);
 * the run is then split or kept by the word rules.
 */
export function isConnector(cp: number): boolean {
  switch (cp) {
    case 0x2e: // .
    case 0x2c: // ,
    case 0x27: // '
    case 0x2019: // ’
    case 0x60: // `
    case 0x2d: // -
    case 0x2010: // ‐
    case 0x2f: // /
    case 0x26: // &
    case 0x40: // @
    case 0x3a: // :
      return true;
    default:
      return false;
  }
}

/** Punctuation that, repeated, forms one token (`...`, `!!!`, `?!`, `--`, `''`, `>>`). */
export function isGroupingPunct(cp: number): boolean {
  switch (cp) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x2d: // -
    case 0x2a: // *
    case 0x3d: // =
    case 0x7e: // ~
    case 0x23: // #
    case 0x2b: // +
    case 0x3c: // <
    case 0x3e: // >
    case 0x5e: // ^
    case 0x7c: // |
    case 0x5c: // \
    case 0x2f: // /
    case 0x27: // '
    case 0x60: // `
    case 0x2026: // …
    case 0x2014: // —
    case 0x2013: // –
    case 0x2015: // ―
      return true;
    default:
      return false;
  }
}

/** Whether `cp` ends a sentence: full stop, question or exclamation mark, ellipsis (and their fullwidth forms). */
export function isSentenceFinal(cp: number): boolean {
  return (
    cp === 0x2e ||
    cp === 0x21 ||
    cp === 0x3f ||
    cp === 0x2026 ||
    cp === 0x3002 ||
    cp === 0xff01 ||
    cp === 0xff1f ||
    cp === 0xff0e ||
    cp === 0x203c ||
    cp === 0x2047 ||
    cp === 0x2048 ||
    cp === 0x2049
  );
}

/** Closing quotation marks and brackets that stay with the sentence they close. */
export function isClosingPunct(cp: number): boolean {
  switch (cp) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x201d: // ”
    case 0x2019: // ’
    case 0xbb: // »
    case 0x203a: // ›
    case 0x300d: // 」
    case 0x300f: // 』
    case 0xff09: // ）
      return true;
    default:
      return false;
  }
}

/** Opening quotation marks and brackets. */
export function isOpeningPunct(cp: number): boolean {
  switch (cp) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x201e: // „
    case 0x201a: // ‚
    case 0xab: // «
    case 0x2039: // ‹
    case 0x300c: // 「
    case 0x300e: // 『
    case 0xff08: // （
    case 0x60: // `
      return true;
    default:
      return false;
  }
}
