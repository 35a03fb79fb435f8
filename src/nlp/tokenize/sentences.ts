/**
 * Sentence splitting over tokens. A sentence ends:
 *
 * - at a blank line (a paragraph break);
 * - at a single line break, unless the line is clearly cut mid-sentence (it
 *   ends with a comma, a connecting word or a title such as `Mr.`, or the
 *   next line starts in lower case), so headlines, bullet and list lines
 *   without final punctuation are sentences of their own;
 * - after `.`, `!`, `?`, `…` and their runs (with any closing quotes and
 *   brackets written against them), unless a comma or another stop follows,
 *   the stop closes a list number (`1.`), a closed quotation is followed by
 *   a lower-case word (`"We will win!" he said`), or the stop is written
 *   against a lower-case word or digit (`fun...now`); after an ellipsis only
 *   before a capital;
 * - after a URL, e-mail address or emoticon followed by a capitalised word,
 *   as web text often ends a sentence with one and no punctuation;
 * - after an abbreviation or initial with a final period (`U.S.`, `etc.`,
 *   `X.`) only when the next word is a capitalised word that starts
 *   sentences (`The`, `But`), so names continue (`U.S. Army`, `J. K.
 *   Rowling`); never after a title (`Mr.`).
 */
import {
  isClosingPunct,
  isDigit,
  isLineBreak,
  isLowerAt,
  isOpeningPunct,
  isSentenceFinal,
  isUpperAt,
} from "./chars.js";
import { abbreviationKind, defaultTokenizerLexicon, type TokenizerLexicon } from "./lexicon.js";
import { tokenize } from "./tokenizer.js";
import type { ScanStats, SentenceSpan, TokenSpan } from "./types.js";

/** Options for sentence splitting. Every field has a default. */
export interface SplitOptions {
  /** The lists to use. Default: `data/nlp/tokenize/`, read once per process. */
  lexicon?: TokenizerLexicon;
  /** Receives the number of steps (tokens and gap characters examined). Default: not reported. */
  stats?: ScanStats;
}

/** A sentence as a range of token indices `[first, end)`. */
export interface SentenceRange {
  first: number;
  end: number;
}

/**
 * How a token can end a sentence: not at all, full stop, ellipsis, `!`/`?`,
 * abbreviation with a final period, or a token that often closes a line in
 * web text without punctuation (URL, e-mail address, emoticon).
 */
type Final = "none" | "stop" | "ellipsis" | "exclamation" | "abbreviation" | "line-end";

/** How `token` ends a sentence, if it can. */
function finalKind(token: TokenSpan, lexicon: TokenizerLexicon): Final {
  const t = token.text;
  const last = t.charCodeAt(t.length - 1);
  if (!isSentenceFinal(last)) return isLineEndToken(t, lexicon) ? "line-end" : "none";
  let allFinal = true;
  for (let k = 0; k < t.length && allFinal; k++) allFinal = isSentenceFinal(t.charCodeAt(k));
  if (allFinal) {
    if (t === ".") return "stop";
    if (t.includes("…") || t.startsWith("..")) return "ellipsis";
    return "exclamation";
  }
  if (last !== 0x2e) return "none";
  const kind = abbreviationKind(lexicon, t);
  if (kind === "title") return "none";
  return "abbreviation";
}

/** URLs, e-mail addresses and emoticons, which often end a sentence that has no final punctuation. */
function isLineEndToken(t: string, lexicon: TokenizerLexicon): boolean {
  if (t.length < 2) return false;
  if (lexicon.emoticons.has(t)) return true;
  const c = t.charCodeAt(0);
  if ((c === 0x77 || c === 0x57) && t.slice(0, 4).toLowerCase() === "www.") return true;
  if (t.includes("://")) return true;
  const at = t.indexOf("@");
  return at > 0 && t.indexOf(".", at) > at;
}

/** The number of line breaks in `text[a, b)` (`\r\n` counts once). */
function lineBreaks(text: string, a: number, b: number, stats: ScanStats): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    stats.steps++;
    const c = text.charCodeAt(k);
    if (c === 0x0d && text.charCodeAt(k + 1) === 0x0a) continue;
    if (isLineBreak(c)) n++;
  }
  return n;
}

const startsLower = (t: TokenSpan) => isLowerAt(t.text, 0, t.text.codePointAt(0) ?? 0);
const startsUpper = (t: TokenSpan) => isUpperAt(t.text, 0, t.text.codePointAt(0) ?? 0);
const isListNumber = (t: TokenSpan) =>
  t.text.length <= 3 && [...t.text].every((c) => isDigit(c.charCodeAt(0)));

