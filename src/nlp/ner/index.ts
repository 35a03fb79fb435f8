/**
 * Named-entity recognition: PER, ORG, LOC and MISC spans (CoNLL-2003
 * conventions) from a greedy averaged-perceptron sequence model over BILOU
 * labels with word, shape, affix, context, gazetteer and document-level
 * features. See `docs/models.md` (kind `ner`) and `data/nlp/ner/README.md`.
 *
 * @example
 * import { loadNerRecognizer } from "./nlp/ner/index.js";
 * const [spans] = loadNerRecognizer().recognize([["Antony", "Blinken", "visited", "China", "."]]);
 * // [{start:0,end:2,type:"PER"},{start:3,end:4,type:"LOC"}]
 */
export { type NerDocument, type NerSentence, parseConll2003, readConll2003 } from "./conll.js";
export {
  addGazetteerList,
  defaultGazetteer,
  defaultGazetteerDir,
  Gazetteer,
  loadGazetteer,
} from "./gazetteer.js";
export {
  loadNerRecognizer,
  NER_FEATURE_VERSION,
  NER_MODEL_FILE,
  NER_MODEL_KIND,
  readNerModel,
  saveNerModel,
} from "./io.js";
export { NerRecognizer } from "./recognizer.js";
export { formatScores, type NerScores, NerScorer, type PrfScore } from "./score.js";
export {
  bilouFromSpans,
  bioFromSpans,
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  spansFromBilou,
  spansFromBio,
  spansFromIob1,
  type TokenSpan,
} from "./tags.js";
export { type NerEpochReport, type NerTrainOptions, type NerTrainResult, trainNer } from "./train.js";
