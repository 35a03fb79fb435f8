#!/usr/bin/env node
/**
 * Dependency-parser evaluation on UD English EWT with gold tokenisation:
 * UAS and LAS (every word, punctuation included, as in CoNLL 2018) on dev and
 * test, with the gold tags and — when the tagger model is present — with the
 * tags the tagger predicts, as the pipeline sees them. Also the parsing speed
 * (sentences and words per CPU second, one thread, gold tags) and the time
 * to read the models. Both ways the parse stage can parse are scored: the
 * single left-to-right parser (`models/parse.bin.gz`, the default) and the
 * ensemble (`models/parse-ensemble.json`, `parseMode: "ensemble"`).
 *
 * CLI: `node dist/src/eval/nlp/parsing.js [--split dev,test] [--model PATH] [--ensemble PATH]`.
 * Tune on dev, never on test.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readConllu } from "../../nlp/conllu.js";
import { modelPath, readModelFile } from "../../nlp/model-io.js";
import { loadParserEnsemble, PARSER_ENSEMBLE_FILE, type SentenceParser } from "../../nlp/parser/ensemble.js";
import { PARSER_MODEL_FILE, PARSER_MODEL_KIND, parserFromModel } from "../../nlp/parser/io.js";
import {
  type AttachmentScores,
  attachmentScores,
  fromConllu,
  type TreebankSentence,
} from "../../nlp/parser/treebank.js";
import { sharedDir } from "../../util/paths.js";
import type { EvalSection, SectionResult } from "../section.js";

/** The EWT splits scored. */
export type ParsingSplit = "dev" | "test";

const FILES: Record<ParsingSplit, string> = { dev: "en_ewt-ud-dev.conllu", test: "en_ewt-ud-test.conllu" };

/** Scores of one split. */
export interface SplitFigures {
  sentences: number;
  /** With the treebank's gold tags. */
  goldTags: AttachmentScores;
  /** With the tagger's tags (absent when the tagger model is). */
  predictedTags?: AttachmentScores;
  /** Share of words (percent) whose predicted UPOS and XPOS both match gold. */
  tagAccuracy?: number;
}

/** What is measured of one way of parsing (one parser, or the ensemble). */
export interface ParserFigures {
  /** The model or ensemble file, its size (with its members' files), features and weights (summed over members), read time. */
  model: { path: string; bytes: number; loadMs: number; features: number; weights: number };
  splits: Partial<Record<ParsingSplit, SplitFigures>>;
  speed: { sentences: number; words: number; sentencesPerSecond: number; wordsPerSecond: number };
}

/** Everything the parsing evaluation measures. */
export interface ParsingFigures {
  /** The single left-to-right parser. */
  single: ParserFigures;
  /** The ensemble the parse stage uses with `parseMode: "ensemble"` (absent when its description is). */
  ensemble?: ParserFigures;
  /** Anything skipped, and why. */
  notes: string[];
}

/** The path of an EWT split, or null when absent. */
function ewtPath(split: ParsingSplit, shared: string | null): string | null {
  if (shared === null) return null;
  const path = join(shared, "ud", "UD_English-EWT", FILES[split]);
  return existsSync(path) ? path : null;
}

/** Something that tags words, as the committed tagger does. */
interface Tagger {
  tag(words: readonly string[]): { upos: string; xpos: string }[];
}

/** The committed tagger, or null when its model is absent or unusable (with the reason). */
async function committedTagger(): Promise<{ tagger: Tagger | null; note: string }> {
  if (!existsSync(modelPath("pos.bin.gz"))) return { tagger: null, note: "models/pos.bin.gz is absent" };
  try {
    const { loadPosTagger } = await import("../../nlp/tagger/io.js");
    return { tagger: loadPosTagger(), note: "" };
  } catch (err) {
    return { tagger: null, note: `the tagger could not be loaded: ${(err as Error).message}` };
  }
}

/** Tag sentences with `tagger`. */
function predictTags(
  tagger: Tagger,
  sentences: readonly TreebankSentence[],
): { upos: string[]; xpos: string[] }[] {
  return sentences.map((s) => {
    const tags = tagger.tag(s.forms);
    return { upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) };
  });
}

function tagAccuracy(
  sentences: readonly TreebankSentence[],
  tags: readonly { upos: string[]; xpos: string[] }[],
): number {
  let words = 0;
  let right = 0;
  sentences.forEach((s, i) => {
    const t = tags[i]!;
    for (let k = 0; k < s.forms.length; k++) {
      words++;
      if (t.upos[k] === s.upos[k] && t.xpos[k] === s.xpos[k]) right++;
    }
  });
  return words > 0 ? (100 * right) / words : 0;
}

