/**
 * Training the parser: an averaged perceptron taught by the arc-eager dynamic
 * oracle with error exploration (Goldberg & Nivre 2012). At each decision the
 * model's best transition is compared with the best zero-cost one; on a
 * mistake the perceptron is updated, and from the exploration epoch on the
 * parser follows its own (wrong) choice with some probability, so it learns
 * to recover from the configurations its mistakes lead to.
 *
 * The score of a labelled arc sums the label-specific weights of some
 * features and the move weights of the others (see `layout.ts`), so a mistake
 * updates the former on the two labelled classes and the latter on the two moves.
 */
import { SentenceAtoms } from "./atoms.js";
import { bestValid, foldMoveScores, forcedTransition } from "./decode.js";
import { extractFeatures, MAX_FEATURES } from "./features.js";
import { FEATURE_LAYOUTS, type FeatureLayout, labelledKeys } from "./layout.js";
import { ParserLexicon } from "./lexicon.js";
import { type GoldTree, projectivize, transitionCosts } from "./oracle.js";
import { DependencyParser } from "./parser.js";
import { ParseState, TransitionSet } from "./system.js";
import { TrainingWeights } from "./training-weights.js";
import { type AttachmentScores, attachmentScores, type TreebankSentence } from "./treebank.js";
import { CompactWeights, type WeightArrays } from "./weights.js";
import { seededRandom } from "../../util/random.js";

/** Settings of a training run. */
export interface ParserTrainingOptions {
  /** Passes over the training data; the epoch with the best development LAS is kept. */
  epochs: number;
  /** Seed of the shuffling and exploration random numbers. */
  seed: number;
  /** First epoch (1-based) in which the parser may follow its own mistakes. */
  explorationEpoch: number;
  /** Probability of following a wrong prediction once exploring. */
  explorationProbability: number;
  /** Words seen fewer times in training share the unknown-word atom. */
  minWordCount: number;
  /** Quantised weights of smaller magnitude are dropped from the model (1 keeps every nonzero one). */
  minWeight: number;
  /** Which templates get move-only weights (see `layout.ts`). */
  layout: FeatureLayout;
}

/** Defaults chosen on the EWT development set. */
export const DEFAULT_PARSER_TRAINING: Readonly<ParserTrainingOptions> = {
  epochs: 13,
  seed: 1,
  explorationEpoch: 2,
  explorationProbability: 0.9,
  minWordCount: 2,
  minWeight: 1,
  layout: FEATURE_LAYOUTS.hybrid,
};

/** What one epoch did. */
export interface ParserEpochReport {
  epoch: number;
  /** Decisions scored (forced transitions excluded). */
  decisions: number;
  /** Decisions that were wrong and caused an update. */
  updates: number;
  /** Features with a weight after the epoch. */
  features: number;
  /** Development scores of the averaged weights. */
  dev: AttachmentScores;
  seconds: number;
}

/** The result of training. */
export interface TrainedParser {
  /** The parser of the best epoch. */
  parser: DependencyParser;
  /** Its quantised weights, ready to be written. */
  weights: WeightArrays;
  /** The factor the weights were multiplied by before rounding. */
  scale: number;
  /** The epoch kept. */
  epoch: number;
  reports: ParserEpochReport[];
  /** Training sentences whose tree had to be made projective, and the arcs lifted. */
  nonProjective: { sentences: number; lifts: number };
}

export { seededRandom };

/**
 * The label inventory of training trees, with the directions each label was
 * seen in once the trees are made projective (lifting can turn an arc around).
 */
export function transitionsFor(sentences: readonly TreebankSentence[]): TransitionSet {
  const names = new Set<string>(["root"]);
  for (const s of sentences) for (const l of s.labels) names.add(l);
  const labels = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const id = new Map(labels.map((l, i) => [l, i]));
  const left = new Uint8Array(labels.length);
  const right = new Uint8Array(labels.length);
  for (const s of sentences) {
    const n = s.heads.length;
    const { heads } = projectivize(Array.from(s.heads, (h) => (h < 0 ? n : h)));
    for (let i = 0; i < n; i++) {
      const h = heads[i]!;
      if (h === n) continue;
      const l = id.get(s.labels[i]!)!;
      if (i < h) left[l] = 1;
      else right[l] = 1;
    }
  }
  return new TransitionSet(labels, left, right);
}

