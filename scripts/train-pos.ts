/**
 * Train the part-of-speech tagger and the lemmatizer on UD English-EWT and
 * write `models/pos.bin.gz` and `models/lemma.bin.gz`.
 *
 * Usage: node dist/scripts/train-pos.js [--ud DIR] [--out DIR] [--seed N] [--epochs N]
 *                                        [--folds N] [--bags N] [--no-guide] [--prune W]
 *
 * Prints the dev scores of every epoch, keeps the best epoch, and reports the
 * dev scores of the saved (pruned, quantised) models. Test data is not read.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readConllu } from "../src/nlp/conllu.js";
import { Lemmatizer, LEMMA_MODEL_FILE } from "../src/nlp/lemmatizer/lemmatizer.js";
import { chanceryRoot, readModelFile, writeModelFile } from "../src/nlp/model-io.js";
import { DEFAULT_TAGGER_SAVE, POS_MODEL_FILE, taggerFromModel, taggerToModel } from "../src/nlp/tagger/io.js";
import {
  DEFAULT_TAGGER_TRAINING,
  scoreTagger,
  taggedSentences,
  trainTagger,
} from "../src/nlp/tagger/train.js";
import { scoreLemmatizer } from "../src/eval/nlp/tagging.js";

const { values: args } = parseArgs({
  options: {
    ud: { type: "string", default: join(chanceryRoot(), "..", "shared", "ud", "UD_English-EWT") },
    out: { type: "string", default: join(chanceryRoot(), "models") },
    seed: { type: "string", default: String(DEFAULT_TAGGER_TRAINING.seed) },
    epochs: { type: "string" },
    bags: { type: "string", default: String(DEFAULT_TAGGER_TRAINING.main.bags) },
    folds: { type: "string", default: String(DEFAULT_TAGGER_TRAINING.folds) },
    "no-guide": { type: "boolean", default: false },
    prune: { type: "string", default: String(DEFAULT_TAGGER_SAVE.pruneBelow) },
  },
});

const trainPath = join(args.ud, "en_ewt-ud-train.conllu");
const devPath = join(args.ud, "en_ewt-ud-dev.conllu");
if (!existsSync(trainPath) || !existsSync(devPath)) {
  console.error(`train-pos: UD English-EWT not found in ${args.ud} (pass --ud DIR)`);
  process.exit(2);
}

/** The treebank's release as its README states it, e.g. `UD_English-EWT v2.15`. */
function treebankName(dir: string): string {
  try {
    const m = /English Web Treebank (v[0-9.]+)/.exec(readFileSync(join(dir, "README.md"), "utf8"));
    return m ? `UD_English-EWT ${m[1]}` : "UD_English-EWT";
  } catch {
    return "UD_English-EWT";
  }
}

const pct = (x: number): string => (100 * x).toFixed(2);
const started = performance.now();
const trainSentences = readConllu(trainPath);
const devSentences = readConllu(devPath);
const train = taggedSentences(trainSentences);
const dev = taggedSentences(devSentences);
const seed = Number(args.seed);
const options = {
  ...DEFAULT_TAGGER_TRAINING,
  seed,
  folds: Number(args.folds),
  main: { ...DEFAULT_TAGGER_TRAINING.main },
  guide:
    args["no-guide"] || DEFAULT_TAGGER_TRAINING.guide === null ? null : { ...DEFAULT_TAGGER_TRAINING.guide },
};
options.main.bags = Number(args.bags);
if (args.epochs !== undefined) {
  options.main.epochs = Number(args.epochs);
  if (options.guide !== null) options.guide.epochs = Number(args.epochs);
}
console.log(`train-pos: ${train.length} training and ${dev.length} dev sentences from ${args.ud}`);
const trained = trainTagger(train, dev, options, (line) => console.log(line));
console.log(`kept epoch ${trained.bestEpoch} of the main pass`);

mkdirSync(args.out, { recursive: true });
const data = `${treebankName(args.ud)} (en_ewt-ud-train.conllu; dev: en_ewt-ud-dev.conllu)`;
const date = new Date().toISOString().slice(0, 10);
const best = trained.dev;
const posFile = join(args.out, POS_MODEL_FILE);
const posModel = taggerToModel(
  trained.tagger,
  {
    trainingData: data,
    seed,
    epochs: trained.bestEpoch,
    devScores: {},
    date,
    guideEpochs: trained.guide?.bestEpoch ?? null,
    options: JSON.parse(JSON.stringify(options)),
    devScoresBeforePruning: { upos: best.upos, xpos: best.xpos, joint: best.joint },
  },
  { pruneBelow: Number(args.prune) },
);
// The dev scores recorded are those of the model as saved (pruned and quantised).
const saved = taggerFromModel(posModel);
const savedScores = scoreTagger(saved, dev);
posModel.metadata.devScores = { upos: savedScores.upos, xpos: savedScores.xpos, joint: savedScores.joint };
const posBytes = writeModelFile(posFile, posModel);
const reread = scoreTagger(taggerFromModel(readModelFile(posFile, "pos")), dev);
if (reread.joint !== savedScores.joint) throw new Error("train-pos: the model read back tags differently");
console.log(
  `saved ${posFile} (${(posBytes / 1e6).toFixed(2)} MB): dev UPOS ${pct(savedScores.upos)}  XPOS ${pct(savedScores.xpos)}` +
    ` (before pruning: ${pct(best.upos)} / ${pct(best.xpos)})`,
);

const lemmatizer = Lemmatizer.train(trainSentences);
const goldTags = scoreLemmatizer(lemmatizer, devSentences);
const predictedTags = scoreLemmatizer(lemmatizer, devSentences, saved);
const lemmaFile = join(args.out, LEMMA_MODEL_FILE);
const lemmaBytes = writeModelFile(
  lemmaFile,
  lemmatizer.toModel({
    trainingData: data,
    seed,
    epochs: 0,
    devScores: { lemmaGoldTags: goldTags, lemmaPredictedTags: predictedTags },
    date,
  }),
);
console.log(
  `saved ${lemmaFile} (${(lemmaBytes / 1e6).toFixed(2)} MB): dev lemma accuracy ${pct(goldTags)} with gold tags,` +
    ` ${pct(predictedTags)} with predicted tags`,
);
console.log(`train-pos: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
