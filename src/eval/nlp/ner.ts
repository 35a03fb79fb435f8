#!/usr/bin/env node
/**
 * Named-entity recogniser evaluation on CoNLL-2003 English dev (eng.testa,
 * gold tokenisation): entity-level precision, recall and F1 overall and per
 * type (exact span and type, as conlleval scores), tagging speed and model
 * load time.
 *
 * eng.testa is the only labelled set besides eng.train, so it is both the
 * reported figure and, for epoch selection with `--select dev`, a tuning
 * set; the committed model's epoch count is chosen on a held-out slice of
 * eng.train (see `scripts/train-ner.ts`).
 *
 * CLI: `node dist/src/eval/nlp/ner.js [conll2003 dir] [--model path]`
 * (skips with a message when the data is absent).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type NerDocument, readConll2003 } from "../../nlp/ner/conll.js";
import { loadNerRecognizer } from "../../nlp/ner/io.js";
import type { NerRecognizer } from "../../nlp/ner/recognizer.js";
import { formatScores, type NerScores, NerScorer } from "../../nlp/ner/score.js";
import { ENTITY_TYPES } from "../../nlp/ner/tags.js";
import { sharedDir } from "../../util/paths.js";
import type { EvalSection, SectionResult } from "../section.js";

/** The figures of one evaluation. */
export interface NerReport {
  /** Milliseconds to read the model and gazetteer (first use in the process). */
  loadMs: number;
  documents: number;
  sentences: number;
  words: number;
  scores: NerScores;
  /** Sentences labelled per second of wall-clock time (one thread, best of the timed passes). */
  sentencesPerSecond: number;
  /** Sentences labelled per second of this process's CPU time (insensitive to other load on the machine). */
  sentencesPerCpuSecond: number;
}

/** Where the evaluation looks for CoNLL-2003 by default (`../shared/eval/conll2003`), or null. */
export function defaultConllDir(): string | null {
  const shared = sharedDir();
  return shared === null ? null : join(shared, "eval", "conll2003");
}

/** Score a recogniser on documents and time it. */
export function evaluateNerOn(
  docs: readonly NerDocument[],
  recognizer: NerRecognizer,
  passes = 3,
): Omit<NerReport, "loadMs"> {
  const scorer = new NerScorer();
  let sentences = 0;
  let words = 0;
  const inputs = docs.map((d) => d.sentences.map((s) => s.words));
  for (const d of docs) {
    const predicted = recognizer.recognize(d.sentences.map((s) => s.words));
    d.sentences.forEach((s, k) => {
      scorer.add(s.spans, predicted[k]!);
      sentences++;
      words += s.words.length;
    });
  }
  let bestWall = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const input of inputs) recognizer.recognize(input);
    const cpu = process.cpuUsage(c0);
    bestWall = Math.min(bestWall, (performance.now() - t0) / 1000);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  }
  return {
    documents: docs.length,
    sentences,
    words,
    scores: scorer.scores(),
    sentencesPerSecond: sentences / Math.max(bestWall, 1e-9),
    sentencesPerCpuSecond: sentences / Math.max(bestCpu, 1e-9),
  };
}

/**
 * Evaluate the committed (or given) recogniser on eng.testa in `dir`; null
 * when the file is absent.
 */
export function evaluateNer(
  dir: string | null = defaultConllDir(),
  recognizer?: NerRecognizer,
): NerReport | null {
  if (dir === null) return null;
  const file = join(dir, "eng.testa");
  if (!existsSync(file)) return null;
  const t0 = performance.now();
  const model = recognizer ?? loadNerRecognizer();
  const loadMs = performance.now() - t0;
  return { loadMs, ...evaluateNerOn(readConll2003(file), model) };
}

/** The report as printable lines. */
export function formatNerReport(r: NerReport): string[] {
  const f = (x: number) => x.toFixed(2);
  const lines = [
    `CoNLL-2003 eng.testa (${r.documents} documents, ${r.sentences} sentences, ${r.words} words, gold tokens)`,
    `  ${formatScores(r.scores)}`,
  ];
  for (const t of ENTITY_TYPES) {
    const s = r.scores.byType[t];
    lines.push(
      `  ${t.padEnd(4)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  (gold ${s.gold}, predicted ${s.predicted})`,
    );
  }
  lines.push(
    `  speed ${Math.round(r.sentencesPerSecond)} sentences/s wall, ${Math.round(r.sentencesPerCpuSecond)} sentences/s CPU (one thread); model load ${r.loadMs.toFixed(0)} ms`,
  );
  return lines;
}

/** The report as `ner.*` metrics. */
export function nerMetrics(r: NerReport): Record<string, number> {
  const round = (x: number) => Math.round(x * 100) / 100;
  const metrics: Record<string, number> = {
    "ner.dev_f1": round(r.scores.overall.f1),
    "ner.dev_precision": round(r.scores.overall.precision),
    "ner.dev_recall": round(r.scores.overall.recall),
    "ner.sentences_per_second": Math.round(r.sentencesPerSecond),
    "ner.sentences_per_cpu_second": Math.round(r.sentencesPerCpuSecond),
    "ner.load_ms": Math.round(r.loadMs),
  };
  for (const t of ENTITY_TYPES) metrics[`ner.dev_f1_${t}`] = round(r.scores.byType[t].f1);
  return metrics;
}

/** The `ner` section of `npm run eval`. */
export const nerSection: EvalSection = {
  name: "ner",
  description: "named-entity recogniser on CoNLL-2003 eng.testa: entity P/R/F1 overall and per type, speed",
  needsShared: true,
  async run(shared: string | null): Promise<SectionResult> {
    const report = evaluateNer(shared === null ? null : join(shared, "eval", "conll2003"));
    if (report === null) return { metrics: {}, lines: ["skipped: CoNLL-2003 eng.testa not found"] };
    return { metrics: nerMetrics(report), lines: formatNerReport(report) };
  },
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const m = args.indexOf("--model");
  const modelFile = m >= 0 ? args[m + 1] : undefined;
  const dir = args.find((a, k) => !a.startsWith("--") && (m < 0 || k !== m + 1)) ?? defaultConllDir();
  const t0 = performance.now();
  const recognizer = modelFile === undefined ? undefined : loadNerRecognizer(modelFile);
  const loadMs = performance.now() - t0;
  const report = evaluateNer(dir, recognizer);
  if (report === null)
    console.log(`ner eval: skipped (CoNLL-2003 eng.testa not found in ${dir ?? "../shared"})`);
  else {
    if (recognizer !== undefined) report.loadMs = loadMs;
    for (const line of formatNerReport(report)) console.log(line);
  }
}