/** The projective gold tree of a sentence (root token numbered `n`), and how many arcs were lifted. */
export function goldTree(sentence: TreebankSentence, set: TransitionSet): { tree: GoldTree; lifts: number } {
  const n = sentence.heads.length;
  const { heads, lifts } = projectivize(Array.from(sentence.heads, (h) => (h < 0 ? n : h)));
  const labels = Int32Array.from(sentence.labels, (l) => set.labelId(l));
  return { tree: { heads, labels }, lifts };
}

/**
 * Train a parser on `train`, scoring every epoch on `dev` and keeping the
 * best epoch by LAS. `onEpoch` is called after each epoch (for progress output).
 */
export function trainParser(
  train: readonly TreebankSentence[],
  dev: readonly TreebankSentence[],
  options: Partial<ParserTrainingOptions> = {},
  onEpoch?: (report: ParserEpochReport) => void,
): TrainedParser {
  const opts = { ...DEFAULT_PARSER_TRAINING, ...options };
  const lexicon = ParserLexicon.fromSentences(train, opts.minWordCount);
  const set = transitionsFor(train);
  const golds: GoldTree[] = [];
  const nonProjective = { sentences: 0, lifts: 0 };
  for (const s of train) {
    const { tree, lifts } = goldTree(s, set);
    golds.push(tree);
    if (lifts > 0) {
      nonProjective.sentences++;
      nonProjective.lifts += lifts;
    }
  }
  const weights = new TrainingWeights(set.numClasses);
  const layout = opts.layout;
  const labelled = labelledKeys(layout);
  const random = seededRandom(opts.seed);
  const order = Array.from(train, (_, i) => i);
  const state = new ParseState();
  const atoms = new SentenceAtoms();
  const keys = new Int32Array(MAX_FEATURES);
  const rows = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(set.numClasses);
  const costs = new Int32Array(set.numClasses);
  const reports: ParserEpochReport[] = [];
  let best: Omit<TrainedParser, "reports" | "nonProjective"> | undefined;
  let bestLas = Number.NEGATIVE_INFINITY;

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const started = performance.now();
    const explore = epoch >= opts.explorationEpoch ? opts.explorationProbability : 0;
    shuffle(order, random);
    let decisions = 0;
    let updates = 0;
    for (const index of order) {
      const sentence = train[index]!;
      const gold = golds[index]!;
      atoms.fill(lexicon, sentence.forms, sentence.upos, sentence.xpos);
      state.reset(sentence.forms.length);
      while (!state.terminal) {
        const forced = forcedTransition(state, set);
        if (forced >= 0) {
          state.apply(forced, set);
          continue;
        }
        const count = extractFeatures(state, atoms, keys);
        weights.lookup(keys, count, rows);
        scores.fill(0);
        weights.scoreRows(rows, count, scores);
        foldMoveScores(set, scores);
        transitionCosts(state, gold, set, costs);
        const guess = bestValid(state, set, scores);
        let next = guess;
        decisions++;
        if (costs[guess] !== 0) {
          const oracle = bestZeroCost(costs, scores);
          const classes = {
            gold: oracle,
            guess,
            goldMove: set.moveClass(oracle),
            guessMove: set.moveClass(guess),
          };
          weights.update(keys, rows, count, classes, labelled);
          updates++;
          if (explore === 0 || random() >= explore) next = oracle;
        }
        weights.tick();
        state.apply(next, set);
      }
    }
    const { arrays, scale } = weights.toArrays(opts.minWeight);
    const parser = new DependencyParser(lexicon, set, new CompactWeights(set.numClasses, arrays), layout);
    const devScores = attachmentScores(parser, dev);
    const report: ParserEpochReport = {
      epoch,
      decisions,
      updates,
      features: weights.features,
      dev: devScores,
      seconds: (performance.now() - started) / 1000,
    };
    reports.push(report);
    onEpoch?.(report);
    if (devScores.las > bestLas) {
      bestLas = devScores.las;
      best = { parser, weights: arrays, scale, epoch };
    }
  }
  if (best === undefined) throw new RangeError("training needs at least one epoch");
  return { ...best, reports, nonProjective };
}

/** The highest-scoring class of cost 0 (one always exists: the oracle is complete). */
function bestZeroCost(costs: Int32Array, scores: Float64Array): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < costs.length; c++) {
    if (costs[c] === 0 && scores[c]! > bestScore) {
      best = c;
      bestScore = scores[c]!;
    }
  }
  if (best < 0) throw new Error("dynamic oracle found no zero-cost transition");
  return best;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
}
