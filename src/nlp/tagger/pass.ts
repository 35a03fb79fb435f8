/**
 * One tagging pass trained with the averaged perceptron: label table,
 * jackknifed lexicons, precomputed features, epochs scored on dev.
 */
import { type AtomLookup, AtomTable } from "./atoms.js";
import { greedyDecode, MAX_FEATURES } from "./decode.js";
import { FeatureTable } from "./feature-table.js";
import { dynamicKeys, KeyBuffer, SentenceContext, staticKeys } from "./features.js";
import { analyseWord, normalizeWord, PAD_END, PAD_START, padWord } from "./words.js";
import { LabelCounts, type LexiconOptions, TagLexicon } from "./lexicon.js";
import { AveragedPerceptron } from "./perceptron.js";
import { type PosLabel, PosTagger } from "./tagger.js";
import { TEMPLATE_ID, templateOf } from "./templates.js";
import { FeatureWeights } from "./weights.js";
import {
  scoreTagger,
  seededRandom,
  shuffled,
  type TaggedSentence,
  type TaggingScores,
} from "./training-data.js";

/** Which labels a tagging pass predicts. */
export type LabelSet = "joint" | "upos";

/** Settings of one tagging pass. */
export interface TaggerPassOptions {
  /** Read sentences right to left. */
  reverse: boolean;
  /** Predict UPOS+XPOS pairs, or UPOS alone (only useful as a guide for a later pass). */
  labels: LabelSet;
  /** Passes over the training data; the epoch best on dev is kept. */
  epochs: number;
  /**
   * Perceptrons trained on differently shuffled data whose weights are
   * averaged (1: a single one). More cost a little training time each and
   * make the model steadier.
   */
  bags: number;
}

/** Settings every pass of a training run shares. */
export interface SharedTrainingOptions {
  /** Seed of the per-epoch shuffle of training sentences. */
  seed: number;
  /** Folds for jackknifing the ambiguity-class lexicon and the guide's labels. */
  folds: number;
  /** A feature must occur this often in the training data to get weights. */
  minFeatureCount: number;
  /** Feature templates (by name, see `templates.ts`) to leave out. */
  excludeTemplates: readonly string[];
  lexicon: LexiconOptions;
}

/** Scores after one epoch. */
export interface EpochReport {
  /** The shuffle seed of the perceptron (bags differ by seed). */
  bag: number;
  epoch: number;
  /** Share of training words tagged right during the epoch (before its updates). */
  trainAccuracy: number;
  dev: TaggingScores;
  seconds: number;
}

/** One trained pass. */
export interface PassResult {
  tagger: PosTagger;
  /** The epoch kept (of the first bag, when several are averaged). */
  bestEpoch: number;
  /** Every scored epoch of every bag. */
  epochs: EpochReport[];
  /** Dev scores of the tagger returned, when dev data was given. */
  dev: TaggingScores | null;
}

const labelKey = (set: LabelSet, upos: string, xpos: string): string =>
  set === "joint" ? `${upos} ${xpos}` : upos;

