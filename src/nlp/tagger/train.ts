/**
 * Training of the part-of-speech tagger: an averaged perceptron over the
 * templates of `features.ts`, greedy, optionally stacked on a guide pass
 * that reads right to left, with a jackknifed ambiguity-class lexicon so
 * training sees unknown-word conditions as tagging will.
 */
import { DEFAULT_LEXICON_OPTIONS } from "./lexicon.js";
import { type EpochReport, type SharedTrainingOptions, type TaggerPassOptions, trainPass } from "./pass.js";
import type { PosTagger } from "./tagger.js";
import type { TaggedSentence, TaggingScores } from "./training-data.js";

export type { EpochReport, LabelSet, TaggerPassOptions } from "./pass.js";
export {
  scoreTagger,
  seededRandom,
  type TaggedSentence,
  type TaggingScores,
  taggedSentences,
} from "./training-data.js";

/** Settings of a training run, each with a documented default in {@link DEFAULT_TAGGER_TRAINING}. */
export interface TaggerTrainingOptions extends SharedTrainingOptions {
  /** The final pass (always predicts joint labels). */
  main: TaggerPassOptions;
  /**
   * A first pass the main one is stacked on, or null. Its labels on the
   * training data come from models trained without the sentence's fold.
   */
  guide: TaggerPassOptions | null;
}

/** Defaults tuned on the EWT development set. */
export const DEFAULT_TAGGER_TRAINING: Readonly<TaggerTrainingOptions> = {
  main: { reverse: false, labels: "joint", epochs: 8, bags: 3 },
  guide: { reverse: true, labels: "upos", epochs: 8, bags: 1 },
  seed: 1,
  folds: 5,
  minFeatureCount: 2,
  excludeTemplates: [],
  lexicon: DEFAULT_LEXICON_OPTIONS,
};

/** A trained tagger and the story of its training. */
export interface TrainedTagger {
  tagger: PosTagger;
  /** The epoch of the main pass that was kept. */
  bestEpoch: number;
  /** Scores of every epoch of the main pass. */
  epochs: EpochReport[];
  /** Dev scores of the tagger returned. */
  dev: TaggingScores;
  /** The same for the guide pass, if any. */
  guide: { bestEpoch: number; epochs: EpochReport[] } | null;
}

/** A trained guide pass and its jackknifed labels for the training sentences. */
export interface GuideLabels {
  /** The guide as it runs at tagging time (trained on all the training data). */
  guide: PosTagger;
  /** For each training sentence, the labels of a guide trained without that sentence's fold. */
  guides: Int32Array[];
  bestEpoch: number;
  epochs: EpochReport[];
}

/**
 * Train the guide pass on all of `train` (keeping its best epoch on `dev`),
 * then once per fold without that fold, to label the fold's sentences as
 * an unseen text would be labelled.
 */
export function trainGuide(
  train: readonly TaggedSentence[],
  dev: readonly TaggedSentence[],
  pass: TaggerPassOptions,
  options: TaggerTrainingOptions,
  log: (line: string) => void = () => {},
): GuideLabels {
  const full = trainPass(train, dev, pass, null, options, log);
  const guides: Int32Array[] = new Array(train.length);
  for (let k = 0; k < options.folds; k++) {
    const rest = train.filter((_, si) => si % options.folds !== k);
    const fold = trainPass(rest, null, { ...pass, epochs: full.bestEpoch, bags: 1 }, null, options, () => {});
    for (let si = k; si < train.length; si += options.folds)
      guides[si] = fold.tagger.tagIds(train[si]!.words);
    log(`guide fold ${k + 1}/${options.folds} labelled`);
  }
  return { guide: full.tagger, guides, bestEpoch: full.bestEpoch, epochs: full.epochs };
}

/**
 * Train a tagger, scoring every epoch on `dev` and keeping the best. With a
 * guide pass (see {@link trainGuide}; pass `guide` to reuse one already
 * trained with the same data and options), the main pass reads the guide's
 * labels as features.
 *
 * @example
 * const train = taggedSentences(readConllu(trainPath));
 * const { tagger } = trainTagger(train, taggedSentences(readConllu(devPath)));
 */
export function trainTagger(
  train: readonly TaggedSentence[],
  dev: readonly TaggedSentence[],
  options: TaggerTrainingOptions = DEFAULT_TAGGER_TRAINING,
  log: (line: string) => void = () => {},
  guide?: GuideLabels,
): TrainedTagger {
  let labels: GuideLabels | null = guide ?? null;
  if (labels === null && options.guide !== null) {
    log("guide pass:");
    labels = trainGuide(train, dev, options.guide, options, log);
  }
  if (labels !== null) log("main pass:");
  const stacking = labels === null ? null : { guides: labels.guides, guide: labels.guide };
  const main = trainPass(train, dev, options.main, stacking, options, log);
  return {
    tagger: main.tagger,
    bestEpoch: main.bestEpoch,
    epochs: main.epochs,
    dev: main.dev!,
    guide: labels === null ? null : { bestEpoch: labels.bestEpoch, epochs: labels.epochs },
  };
}
