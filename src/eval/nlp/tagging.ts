/**
 * Evaluation of the tagger and lemmatizer on UD English-EWT with gold
 * tokenisation: UPOS, XPOS and lemma accuracy on dev and test, tagging speed
 * and model load time.
 *
 * Run: node dist/src/eval/nlp/tagging.js [UD_English-EWT dir]
 * (skips with a message when the treebank is absent).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type ConlluSentence, readConllu } from "../../nlp/conllu.js";
import { type Lemmatizer, loadLemmatizer } from "../../nlp/lemmatizer/lemmatizer.js";
import { chanceryRoot } from "../../nlp/model-io.js";
import { loadPosTagger } from "../../nlp/tagger/io.js";
import type { PosTagger } from "../../nlp/tagger/tagger.js";

/** Where the evaluation looks for the treebank by default: `../shared` beside the package. */
export function defaultTreebankDir(): string {
  return join(chanceryRoot(), "..", "shared", "ud", "UD_English-EWT");
}

/**
 * Lemma accuracy on treebank sentences, with the gold tags or, given a
 * tagger, with the tags it predicts.
 */
export function scoreLemmatizer(
  lemmatizer: Lemmatizer,
  sentences: readonly ConlluSentence[],
  tagger?: PosTagger,
): number {
  let right = 0;
  let total = 0;
  for (const s of sentences) {
    const forms = s.words.map((w) => w.form);
    const tags = tagger?.tag(forms) ?? s.words;
    s.words.forEach((w, i) => {
      const t = tags[i]!;
      if (lemmatizer.lemmatize(w.form, t.upos, t.xpos) === w.lemma) right++;
      total++;
    });
  }
  return right / Math.max(total, 1);
}

/** Scores on one treebank split. */
export interface TaggingSplitReport {
  split: string;
  sentences: number;
  words: number;
  upos: number;
  xpos: number;
  /** Lemma accuracy with predicted tags (what the pipeline does). */
  lemma: number;
  /** Lemma accuracy with gold tags (the lemmatizer alone). */
  lemmaGoldTags: number;
  /** Words tagged and lemmatised per second (one thread). */
  wordsPerSecond: number;
}

/** The whole evaluation. */
export interface TaggingReport {
  /** Milliseconds to read both models (first use in the process). */
  loadMs: number;
  splits: TaggingSplitReport[];
}

/** Evaluate one split. */
export function evaluateSplit(
  split: string,
  sentences: readonly ConlluSentence[],
  tagger: PosTagger,
  lemmatizer: Lemmatizer,
): TaggingSplitReport {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let elapsed = 0;
  for (const s of sentences) {
    const forms = s.words.map((w) => w.form);
    const t0 = performance.now();
    const tags = tagger.tag(forms);
    const lemmas = tags.map((t, i) => lemmatizer.lemmatize(forms[i]!, t.upos, t.xpos));
    elapsed += performance.now() - t0;
    s.words.forEach((w, i) => {
      words++;
      if (tags[i]!.upos === w.upos) upos++;
      if (tags[i]!.xpos === w.xpos) xpos++;
      if (lemmas[i] === w.lemma) lemma++;
    });
  }
  const d = Math.max(words, 1);
  return {
    split,
    sentences: sentences.length,
    words,
    upos: upos / d,
    xpos: xpos / d,
    lemma: lemma / d,
    lemmaGoldTags: scoreLemmatizer(lemmatizer, sentences),
    wordsPerSecond: words / Math.max(elapsed / 1000, 1e-9),
  };
}

/**
 * Evaluate the committed (or given) models on EWT dev and test; null when
 * the treebank is not in `dir`.
 */
export function evaluateTagging(
  dir: string = defaultTreebankDir(),
  models?: { tagger: PosTagger; lemmatizer: Lemmatizer },
): TaggingReport | null {
  const files = { dev: join(dir, "en_ewt-ud-dev.conllu"), test: join(dir, "en_ewt-ud-test.conllu") };
  if (!existsSync(files.dev) || !existsSync(files.test)) return null;
  const t0 = performance.now();
  const tagger = models?.tagger ?? loadPosTagger();
  const lemmatizer = models?.lemmatizer ?? loadLemmatizer();
  const loadMs = performance.now() - t0;
  const splits = Object.entries(files).map(([split, path]) =>
    evaluateSplit(split, readConllu(path), tagger, lemmatizer),
  );
  return { loadMs, splits };
}

/** The report as printable lines. */
export function formatTaggingReport(report: TaggingReport): string[] {
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  const lines = [`model load: ${report.loadMs.toFixed(0)} ms`];
  for (const s of report.splits) {
    lines.push(
      `EWT ${s.split} (${s.words} words, gold tokens): UPOS ${pct(s.upos)}  XPOS ${pct(s.xpos)}  ` +
        `lemma ${pct(s.lemma)} (gold tags ${pct(s.lemmaGoldTags)})  ${Math.round(s.wordsPerSecond)} words/s`,
    );
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? defaultTreebankDir();
  const report = evaluateTagging(dir);
  if (report === null) console.log(`tagging eval: skipped (UD English-EWT not found in ${dir})`);
  else for (const line of formatTaggingReport(report)) console.log(line);
}