/** The label table: every label of the training data, most frequent first. */
function labelTable(
  train: readonly TaggedSentence[],
  set: LabelSet,
): { labels: PosLabel[]; index: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const s of train) {
    for (let i = 0; i < s.words.length; i++) {
      const k = labelKey(set, s.upos[i]!, s.xpos[i]!);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const keys = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const labels = keys.map((k) => {
    const [upos = "", xpos = "_"] = k.split(" ");
    return { upos, xpos };
  });
  return { labels, index: new Map(keys.map((k, i) => [k, i])) };
}

/** Lexicons for each jackknife fold (built without that fold) and one from all the data. */
function jackknifedLexicons(
  gold: readonly Int32Array[],
  train: readonly TaggedSentence[],
  options: SharedTrainingOptions,
): { folds: TagLexicon[]; full: TagLexicon } {
  const perFold = Array.from({ length: options.folds }, () => new LabelCounts());
  const all = new LabelCounts();
  train.forEach((s, si) => {
    const fold = perFold[si % options.folds]!;
    s.words.forEach((w, i) => {
      const n = normalizeWord(w);
      fold.add(n, gold[si]![i]!);
      all.add(n, gold[si]![i]!);
    });
  });
  const folds = perFold.map((_, k) => {
    const rest = new LabelCounts();
    perFold.forEach((other, j) => {
      if (j !== k) rest.merge(other);
    });
    return TagLexicon.fromCounts(rest, options.lexicon);
  });
  return { folds, full: TagLexicon.fromCounts(all, options.lexicon) };
}

/** A training sentence with its features precomputed (in the pass's reading order). */
interface PreparedSentence {
  context: SentenceContext;
  gold: Int32Array;
  fixed: Int32Array;
  /** Static feature ids of word i: `ids[starts[i] … starts[i+1])`. */
  starts: Int32Array;
  ids: Int32Array;
}

const inOrder = <T extends { slice(): T; reverse(): T }>(xs: T, reverse: boolean): T =>
  reverse ? xs.slice().reverse() : xs;

/**
 * Train one pass. With `dev`, every epoch is scored and the best kept;
 * without, the last epoch is kept. `guides` are the guide pass's labels for
 * the training sentences and `guide` the pass that produces them at run time.
 */
export function trainPass(
  train: readonly TaggedSentence[],
  dev: readonly TaggedSentence[] | null,
  pass: TaggerPassOptions,
  stacking: { guides: readonly Int32Array[]; guide: PosTagger } | null,
  options: SharedTrainingOptions,
  log: (line: string) => void,
): PassResult {
  const { labels, index: labelIndex } = labelTable(train, pass.labels);
  const gold = train.map((s) =>
    Int32Array.from(s.words, (_, i) => labelIndex.get(labelKey(pass.labels, s.upos[i]!, s.xpos[i]!))!),
  );
  const lexicons = jackknifedLexicons(gold, train, options);
  // A stacked pass shares its guide's atoms, so that a tagger reads each word's strings once.
  const atoms = stacking?.guide.atoms ?? new AtomTable();
  const intern: AtomLookup = (s) => atoms.intern(s);
  const start = padWord(PAD_START, intern);
  const end = padWord(PAD_END, intern);
  const contexts = train.map((s, si) => {
    const words = inOrder(s.words, pass.reverse);
    const lexicon = lexicons.folds[si % options.folds]!;
    const guide = stacking === null ? undefined : inOrder(stacking.guides[si]!, pass.reverse);
    const infos = words.map((w) => analyseWord(w, lexicon, intern));
    return new SentenceContext(start, end).reset(infos, infos.length, pass.reverse, guide);
  });
  const golds = gold.map((g) => inOrder(g, pass.reverse));
  const fixedOf = (s: SentenceContext) =>
    Int32Array.from(s.words, (w) => lexicons.full.fixedLabel(w.atoms.facts.norm));
  const keys = new KeyBuffer();

  // Pass 1: count every feature seen with gold history; keep the frequent ones.
  const seen = new FeatureTable(1 << 20);
  let counts = new Int32Array(1 << 20);
  const countKeys = (keys: KeyBuffer): void => {
    for (let k = 0; k < keys.length; k++) {
      const id = seen.add(keys.k1[k]!, keys.k2[k]!);
      if (id >= counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
      counts[id]!++;
    }
  };
  contexts.forEach((context, si) => {
    const g = golds[si]!;
    const fixed = fixedOf(context);
    for (let i = 0; i < context.length; i++) {
      if (fixed[i]! >= 0) continue;
      for (const dynamic of [false, true]) {
        if (dynamic) dynamicKeys(context, i, i > 0 ? g[i - 1]! : -1, i > 1 ? g[i - 2]! : -1, keys);
        else staticKeys(context, i, keys);
        countKeys(keys);
      }
    }
  });
  const features = new FeatureTable();
  const k1 = seen.firstKeys();
  const k2 = seen.secondKeys();
  const excluded = new Set(
    options.excludeTemplates.map((name) => {
      const t = TEMPLATE_ID.get(name);
      if (t === undefined) throw new RangeError(`trainPass: no feature template "${name}"`);
      return t;
    }),
  );
  for (let f = 0; f < seen.size; f++) {
    if (counts[f]! >= options.minFeatureCount && !excluded.has(templateOf(k1[f]!)))
      features.add(k1[f]!, k2[f]!);
  }
  log(
    `pass${pass.reverse ? " (right to left)" : ""}: ${train.length} sentences, ${labels.length} labels, ` +
      `${features.size} features`,
  );

  // Pass 2: static feature ids per word.
  const prepared: PreparedSentence[] = contexts.map((context, si) => {
    const starts = new Int32Array(context.length + 1);
    const ids: number[] = [];
    for (let i = 0; i < context.length; i++) {
      staticKeys(context, i, keys);
      for (let k = 0; k < keys.length; k++) {
        const id = features.get(keys.k1[k]!, keys.k2[k]!);
        if (id >= 0) ids.push(id);
      }
      starts[i + 1] = ids.length;
    }
    return { context, gold: golds[si]!, fixed: fixedOf(context), starts, ids: Int32Array.from(ids) };
  });

  const run: PerceptronRun = {
    prepared,
    features,
    atoms,
    labels,
    lexicon: lexicons.full,
    taggerOptions: { reverse: pass.reverse, guide: stacking?.guide },
    pass,
    dev,
    log,
  };
  const bags = Math.max(1, pass.bags);
  const runs: PassResult[] = [];
  for (let b = 0; b < bags; b++)
    runs.push(trainPerceptron(run, options.seed + b, bags > 1 ? `bag ${b + 1}/${bags} ` : ""));
  if (runs.length === 1) return runs[0]!;
  const weights = FeatureWeights.average(
    runs.map((r) => r.tagger.weights),
    labels.length,
    new FeatureTable(features.size),
  );
  const tagger = new PosTagger(labels, lexicons.full, atoms, weights, run.taggerOptions);
  const scores = dev === null ? null : scoreTagger(tagger, dev);
  if (scores !== null) {
    log(
      `average of ${bags} bags: dev UPOS ${(100 * scores.upos).toFixed(2)}  XPOS ${(100 * scores.xpos).toFixed(2)}`,
    );
  }
  return {
    tagger,
    bestEpoch: runs[0]!.bestEpoch,
    epochs: runs.flatMap((r) => r.epochs),
    dev: scores,
  };
}

/** What one perceptron of a pass trains on. */
interface PerceptronRun {
  prepared: readonly PreparedSentence[];
  features: FeatureTable;
  atoms: AtomTable;
  labels: readonly PosLabel[];
  lexicon: TagLexicon;
  taggerOptions: { reverse: boolean; guide: PosTagger | undefined };
  pass: TaggerPassOptions;
  dev: readonly TaggedSentence[] | null;
  log: (line: string) => void;
}

/** Train one perceptron with the shuffle of `seed`; with dev data, keep its best epoch. */
function trainPerceptron(run: PerceptronRun, seed: number, tag: string): PassResult {
  const { prepared, features, atoms, labels, lexicon, taggerOptions, pass, dev, log } = run;
  const keys = new KeyBuffer();
  const model = new AveragedPerceptron(features.size, labels.length);
  const random = seededRandom(seed);
  const reports: EpochReport[] = [];
  let best: { tagger: PosTagger; epoch: number; criterion: number; dev: TaggingScores } | undefined;
  for (let epoch = 1; epoch <= pass.epochs; epoch++) {
    const t0 = performance.now();
    let right = 0;
    let total = 0;
    for (const si of shuffled(prepared.length, random)) {
      const s = prepared[si]!;
      greedyDecode(s.context.length, {
        numLabels: labels.length,
        fixedLabel: (i) => s.fixed[i]!,
        features(i, prev1, prev2, out) {
          let n = 0;
          for (let k = s.starts[i]!; k < s.starts[i + 1]! && n < MAX_FEATURES; k++) out[n++] = s.ids[k]!;
          dynamicKeys(s.context, i, prev1, prev2, keys);
          for (let k = 0; k < keys.length && n < MAX_FEATURES; k++) {
            const id = features.get(keys.k1[k]!, keys.k2[k]!);
            if (id >= 0) out[n++] = id;
          }
          return n;
        },
        addScores: (ids, count, scores) => model.addScores(ids, count, scores),
        observe(i, ids, count, guess) {
          const g = s.gold[i]!;
          total++;
          if (g === guess) right++;
          else model.update(ids, count, g, guess);
          model.tick();
          return guess;
        },
      });
    }
    const trainAccuracy = right / Math.max(total, 1);
    if (dev === null && epoch < pass.epochs) continue;
    const weights = FeatureWeights.fromDense(features, model.averaged(), labels.length);
    const tagger = new PosTagger(labels, lexicon, atoms, weights, taggerOptions);
    const seconds = (performance.now() - t0) / 1000;
    if (dev === null) return { tagger, bestEpoch: epoch, epochs: reports, dev: null };
    const devScores = scoreTagger(tagger, dev);
    reports.push({ bag: seed, epoch, trainAccuracy, dev: devScores, seconds });
    log(
      `${tag}epoch ${epoch}: train ${(100 * trainAccuracy).toFixed(2)}  dev UPOS ${(100 * devScores.upos).toFixed(2)}` +
        (pass.labels === "joint" ? `  XPOS ${(100 * devScores.xpos).toFixed(2)}` : "") +
        `  (${seconds.toFixed(1)} s)`,
    );
    const criterion = pass.labels === "joint" ? devScores.joint + devScores.upos : devScores.upos;
    if (best === undefined || criterion > best.criterion) best = { tagger, epoch, criterion, dev: devScores };
  }
  if (best === undefined) throw new Error("trainTagger: epochs must be at least 1");
  return { tagger: best.tagger, bestEpoch: best.epoch, epochs: reports, dev: best.dev };
}
