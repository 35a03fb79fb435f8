/**
 * Reader for CoNLL-2003 NER files (`word POS chunk NER` a line, a blank line
 * between sentences, `-DOCSTART-` lines between documents, IOB1 tags). Only
 * the words and the entity spans are kept: the POS and chunk columns are not
 * available at run time and are never used as features.
 */
import { readFileSync } from "node:fs";
import { ChanceryError } from "../../errors.js";
import { spansFromIob1, type TokenSpan } from "./tags.js";

/** A sentence of words with its gold entity spans. */
export interface NerSentence {
  words: string[];
  spans: TokenSpan[];
}

/** A document: the sentences between two `-DOCSTART-` lines. */
export interface NerDocument {
  sentences: NerSentence[];
}

/**
 * Parse CoNLL-2003 text into documents. Text before the first `-DOCSTART-`
 * (or a file without any) forms a document of its own.
 *
 * @param item - a name for error messages (usually the file path).
 */
export function parseConll2003(text: string, item = "conll"): NerDocument[] {
  const docs: NerDocument[] = [];
  let doc: NerDocument = { sentences: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) doc.sentences.push({ words, spans: spansFromIob1(tags) });
    words = [];
    tags = [];
  };
  const endDocument = () => {
    endSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === "") {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      endDocument();
      continue;
    }
    if (cols.length < 2) {
      throw new ChanceryError("CH_DATA_INVALID", `line ${n + 1}: expected "word … NER-tag"`, { item });
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  endDocument();
  return docs;
}

/** Read a CoNLL-2003 file (see {@link parseConll2003}). */
export function readConll2003(path: string): NerDocument[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ChanceryError("CH_INPUT_UNREADABLE", `cannot read ${path}`, { item: path, cause: err });
  }
  return parseConll2003(text, path);
}