/**
 * Group tokens into sentences, as index ranges. Linear in the number of
 * tokens and the length of the text between them.
 */
export function sentenceRanges(
  text: string,
  tokens: readonly TokenSpan[],
  options: SplitOptions = {},
): SentenceRange[] {
  const lexicon = options.lexicon ?? defaultTokenizerLexicon();
  const stats = options.stats ?? { steps: 0 };
  const ranges: SentenceRange[] = [];
  let first = 0;
  const close = (end: number) => {
    if (end > first) ranges.push({ first, end });
    first = end;
  };
  for (let k = 0; k < tokens.length; k++) {
    stats.steps++;
    const token = tokens[k]!;
    const next = tokens[k + 1];
    if (!next) break;
    const breaks = lineBreaks(text, token.end, next.start, stats);
    if (breaks >= 2) {
      close(k + 1);
      continue;
    }
    const kind = finalKind(token, lexicon);
    if (breaks === 1 && kind === "none") {
      if (!lineContinues(token, next, lexicon)) close(k + 1);
      continue;
    }
    if (kind === "none") continue;
    // Closing quotes and brackets written against the stop stay in the sentence.
    let last = k;
    while (last + 1 < tokens.length && closesAfter(tokens[last]!, tokens[last + 1]!)) {
      stats.steps++;
      last++;
    }
    const after = tokens[last + 1];
    if (!after) break;
    const newLine = lineBreaks(text, tokens[last]!.end, after.start, stats) > 0;
    if (after.start === tokens[last]!.end && continuesWithoutSpace(kind, after)) continue;
    // '"We will win!" he said': a quotation closed by its stop, then the reporting clause.
    if (!newLine && last > k && startsLower(after)) continue;
    if (newLine || startsSentence(kind, tokens, k, first, after, lexicon)) {
      close(last + 1);
      k = last;
    }
  }
  close(tokens.length);
  return ranges;
}

/**
 * Whether a stop written against the next word ("fun...now", "good.at")
 * is a typo inside a sentence. Against a capital ("talks.The") it is taken as
 * a boundary, as text scraped from separate blocks often loses the space.
 */
function continuesWithoutSpace(kind: Final, after: TokenSpan): boolean {
  return kind === "ellipsis" || startsLower(after) || isDigit(after.text.charCodeAt(0));
}

function closesAfter(previous: TokenSpan, token: TokenSpan): boolean {
  return token.start === previous.end && token.text.length === 1 && isClosingPunct(token.text.charCodeAt(0));
}

function lineContinues(token: TokenSpan, next: TokenSpan, lexicon: TokenizerLexicon): boolean {
  if (startsLower(next)) return true;
  if (lexicon.lineContinuations.has(token.text.toLowerCase())) return true;
  return abbreviationKind(lexicon, token.text) === "title";
}

/** Whether `after` starts a new sentence once token `k`, a possible end of kind `kind`, has been read. */
function startsSentence(
  kind: Final,
  tokens: readonly TokenSpan[],
  k: number,
  first: number,
  after: TokenSpan,
  lexicon: TokenizerLexicon,
): boolean {
  const c = after.text.charCodeAt(0);
  // "1. The pricing…": the stop closes a list number opening the sentence.
  if (kind === "stop" && k === first + 1 && isListNumber(tokens[first]!)) return false;
  if (kind === "abbreviation") return lexicon.sentenceStarters.has(after.text);
  if (c === 0x2c || c === 0x3b || c === 0x3a || (isClosingPunct(c) && !isOpeningPunct(c))) return false;
  // "(… job!)." — the sentence ends at the later stop.
  if (isSentenceFinal(c)) return false;
  if (kind === "ellipsis") return startsUpper(after) || isOpeningPunct(c);
  if (kind === "line-end") return startsUpper(after) && after.text !== "I";
  return true;
}

/**
 * Split `text` into sentences. `tokens` are its tokens from {@link tokenize}
 * (computed when omitted). Each sentence runs from its first token to its
 * last, so it never starts or ends with white space.
 *
 * @example
 * splitSentences("Mr. Lavrov arrived in the U.S. The talks begin today.").map((s) => s.text);
 * // ["Mr. Lavrov arrived in the U.S.", "The talks begin today."]
 */
export function splitSentences(
  text: string,
  tokens?: readonly TokenSpan[],
  options: SplitOptions = {},
): SentenceSpan[] {
  const toks = tokens ?? tokenize(text, 0, text.length, options.lexicon ? { lexicon: options.lexicon } : {});
  return sentenceRanges(text, toks, options).map(({ first, end }) => {
    const start = toks[first]!.start;
    const stop = toks[end - 1]!.end;
    return { start, end: stop, text: text.slice(start, stop) };
  });
}
