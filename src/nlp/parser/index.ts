/**
 * Labelled dependency parsing: a greedy arc-eager parser (root token at the
 * end of the buffer) whose averaged perceptron is trained with a dynamic
 * oracle and error exploration. See `io.ts` for the model file and
 * `scripts/train-parse.ts` for training.
 */
export { loadParser, PARSER_MODEL_FILE, PARSER_MODEL_KIND, parserFromModel, saveParser } from "./io.js";
export { FEATURE_LAYOUTS, type FeatureLayout } from "./layout.js";
export { DependencyParser, type DependencyTree, type ParseInput } from "./parser.js";
export {
  DEFAULT_PARSER_TRAINING,
  type ParserTrainingOptions,
  type TrainedParser,
  trainParser,
} from "./train.js";
export { type AttachmentScores, attachmentScores, fromConllu, type TreebankSentence } from "./treebank.js";
