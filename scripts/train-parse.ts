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
 * - `--folds-by interleaved|documents` (default interleaved): fold `k` holds
 *   sentences `k, k + N, k + 2N, …`, or runs of whole documents. With
 *   interleaved folds the tagger has seen the rest of each sentence's
 *   document, so the training tags (95.5 % UPOS+XPOS) are better than the
 *   tagger's on new text (94.5 %); document folds give 93.9 %, but the parser
 *   trained on them scored lower on dev with the tagger's tags (see docs/models.md);
 * - `--jackknife-tagger single|full` (default single): tag the folds with a
 *   single left-to-right pass, or with the committed tagger's configuration
 *   (guide and bagged main pass; about five times slower);
 * - `--bags N` (default 2): train N parsers with seeds `seed … seed + N - 1`
 *   (each keeping its best epoch and pruned), and save their average (see
 *   `averageWeights`), pruned again;
 * - `--average A,B,…`: instead of training, average model files written by
 *   this script with the same data and options but other seeds (the same
 *   model `--bags` gives, without training the bags again);
 * - `--reverse`: train a right-to-left parser on reversed sentences (for the
 *   ensemble, `models/parse-r2l.bin.gz`; the model header records the direction);
 * - `--limit N`: train on the first N sentences; `--out PATH`; `--no-save`.
 *
 * Reads `../shared/ud/UD_English-EWT/en_ewt-ud-{train,dev}.conllu` (never
 * test); prints per-epoch development UAS/LAS. Training is single-threaded and
 * deterministic given the seed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { modelPath, readModelFile } from "../src/nlp/model-io.js";
import {
  averageWeights,
  PARSER_MODEL_FILE,
  PARSER_MODEL_KIND,
  parserFromModel,
  pruneWeights,
  saveParser,
} from "../src/nlp/parser/io.js";
import { FEATURE_LAYOUTS, type FeatureLayout } from "../src/nlp/parser/layout.js";
import { DependencyParser } from "../src/nlp/parser/parser.js";
import { DEFAULT_PARSER_TRAINING, type ParserEpochReport, trainParser } from "../src/nlp/parser/train.js";
import {
  attachmentScores,
  fromConllu,
  reverseSentence,
  type TreebankSentence,
} from "../src/nlp/parser/treebank.js";
import { CompactWeights, type WeightArrays } from "../src/nlp/parser/weights.js";
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
 * The fold of each sentence: `folds` runs of consecutive sentences of about
 * equal size, each starting at a document start (`starts[i]` is true when
 * sentence `i` opens a document).
 */
function documentFolds(starts: readonly boolean[], folds: number): Int32Array {
  const fold = new Int32Array(starts.length);
  let k = 0;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i] && k < folds - 1 && i >= ((k + 1) * starts.length) / folds) k++;
    fold[i] = k;
  }
  return fold;
}

/**
 * The tags each training sentence gets from a tagger trained on the other
 * folds, so the parser trains on tags as noisy as those it will see: the
 * committed tagger's configuration (`full`: guide pass and bagged main pass)
 * or, to save time, a single left-to-right pass (`single`).
 */
