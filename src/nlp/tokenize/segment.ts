import { isSentenceFinal } from "./chars.js";
import { sentenceRanges } from "./sentences.js";
import { tokenize } from "./tokenizer.js";
import type { SentenceSpan, TokenizeOptions, TokenSpan } from "./types.js";

/** A token with the index of its sentence. */
export interface SentenceToken extends TokenSpan {
  sentence: number;
}

/** Sentences and tokens of a text. */
export interface Segmentation {
  sentences: SentenceSpan[];
  tokens: SentenceToken[];
}

/**
 * Tokenize `text` and split it into sentences. As in UD English EWT, an
 * abbreviation that ends a sentence gives up its final period as a token of
 * its own (`… in the U.S.` → `U.S` + `.`), so every sentence ends with its
 * punctuation.
 *
 * @example
 * const { sentences, tokens } = segment("Talks ended, etc. The ministers left.");
 * // tokens: Talks , ended , , , etc , . | The , ministers , left , .
 */
export function segment(text: string, options: TokenizeOptions = {}): Segmentation {
  const tokens = tokenize(text, 0, text.length, options);
  const ranges = sentenceRanges(text, tokens, options);
  const sentences: SentenceSpan[] = [];
  const out: SentenceToken[] = [];
  for (const [index, { first, end }] of ranges.entries()) {
    for (let k = first; k < end; k++) {
      const token = tokens[k]!;
      if (k === end - 1 && endsWithAbbreviationPeriod(token.text)) {
        out.push({ start: token.start, end: token.end - 1, text: token.text.slice(0, -1), sentence: index });
        out.push({ start: token.end - 1, end: token.end, text: ".", sentence: index });
      } else {
        const placed: SentenceToken = {
          start: token.start,
          end: token.end,
          text: token.text,
          sentence: index,
        };
        if (token.contraction) placed.contraction = true;
        out.push(placed);
      }
    }
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    sentences.push({ start, end: stop, text: text.slice(start, stop) });
  }
  return { sentences, tokens: out };
}

/** Whether `word` is a word with a final period (`U.S.`, `etc.`), not punctuation alone (`...`). */
function endsWithAbbreviationPeriod(word: string): boolean {
  if (word.length < 2 || !word.endsWith(".")) return false;
  for (let k = 0; k < word.length; k++) if (!isSentenceFinal(word.charCodeAt(k))) return true;
  return false;
}
