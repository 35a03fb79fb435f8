/**
 * Tokenizer and sentence splitter following UD English EWT conventions.
 * See {@link tokenize}, {@link splitSentences} and {@link segment}.
 */
export {
  type AbbreviationKind,
  abbreviationKind,
  defaultLexiconDir,
  defaultTokenizerLexicon,
  loadTokenizerLexicon,
  type TokenizerLexicon,
} from "./lexicon.js";
export { type Segmentation, type SentenceToken, segment } from "./segment.js";
export { type SentenceRange, type SplitOptions, sentenceRanges, splitSentences } from "./sentences.js";
export { tokenize } from "./tokenizer.js";
export type { ScanStats, SentenceSpan, TokenizeOptions, TokenSpan } from "./types.js";