/** CPU seconds (user + system) this process has used. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Sentences per second of parsing `sentences`: the best of `rounds` passes
 * after a warm-up, timed in CPU seconds of this (single-threaded) process so
 * that other work on the machine does not count.
 */
function measureSpeed(
  parser: SentenceParser,
  sentences: readonly TreebankSentence[],
  rounds = 3,
): ParserFigures["speed"] {
  const heads = new Int32Array(1024);
  const labels = new Int32Array(1024);
  const usable = sentences.filter((s) => s.forms.length <= heads.length);
  const words = usable.reduce((sum, s) => sum + s.forms.length, 0);
  for (const s of usable) parser.parseInto(s, heads, labels);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = cpuSeconds();
    for (const s of usable) parser.parseInto(s, heads, labels);
    best = Math.min(best, cpuSeconds() - t0);
  }
  return {
    sentences: usable.length,
    words,
    sentencesPerSecond: usable.length / best,
    wordsPerSecond: words / best,
  };
}

/** Score one way of parsing on the splits. */
function scoreParser(
  parser: SentenceParser,
  model: ParserFigures["model"],
  data: readonly {
    split: ParsingSplit;
    sentences: TreebankSentence[];
    tags?: { upos: string[]; xpos: string[] }[];
  }[],
  tagRates: Partial<Record<ParsingSplit, number>>,
): ParserFigures {
  const figures: ParserFigures = {
    model,
    splits: {},
    speed: { sentences: 0, words: 0, sentencesPerSecond: 0, wordsPerSecond: 0 },
  };
  for (const { split, sentences, tags } of data) {
    const result: SplitFigures = {
      sentences: sentences.length,
      goldTags: attachmentScores(parser, sentences),
    };
    if (tags !== undefined) {
      result.predictedTags = attachmentScores(parser, sentences, tags);
      result.tagAccuracy = tagRates[split];
    }
    figures.splits[split] = result;
  }
  figures.speed = measureSpeed(
    parser,
    data.flatMap((d) => d.sentences),
  );
  return figures;
}

/**
 * Evaluate the single parser model (default: the committed one) and the
 * ensemble (default: the committed description) on EWT; null when the
 * treebank or the single model is absent.
 */
export async function evaluateParsing(
  shared: string | null = sharedDir(),
  options: { model?: string; ensemble?: string; splits?: readonly ParsingSplit[] } = {},
): Promise<ParsingFigures | null> {
  const path = options.model ?? modelPath(PARSER_MODEL_FILE);
  const splits = options.splits ?? ["dev", "test"];
  if (!existsSync(path) || splits.some((s) => ewtPath(s, shared) === null)) return null;
  const t0 = performance.now();
  const parser = parserFromModel(readModelFile(path, PARSER_MODEL_KIND));
  const loadMs = performance.now() - t0;
  const notes: string[] = [];
  const { tagger, note } = await committedTagger();
  if (tagger === null) notes.push(`predicted-tag scores skipped: ${note}`);
  const tagRates: Partial<Record<ParsingSplit, number>> = {};
  const data = splits.map((split) => {
    const sentences = readConllu(ewtPath(split, shared)!).map(fromConllu);
    if (tagger === null) return { split, sentences };
    const tags = predictTags(tagger, sentences);
    tagRates[split] = tagAccuracy(sentences, tags);
    return { split, sentences, tags };
  });
  const single = scoreParser(
    parser,
    {
      path,
      bytes: statSync(path).size,
      loadMs,
      features: parser.weights.features,
      weights: parser.weights.entries,
    },
    data,
    tagRates,
  );
  const figures: ParsingFigures = { single, notes };
  const ensemblePath = options.ensemble ?? modelPath(PARSER_ENSEMBLE_FILE);
  if (!existsSync(ensemblePath)) {
    notes.push(`ensemble skipped: ${ensemblePath} is absent`);
    return figures;
  }
  const t1 = performance.now();
  const ensemble = loadParserEnsemble(ensemblePath);
  const ensembleLoadMs = performance.now() - t1;
  figures.ensemble = scoreParser(
    ensemble,
    {
      path: ensemblePath,
      bytes: ensemble.files.reduce((sum, f) => sum + statSync(f).size, statSync(ensemblePath).size),
      loadMs: ensembleLoadMs,
      features: ensemble.members.reduce((sum, m) => sum + m.weights.features, 0),
      weights: ensemble.members.reduce((sum, m) => sum + m.weights.entries, 0),
    },
    data,
    tagRates,
  );
  return figures;
}

