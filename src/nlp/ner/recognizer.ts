/**
 * The named-entity recogniser: a trained model plus the gazetteer it was
 * trained with, labelling the sentences of a document with PER, ORG, LOC and
 * MISC spans.
 */
import { DocumentDecoder } from "./decode.js";
import { prepareDocument } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { spansFromLabels } from "./labels.js";
import type { TokenSpan } from "./tags.js";
import type { NerWeights } from "./weights.js";

/** A recogniser ready to label documents. */
export class NerRecognizer {
  /**
   * @param weights - the trained weights.
   * @param gazetteer - the lists the model was trained with (null: none).
   */
  constructor(
    readonly weights: NerWeights,
    readonly gazetteer: Gazetteer | null,
  ) {}

  /**
   * Entity spans of each sentence of a document. Give a whole document at
   * once: the recogniser uses what earlier sentences said about a word and
   * whether it is written in lower case elsewhere.
   *
   * @example
   * recognizer.recognize([["Antony", "Blinken", "visited", "China", "."]])
   * // [[{start:0,end:2,type:"PER"},{start:3,end:4,type:"LOC"}]]
   */
  recognize(sentences: readonly (readonly string[])[]): TokenSpan[][] {
    const prepared = prepareDocument(sentences, this.gazetteer);
    const decoder = new DocumentDecoder(this.weights);
    return prepared.map((s) => spansFromLabels(decoder.decode(s)));
  }
}
