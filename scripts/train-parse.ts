#!/usr/bin/env node
/**
 * Train the dependency parser on UD English EWT and write the best epoch (by
 * development LAS) to `models/parse.bin.gz`.
 *
 * Usage: `node dist/scripts/train-parse.js [options]`
 *
 * - `--epochs N`, `--seed N`, `--explore-epoch N`, `--explore-p P`, `--min-count N`,
 *   `--layout hybrid|joint|factored|lean`: training settings (see `ParserTrainingOptions`);
 * - `--min-weight N` (default 300): drop quantised weights of smaller
 *   magnitude from the saved model (a weight of 1.0 is ~480 units);
 * - `--tags jackknife|gold` (default jackknife): train on the tags a tagger
 *   trained without each sentence predicts for it (`--folds N` folds, default
 *   5, cached in `--tags-cache PATH` so later runs reuse them), as the parser
 *   will see them at run time, or on the treebank's gold tags; with jackknifed
 *   tags and the tagger model present, epochs are chosen on development
 *   sentences tagged by it;
 * - `--limit N`: train on the first N sentences; `--out PATH`; `--no-save`.
 *
 * Reads `../shared/ud/UD_English-EWT/en_ewt-ud-{train,dev}.conllu` (never
 * test); prints per-epoch development UAS/LAS. Training is single-threaded and
 * deterministic given the seed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { modelPath } from "../src/nlp/model-io.js";
import { PARSER_MODEL_FILE, pruneWeights, saveParser } from "../src/nlp/parser/io.js";
import { FEATURE_LAYOUTS, type FeatureLayout } from "../src/nlp/parser/layout.js";
import { DependencyParser } from "../src/nlp/parser/parser.js";
import { DEFAULT_PARSER_TRAINING, type ParserEpochReport, trainParser } from "../src/nlp/parser/train.js";
import { attachmentScores, fromConllu, type TreebankSentence } from "../src/nlp/parser/treebank.js";
import { CompactWeights } from "../src/nlp/parser/weights.js";
import { sharedDir } from "../src/util/paths.js";

/** The tags of one sentence. */
interface Tags {
  upos: string[];
  xpos: string[];
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function numberOption(args: readonly string[], name: string, fallback: number): number {
  const v = option(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name} needs a number, got "${v}"`);
  return n;
}

function layoutOption(name: string): FeatureLayout {
  if (!Object.hasOwn(FEATURE_LAYOUTS, name)) {
    throw new Error(`--layout must be one of ${Object.keys(FEATURE_LAYOUTS).join(", ")}`);
  }
  return FEATURE_LAYOUTS[name as keyof typeof FEATURE_LAYOUTS];
}

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * The tags each training sentence gets from a tagger trained on the other
 * folds (a single left-to-right pass, to keep this affordable), so the
 * parser trains on tags as noisy as those it will see.
 */
async function jackknifedTags(
  train: readonly TreebankSentence[],
  dev: readonly TreebankSentence[],
  folds: number,
  cache: string | undefined,
): Promise<Tags[]> {
  const fingerprint = train.map((s) => s.forms.join(" ")).join("\n");
  if (cache !== undefined && existsSync(cache)) {
    const stored = JSON.parse(readFileSync(cache, "utf8")) as {
      fingerprint: string;
      folds: number;
      tags: Tags[];
    };
    if (stored.fingerprint === fingerprint && stored.folds === folds) {
      log(`jackknifed tags read from ${cache}`);
      return stored.tags;
    }
  }
  const tagged = (s: TreebankSentence) => ({
    words: [...s.forms],
    upos: s.upos.map((t) => t ?? "X"),
    xpos: s.xpos.map((t) => t ?? "XX"),
  });
  const { DEFAULT_TAGGER_TRAINING, trainTagger } = await import("../src/nlp/tagger/train.js");
  const devTagged = dev.map(tagged);
  const options = {
    ...DEFAULT_TAGGER_TRAINING,
    guide: null,
    main: { ...DEFAULT_TAGGER_TRAINING.main, bags: 1 },
  };
  const tags: Tags[] = new Array(train.length);
  let right = 0;
  let words = 0;
  for (let k = 0; k < folds; k++) {
    const rest = train.filter((_, i) => i % folds !== k).map(tagged);
    const { tagger } = trainTagger(rest, devTagged, options);
    for (let i = k; i < train.length; i += folds) {
      const predicted = tagger.tag(train[i]!.forms);
      tags[i] = { upos: predicted.map((t) => t.upos), xpos: predicted.map((t) => t.xpos) };
      predicted.forEach((t, w) => {
        words++;
        if (t.upos === train[i]!.upos[w] && t.xpos === train[i]!.xpos[w]) right++;
      });
    }
    log(`jackknife fold ${k + 1}/${folds} tagged`);
  }
  log(`jackknifed training tags: UPOS+XPOS accuracy ${((100 * right) / words).toFixed(2)}%`);
  if (cache !== undefined) writeFileSync(cache, JSON.stringify({ fingerprint, folds, tags }));
  return tags;
}

/** Development sentences tagged by the committed tagger (gold trees kept), or null without its model. */
async function taggerTagged(dev: readonly TreebankSentence[]): Promise<TreebankSentence[] | null> {
  if (!existsSync(modelPath("pos.bin.gz"))) return null;
  let tagger: { tag(words: readonly string[]): { upos: string; xpos: string }[] };
  try {
    const { loadPosTagger } = await import("../src/nlp/tagger/io.js");
    tagger = loadPosTagger();
  } catch (err) {
    log(`tagger model unusable (${(err as Error).message}); choosing epochs on gold development tags`);
    return null;
  }
  return dev.map((s) => {
    const tags = tagger.tag(s.forms);
    return { ...s, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) };
  });
}

async function main(args: readonly string[]): Promise<void> {
  const shared = sharedDir();
  const ewt = shared === null ? null : join(shared, "ud", "UD_English-EWT");
  if (ewt === null || !existsSync(join(ewt, "en_ewt-ud-train.conllu"))) {
    log("train-parse: skipped, ../shared/ud/UD_English-EWT is absent");
    return;
  }
  const limit = numberOption(args, "--limit", Number.POSITIVE_INFINITY);
  const goldTrain = readConllu(join(ewt, "en_ewt-ud-train.conllu")).slice(0, limit).map(fromConllu);
  const goldDev = readConllu(join(ewt, "en_ewt-ud-dev.conllu")).map(fromConllu);
  const tagSource = option(args, "--tags") ?? "jackknife";
  if (tagSource !== "gold" && tagSource !== "jackknife") throw new Error("--tags must be gold or jackknife");
  let train = goldTrain;
  let dev = goldDev;
  let devTags = "gold";
  if (tagSource === "jackknife") {
    const tags = await jackknifedTags(
      goldTrain,
      goldDev,
      numberOption(args, "--folds", 5),
      option(args, "--tags-cache"),
    );
    train = goldTrain.map((s, i) => ({ ...s, upos: tags[i]!.upos, xpos: tags[i]!.xpos }));
    const predicted = await taggerTagged(goldDev);
    if (predicted !== null) {
      dev = predicted;
      devTags = "tagger";
    }
  }
  const options = {
    epochs: numberOption(args, "--epochs", DEFAULT_PARSER_TRAINING.epochs),
    seed: numberOption(args, "--seed", DEFAULT_PARSER_TRAINING.seed),
    explorationEpoch: numberOption(args, "--explore-epoch", DEFAULT_PARSER_TRAINING.explorationEpoch),
    explorationProbability: numberOption(args, "--explore-p", DEFAULT_PARSER_TRAINING.explorationProbability),
    minWordCount: numberOption(args, "--min-count", DEFAULT_PARSER_TRAINING.minWordCount),
    layout: layoutOption(option(args, "--layout") ?? DEFAULT_PARSER_TRAINING.layout.name),
  };
  const minWeight = numberOption(args, "--min-weight", 300);
  log(
    `train-parse: ${train.length} training sentences (${tagSource} tags), ${dev.length} development (${devTags} tags); ` +
      JSON.stringify({ ...options, layout: options.layout.name }),
  );
  const onEpoch = (r: ParserEpochReport): void => {
    log(
      `epoch ${String(r.epoch).padStart(2)}  dev UAS ${r.dev.uas.toFixed(2)}  LAS ${r.dev.las.toFixed(2)}  ` +
        `updates ${r.updates}/${r.decisions}  features ${r.features}  ${r.seconds.toFixed(1)} s`,
    );
  };
  const trained = trainParser(train, dev, options, onEpoch);
  log(
    `best epoch ${trained.epoch}; ${trained.nonProjective.sentences} non-projective training trees (${trained.nonProjective.lifts} lifts)`,
  );
  const pruned = pruneWeights(trained.weights, minWeight);
  const parser = new DependencyParser(
    trained.parser.lexicon,
    trained.parser.transitions,
    new CompactWeights(trained.parser.transitions.numClasses, pruned),
    trained.parser.layout,
  );
  const devScores = attachmentScores(parser, dev);
  const goldScores = attachmentScores(parser, goldDev);
  log(
    `pruned (min weight ${minWeight}): ${pruned.keys.length} features, ${pruned.classes.length} weights; ` +
      `dev UAS ${devScores.uas.toFixed(2)} LAS ${devScores.las.toFixed(2)} (${devTags} tags), ` +
      `UAS ${goldScores.uas.toFixed(2)} LAS ${goldScores.las.toFixed(2)} (gold tags)`,
  );
  if (args.includes("--no-save")) return;
  const out = option(args, "--out") ?? modelPath(PARSER_MODEL_FILE);
  const devResults: Record<string, number> = { uas: goldScores.uas, las: goldScores.las };
  if (devTags === "tagger") {
    devResults["uasPredictedTags"] = devScores.uas;
    devResults["lasPredictedTags"] = devScores.las;
  }
  const bytes = saveParser(out, {
    lexicon: parser.lexicon,
    transitions: parser.transitions,
    weights: pruned,
    scale: trained.scale,
    layout: parser.layout,
    metadata: {
      trainingData: `UD_English-EWT train (${tagSource === "gold" ? "gold tags" : "jackknifed predicted tags"})`,
      seed: options.seed,
      epochs: trained.epoch,
      devScores: devResults,
      date: new Date().toISOString().slice(0, 10),
      options: { ...options, layout: options.layout.name, minWeight, tags: tagSource },
    },
  });
  log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
}

await main(process.argv.slice(2));