const f2 = (x: number): string => x.toFixed(2);

function formatParser(name: string, figures: ParserFigures): string[] {
  const lines: string[] = [];
  for (const [split, s] of Object.entries(figures.splits)) {
    lines.push(
      `${name} ${split} gold tags       UAS ${f2(s.goldTags.uas)}  LAS ${f2(s.goldTags.las)}  label acc ${f2(s.goldTags.labelAccuracy)}  (${s.goldTags.words} words, ${s.sentences} sentences)`,
    );
    if (s.predictedTags) {
      lines.push(
        `${name} ${split} predicted tags  UAS ${f2(s.predictedTags.uas)}  LAS ${f2(s.predictedTags.las)}  label acc ${f2(s.predictedTags.labelAccuracy)}  (UPOS+XPOS accuracy ${f2(s.tagAccuracy ?? 0)})`,
      );
    }
  }
  const m = figures.model;
  lines.push(
    `${name} speed ${Math.round(figures.speed.sentencesPerSecond)} sentences/s, ${Math.round(figures.speed.wordsPerSecond)} words/s per CPU second (${figures.speed.sentences} EWT sentences, gold tags, one thread)`,
    `${name} model ${(m.bytes / 1e6).toFixed(2)} MB, ${m.features} features, ${m.weights} weights, read in ${Math.round(m.loadMs)} ms`,
  );
  return lines;
}

/** Human-readable lines of the figures: the single parser (the default), then the ensemble. */
export function formatParsing(figures: ParsingFigures): string[] {
  return [
    ...formatParser("single", figures.single),
    ...(figures.ensemble ? formatParser("ensemble", figures.ensemble) : []),
    ...figures.notes,
  ];
}

function parserMetrics(prefix: string, figures: ParserFigures): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const [split, s] of Object.entries(figures.splits)) {
    metrics[`${prefix}${split}_uas`] = s.goldTags.uas;
    metrics[`${prefix}${split}_las`] = s.goldTags.las;
    if (s.predictedTags) {
      metrics[`${prefix}${split}_uas_predicted_tags`] = s.predictedTags.uas;
      metrics[`${prefix}${split}_las_predicted_tags`] = s.predictedTags.las;
    }
  }
  metrics[`${prefix}sentences_per_second`] = figures.speed.sentencesPerSecond;
  metrics[`${prefix}model_load_ms`] = figures.model.loadMs;
  metrics[`${prefix}model_mb`] = figures.model.bytes / 1e6;
  return metrics;
}

/**
 * Metric name → value, for `npm run eval`: `parsing.*` are the parse stage's
 * default (the single left-to-right parser), `parsing.ensemble_*` the ensemble.
 */
export function parsingMetrics(figures: ParsingFigures): Record<string, number> {
  return {
    ...parserMetrics("parsing.", figures.single),
    ...(figures.ensemble ? parserMetrics("parsing.ensemble_", figures.ensemble) : {}),
  };
}

/** The `parsing` section of `npm run eval`: UAS/LAS on EWT dev and test, speed, model load time. */
export const parsingSection: EvalSection = {
  name: "parsing",
  description: "dependency parser on UD English EWT dev/test, gold tokenisation (UAS/LAS, speed)",
  needsShared: true,
  async run(shared: string | null): Promise<SectionResult> {
    const figures = await evaluateParsing(shared);
    if (figures === null) {
      return { metrics: {}, lines: ["skipped: UD_English-EWT or models/parse.bin.gz is absent"] };
    }
    return { metrics: parsingMetrics(figures), lines: formatParsing(figures) };
  },
};

async function main(args: readonly string[]): Promise<void> {
  const at = (name: string): string | undefined =>
    args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
  const splits = (at("--split") ?? "dev,test")
    .split(",")
    .filter((s): s is ParsingSplit => s === "dev" || s === "test");
  const model = at("--model");
  const ensemble = at("--ensemble");
  const shared = sharedDir();
  if (shared === null || splits.some((s) => ewtPath(s, shared) === null)) {
    process.stdout.write("parsing: skipped, UD_English-EWT is absent from ../shared/ud\n");
    return;
  }
  const figures = await evaluateParsing(shared, {
    splits,
    ...(model !== undefined ? { model } : {}),
    ...(ensemble !== undefined ? { ensemble } : {}),
  });
  if (figures === null) {
    process.stdout.write(`parsing: skipped, no parser model at ${model ?? modelPath(PARSER_MODEL_FILE)}\n`);
    return;
  }
  for (const line of formatParsing(figures)) process.stdout.write(`${line}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
