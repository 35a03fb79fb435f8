import type { TokenizerLexicon } from "./lexicon.js";

/**
 * A token: a `[start, end)` span of UTF-16 offsets into the text it was read
 * from, and the matched surface string (`text === source.slice(start, end)`).
 */
export interface TokenSpan {
  start: number;
  end: number;
  text: string;
  /**
   * True when the token was split off the token before it inside one written
   * word (`n't` of "don't", `'s` of "Russia's", `na` of "gonna"): the two are
   * one surface token but two syntactic words, as a UD multiword token.
   */
  contraction?: true;
}

/** A sentence: a `[start, end)` span of the text, from its first token to its last. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A count of the characters the tokenizer examined, to check that its work
 * grows linearly with the input (every scanning loop adds one per step).
 */
export interface ScanStats {
  steps: number;
}

/** Options for {@link tokenize}. Every field has a default. */
export interface TokenizeOptions {
  /** The lists to use. Default: `data/nlp/tokenize/`, read once per process. */
  lexicon?: TokenizerLexicon;
  /** Receives the number of scanning steps. Default: not reported. */
  stats?: ScanStats;
}
