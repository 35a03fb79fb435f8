/**
 * The words the recogniser sees, built from the pipeline's tokens. The
 * tokenizer follows UD English and splits hyphenated words (`Anglo - Dutch`),
 * while CoNLL-2003, which the model is trained on, keeps them whole; so
 * tokens joined by hyphens with no space between are merged back into one
 * word, and every word remembers the tokens it covers.
 */
import type { Token } from "../../doc/types.js";

/** A recogniser word: its text and the document tokens `[first, last]` it covers. */
export interface NerWord {
  text: string;
  first: number;
  last: number;
}

/** A sentence's words. */
export type NerSentenceWords = NerWord[];

const HYPHEN = "-";

/**
 * Group the document's tokens by sentence and merge hyphen-joined runs
 * (`a`, `-`, `b` touching each other) into single words.
 */
export function recognizerWords(text: string, tokens: readonly Token[]): NerSentenceWords[] {
  const sentences: NerSentenceWords[] = [];
  let current: NerSentenceWords = [];
  let sentence = tokens[0]?.sentence ?? 0;
  /** The current word ends with a hyphen that joins it to this token. */
  let joinNext = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) {
      if (current.length > 0) sentences.push(current);
      current = [];
      sentence = t.sentence;
      joinNext = false;
    }
    const word = current[current.length - 1];
    if (word !== undefined && (joinNext || joinsAsHyphen(tokens, k))) {
      joinNext = !joinNext;
      word.last = k;
      word.text = text.slice(tokens[word.first]!.start, t.end);
      continue;
    }
    current.push({ text: t.text, first: k, last: k });
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Token `k` is a hyphen touching a word-like token on each side in the same sentence. */
function joinsAsHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    t.text === HYPHEN &&
    before !== undefined &&
    after !== undefined &&
    before.sentence === t.sentence &&
    after.sentence === t.sentence &&
    before.end === t.start &&
    after.start === t.end &&
    WORDLIKE_END.test(before.text) &&
    WORDLIKE_START.test(after.text)
  );
}

const WORDLIKE_END = /[\p{L}\p{N}]$/u;
const WORDLIKE_START = /^[\p{L}\p{N}]/u;
