/**
 * Training the recogniser: greedy averaged-perceptron learning over whole
 * documents (so document-level features see what a tagger would see),
 * shuffling documents each epoch with a seeded generator, evaluating the
 * averaged, pruned and quantised weights after every epoch and keeping the
 * best epoch on a selection set.
 */
import type { NerDocument } from "./conll.js";
import { DocumentDecoder } from "./decode.js";
import { type PreparedSentence, prepareDocument } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { labelsFromSpans, NUM_LABELS, spansFromLabels } from "./labels.js";
import { TrainingWeights } from "./perceptron.js";
import { NerRecognizer } from "./recognizer.js";
import { type NerScores, NerScorer } from "./score.js";
import type { TokenSpan } from "./tags.js";
import { NerWeights, packWeights } from "./weights.js";
import { seededRandom } from "../../util/random.js";

/** Settings of a training run. */
export interface NerTrainOptions {
  epochs: number;
  seed: number;
  /** Averaged weights smaller than this in magnitude are dropped from the model. */
  pruneBelow: number;
  gazetteer: Gazetteer | null;
  /** Documents scored after each epoch, by name (e.g. `heldout`, `dev`). */
  evaluate: Record<string, readonly NerDocument[]>;
  /** The name in `evaluate` whose F1 picks the epoch kept; none: keep the last epoch. */
  select?: string;
  /** Called after each epoch. */
  onEpoch?: (report: NerEpochReport) => void;
}

/** What one epoch achieved. */
export interface NerEpochReport {
  epoch: number;
  /** Words whose label was wrong during the epoch's training pass. */
  trainErrors: number;
  trainWords: number;
  /** Features kept in the packed model. */
  features: number;
  seconds: number;
  scores: Record<string, NerScores>;
}

/** The outcome of training. */
export interface NerTrainResult {
  recognizer: NerRecognizer;
  /** The epoch kept (1-based). */
  epoch: number;
  epochs: NerEpochReport[];
}

interface PreparedDocument {
  sentences: PreparedSentence[];
  gold: TokenSpan[][];
}

/** Analyse documents once so every epoch reuses their static features. */
function prepare(docs: readonly NerDocument[], gazetteer: Gazetteer | null): PreparedDocument[] {
  return docs.map((d) => ({
    sentences: prepareDocument(
      d.sentences.map((s) => s.words),
      gazetteer,
    ),
    gold: d.sentences.map((s) => s.spans),
  }));
}

export { seededRandom };

/** Score a recogniser's weights on prepared documents. */
function score(weights: NerWeights, docs: readonly PreparedDocument[]): NerScores {
  const scorer = new NerScorer();
  for (const d of docs) {
    const decoder = new DocumentDecoder(weights);
    d.sentences.forEach((s, k) => scorer.add(d.gold[k]!, spansFromLabels(decoder.decode(s))));
  }
  return scorer.scores();
}

/** Train a recogniser on `train` (see {@link NerTrainOptions}). */
export function trainNer(train: readonly NerDocument[], options: NerTrainOptions): NerTrainResult {
  const docs = prepare(train, options.gazetteer);
  const evalSets = Object.entries(options.evaluate).map(([name, d]) => ({
    name,
    docs: prepare(d, options.gazetteer),
  }));
  const weights = new TrainingWeights(NUM_LABELS);
  const random = seededRandom(options.seed);
  const order = docs.map((_, k) => k);
  const epochs: NerEpochReport[] = [];
  let best: { f1: number; weights: NerWeights; epoch: number } | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const t0 = performance.now();
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let errors = 0;
    let words = 0;
    for (const k of order) {
      const d = docs[k]!;
      const decoder = new DocumentDecoder(weights);
      d.sentences.forEach((s, i) => {
        const gold = labelsFromSpans(s.info.length, d.gold[i]!);
        decoder.decode(s, {
          gold,
          update: (hashes, count, g, guess) => {
            words++;
            if (g !== guess) errors++;
            weights.update(hashes, count, g, guess);
          },
        });
      });
    }
    const packed = new NerWeights(packWeights(weights.averaged(), NUM_LABELS, options.pruneBelow));
    const scores: Record<string, NerScores> = {};
    for (const set of evalSets) scores[set.name] = score(packed, set.docs);
    const report: NerEpochReport = {
      epoch,
      trainErrors: errors,
      trainWords: words,
      features: packed.size,
      seconds: (performance.now() - t0) / 1000,
      scores,
    };
    epochs.push(report);
    options.onEpoch?.(report);
    const f1 = options.select === undefined ? epoch : (scores[options.select]?.overall.f1 ?? 0);
    if (best === null || f1 > best.f1) best = { f1, weights: packed, epoch };
  }
  if (best === null) throw new Error("trainNer: epochs must be at least 1");
  return { recognizer: new NerRecognizer(best.weights, options.gazetteer), epoch: best.epoch, epochs };
}