async function jackknifedTags(
  train: readonly TreebankSentence[],
  dev: readonly TreebankSentence[],
  foldOf: Int32Array,
  folds: number,
  taggerKind: "full" | "single",
  cache: string | undefined,
): Promise<Tags[]> {
  const fingerprint = `${train.map((s) => s.forms.join(" ")).join("\n")}\n${foldOf.join(",")}\n${taggerKind}`;
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
  const options =
    taggerKind === "full"
      ? DEFAULT_TAGGER_TRAINING
      : { ...DEFAULT_TAGGER_TRAINING, guide: null, main: { ...DEFAULT_TAGGER_TRAINING.main, bags: 1 } };
  const tags: Tags[] = new Array(train.length);
  let right = 0;
  let words = 0;
  for (let k = 0; k < folds; k++) {
    const rest = train.filter((_, i) => foldOf[i] !== k).map(tagged);
    const { tagger } = trainTagger(rest, devTagged, options);
    for (let i = 0; i < train.length; i++) {
      if (foldOf[i] !== k) continue;
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
  const trainConllu = readConllu(join(ewt, "en_ewt-ud-train.conllu")).slice(0, limit);
  const goldTrain = trainConllu.map(fromConllu);
  const goldDev = readConllu(join(ewt, "en_ewt-ud-dev.conllu")).map(fromConllu);
  const tagSource = option(args, "--tags") ?? "jackknife";
  if (tagSource !== "gold" && tagSource !== "jackknife") throw new Error("--tags must be gold or jackknife");
  let train = goldTrain;
  let dev = goldDev;
  let devTags = "gold";
  let foldsBy: string | undefined;
  let jackknife: string | undefined;
  if (tagSource === "jackknife") {
    const folds = numberOption(args, "--folds", 5);
    foldsBy = option(args, "--folds-by") ?? "interleaved";
    if (foldsBy !== "interleaved" && foldsBy !== "documents") {
      throw new Error("--folds-by must be interleaved or documents");
    }
    const foldOf =
      foldsBy === "documents"
        ? documentFolds(
            trainConllu.map(
              (s, i) => i === 0 || Object.hasOwn(s.meta, "newdoc id") || Object.hasOwn(s.meta, "newdoc"),
            ),
            folds,
          )
        : Int32Array.from(trainConllu, (_, i) => i % folds);
    const taggerKind = option(args, "--jackknife-tagger") ?? "single";
    jackknife = `${folds} folds (${foldsBy}), ${taggerKind} tagger`;
    if (taggerKind !== "full" && taggerKind !== "single") {
      throw new Error("--jackknife-tagger must be full or single");
    }
    const tags = await jackknifedTags(
      goldTrain,
      goldDev,
      foldOf,
      folds,
      taggerKind,
      option(args, "--tags-cache"),
    );
    train = goldTrain.map((s, i) => ({ ...s, upos: tags[i]!.upos, xpos: tags[i]!.xpos }));
    const predicted = await taggerTagged(goldDev);
    if (predicted !== null) {
      dev = predicted;
      devTags = "tagger";
    }
  }
  const reverse = args.includes("--reverse");
  if (reverse) {
    train = train.map((s) => reverseSentence(s));
    dev = dev.map((s) => reverseSentence(s));
  }
  const goldDevRead = reverse ? goldDev.map((s) => reverseSentence(s)) : goldDev;
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
  const averaged = option(args, "--average")?.split(",");
  const members: { weights: WeightArrays; scale: number }[] = [];
  const bestEpochs: number[] = [];
  let first: DependencyParser | undefined;
  if (averaged !== undefined) {
    for (const path of averaged) {
      const model = readModelFile(path, PARSER_MODEL_KIND);
      const member = parserFromModel(model);
      first ??= member;
      if (
        member.lexicon.words.values.join("\n") !== first.lexicon.words.values.join("\n") ||
        member.transitions.labels.join("\n") !== first.transitions.labels.join("\n") ||
        member.layout.name !== first.layout.name
      ) {
        throw new Error(`${path} has other vocabularies, labels or layout than ${averaged[0]}`);
      }
      members.push({ weights: member.weights.arrays, scale: Number(model.header["scale"]) });
      bestEpochs.push(model.metadata.epochs);
      log(`averaging ${path} (epoch ${model.metadata.epochs})`);
    }
  } else {
    const bags = numberOption(args, "--bags", 2);
    for (let b = 0; b < bags; b++) {
      if (bags > 1) log(`bag ${b + 1}/${bags}: seed ${options.seed + b}`);
      const trained = trainParser(train, dev, { ...options, seed: options.seed + b }, onEpoch);
      log(
        `best epoch ${trained.epoch}; ${trained.nonProjective.sentences} non-projective training trees (${trained.nonProjective.lifts} lifts)`,
      );
      first ??= trained.parser;
      members.push({ weights: pruneWeights(trained.weights, minWeight), scale: trained.scale });
      bestEpochs.push(trained.epoch);
    }
  }
  if (first === undefined) throw new Error("--bags must be at least 1");
  const merged = members.length > 1 ? averageWeights(members) : members[0]!;
  const pruned = pruneWeights(merged.weights, minWeight);
  const parser = new DependencyParser(
    first.lexicon,
    first.transitions,
    new CompactWeights(first.transitions.numClasses, pruned),
    first.layout,
  );
  const devScores = attachmentScores(parser, dev);
  const goldScores = attachmentScores(parser, goldDevRead);
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
    scale: merged.scale,
    layout: parser.layout,
    reverse,
    metadata: {
      trainingData: `UD_English-EWT train (${tagSource === "gold" ? "gold tags" : "jackknifed predicted tags"})`,
      seed: options.seed,
      epochs: Math.max(...bestEpochs),
      devScores: devResults,
      date: new Date().toISOString().slice(0, 10),
      options: {
        ...options,
        layout: first.layout.name,
        minWeight,
        tags: tagSource,
        ...(jackknife !== undefined ? { jackknife } : {}),
        bags: members.length,
        ...(reverse ? { reverse: true } : {}),
        bestEpochs,
        ...(averaged !== undefined ? { averaged: averaged.map((p) => basename(p)) } : {}),
      },
    },
  });
  log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
}

await main(process.argv.slice(2));
