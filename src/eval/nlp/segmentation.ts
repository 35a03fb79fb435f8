#!/usr/bin/env node
/**
 * Tokenizer and sentence-splitter evaluation on UD English EWT, CoNLL 2018
 * style. The raw text of a treebank file is rebuilt from its `# text =`
 * lines (sentences of a paragraph joined by a space, paragraphs and documents
 * by a blank line); {@link segment} runs on it; tokens, syntactic words and
 * sentences are scored by exact character-span match:
 *
 * - tokens: surface tokens, a multiword token (`don't`) counting as one, so
 *   our contraction pieces are merged back before scoring;
 * - words: syntactic words (`do` + `n't`), the units a tagger sees;
 * - sentences: from the first to the last character.
 *
 * CLI: `node dist/src/eval/nlp/segmentation.js [--split dev,test] [--errors N]`
 * prints the figures (and up to N token and sentence errors per split).
 * Tune on dev (or train), never on test.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Span } from "../../doc/types.js";
import { type ConlluSentence, readConllu } from "../../nlp/conllu.js";
import { type Segmentation, segment } from "../../nlp/tokenize/index.js";
import { sharedDir } from "../../util/paths.js";
import type { EvalSection, SectionResult } from "../section.js";

/** The EWT files this evaluation reads, by split name. */
export const EWT_FILES = {
  train: "en_ewt-ud-train.conllu",
  dev: "en_ewt-ud-dev.conllu",
  test: "en_ewt-ud-test.conllu",
} as const;

/** A split of EWT. */
export type EwtSplit = keyof typeof EWT_FILES;

/** A raw text rebuilt from a treebank, with its gold spans. */
export interface GoldSegmentation {
  text: string;
  /** Surface tokens (a multiword token is one). */
  tokens: Span[];
  /** Syntactic words; a word whose form is not a piece of its token gets the impossible span `[-1, -1)`. */
  words: Span[];
  sentences: Span[];
  /** Tokens whose form could not be found in the sentence text (scored as missed). */
  misaligned: number;
}

/** Precision, recall and F1 (in percent) of predicted spans against gold spans. */
export interface SpanScore {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores of one segmentation run. */
export interface SegmentationScores {
  tokens: SpanScore;
  words: SpanScore;
  sentences: SpanScore;
  misaligned: number;
}

const SPACE = /\s/;

/** Rebuild the raw text of a CoNLL-U treebank and its gold token, word and sentence spans. */
export function goldFromConllu(sentences: readonly ConlluSentence[]): GoldSegmentation {
  const parts: string[] = [];
  let length = 0;
  const gold: GoldSegmentation = { text: "", tokens: [], words: [], sentences: [], misaligned: 0 };
  for (const [index, sentence] of sentences.entries()) {
    const sentenceText = sentence.meta["text"] ?? sentence.words.map((w) => w.form).join(" ");
    if (index > 0) {
      const separator = startsParagraph(sentence) ? "\n\n" : " ";
      parts.push(separator);
      length += separator.length;
    }
    alignSentence(sentence, sentenceText, length, gold);
    parts.push(sentenceText);
    length += sentenceText.length;
  }
  gold.text = parts.join("");
  return gold;
}

/** Whether a sentence opens a document or paragraph (`# newdoc`, `# newpar`, with or without an id). */
function startsParagraph(sentence: ConlluSentence): boolean {
  return Object.keys(sentence.meta).some((key) => key.startsWith("newdoc") || key.startsWith("newpar"));
}

/** Add the spans of one sentence whose text starts at offset `base`. */
function alignSentence(sentence: ConlluSentence, text: string, base: number, gold: GoldSegmentation): void {
  let p = 0;
  let first = -1;
  let last = -1;
  const multiwordAt = new Map(sentence.multiwords.map((m) => [m.first, m]));
  for (let w = 0; w < sentence.words.length;) {
    const word = sentence.words[w]!;
    const multiword = multiwordAt.get(word.id);
    const members = multiword ? sentence.words.slice(w, w + multiword.last - multiword.first + 1) : [word];
    const form = multiword ? multiword.form : word.form;
    while (p < text.length && SPACE.test(text[p]!)) p++;
    let at = text.startsWith(form, p) ? p : -1;
    if (at < 0) {
      gold.misaligned++;
      at = text.indexOf(form, p);
    }
    if (at < 0) {
      gold.tokens.push({ start: -1, end: -1 });
      for (let m = 0; m < members.length; m++) gold.words.push({ start: -1, end: -1 });
    } else {
      gold.tokens.push({ start: base + at, end: base + at + form.length });
      const pieces = members.map((m) => m.form);
      const spelled = pieces.join("") === form;
      let q = base + at;
      for (const piece of pieces) {
        gold.words.push(spelled ? { start: q, end: q + piece.length } : { start: -1, end: -1 });
        q += piece.length;
      }
      if (first < 0) first = base + at;
      last = base + at + form.length;
      p = at + form.length;
    }
    w += members.length;
  }
  if (first >= 0) gold.sentences.push({ start: first, end: last });
}

/** Score predicted spans against gold spans by exact match (both lists in text order). */
export function scoreSpans(gold: readonly Span[], predicted: readonly Span[]): SpanScore {
  const goldKeys = new Set(gold.filter((g) => g.start >= 0).map((g) => `${g.start}:${g.end}`));
  let matched = 0;
  for (const p of predicted) if (goldKeys.delete(`${p.start}:${p.end}`)) matched++;
  const precision = predicted.length ? (100 * matched) / predicted.length : 0;
  const recall = gold.length ? (100 * matched) / gold.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold: gold.length, predicted: predicted.length, matched, precision, recall, f1 };
}

/** Surface tokens of a segmentation: contraction pieces merged into the token they were split from. */
export function surfaceTokens(segmentation: Segmentation): Span[] {
  const out: Span[] = [];
  for (const t of segmentation.tokens) {
    const previous = out[out.length - 1];
    if (t.contraction && previous && previous.end === t.start) previous.end = t.end;
    else out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** Segment the rebuilt text of `sentences` and score it. */
export function evaluateSegmentation(sentences: readonly ConlluSentence[]): {
  scores: SegmentationScores;
  gold: GoldSegmentation;
  predicted: Segmentation;
} {
  const gold = goldFromConllu(sentences);
  const predicted = segment(gold.text);
  const scores: SegmentationScores = {
    tokens: scoreSpans(gold.tokens, surfaceTokens(predicted)),
    words: scoreSpans(gold.words, predicted.tokens),
    sentences: scoreSpans(gold.sentences, predicted.sentences),
    misaligned: gold.misaligned,
  };
  return { scores, gold, predicted };
}

/** The path of an EWT split under `shared`, or null when the file is absent. */
export function ewtPath(split: EwtSplit, shared: string | null = sharedDir()): string | null {
  if (!shared) return null;
  const path = join(shared, "ud", "UD_English-EWT", EWT_FILES[split]);
  return existsSync(path) ? path : null;
}

/** Evaluate on the named EWT splits; null when the treebank is absent. */
export function evaluateEwt(
  splits: readonly EwtSplit[] = ["dev", "test"],
  shared: string | null = sharedDir(),
): Partial<Record<EwtSplit, SegmentationScores>> | null {
  const out: Partial<Record<EwtSplit, SegmentationScores>> = {};
  for (const split of splits) {
    const path = ewtPath(split, shared);
    if (!path) return null;
    out[split] = evaluateSegmentation(readConllu(path)).scores;
  }
  return out;
}

const pct = (v: number) => v.toFixed(2);

/** One line per metric of a split's scores. */
export function formatScores(split: string, s: SegmentationScores): string[] {
  const line = (name: string, x: SpanScore) =>
    `${split} ${name.padEnd(9)} F1 ${pct(x.f1)}  P ${pct(x.precision)}  R ${pct(x.recall)}  (gold ${x.gold}, predicted ${x.predicted}, matched ${x.matched})`;
  return [line("tokens", s.tokens), line("words", s.words), line("sentences", s.sentences)];
}

/**
 * The `segmentation` section of `npm run eval` (to list in `src/eval/sections.ts`):
 * token, word and sentence F1 on EWT dev and test.
 */
export const segmentationSection: EvalSection = {
  name: "segmentation",
  description: "tokenizer + sentence splitter on UD English EWT dev/test (CoNLL 2018 span F1)",
  needsShared: true,
  async run(shared: string | null): Promise<SectionResult> {
    const result = evaluateEwt(["dev", "test"], shared);
    if (!result) return { metrics: {}, lines: ["skipped: UD_English-EWT is absent from ../shared/ud"] };
    const metrics: Record<string, number> = {};
    const lines: string[] = [];
    for (const [split, s] of Object.entries(result)) {
      lines.push(...formatScores(split, s));
      metrics[`segmentation.${split}_token_f1`] = s.tokens.f1;
      metrics[`segmentation.${split}_word_f1`] = s.words.f1;
      metrics[`segmentation.${split}_sentence_f1`] = s.sentences.f1;
    }
    return { metrics, lines };
  },
};

/** Up to `limit` gold spans missing from `predicted`, each with the predicted tokens around it. */
function spanErrors(
  goldSpans: readonly Span[],
  predicted: readonly Span[],
  text: string,
  context: Segmentation,
  limit: number,
): string[] {
  const predictedKeys = new Set(predicted.map((t) => `${t.start}:${t.end}`));
  const lines: string[] = [];
  const starts = context.tokens.map((t) => t.start);
  for (const g of goldSpans) {
    if (lines.length >= limit) break;
    if (g.start < 0 || predictedKeys.has(`${g.start}:${g.end}`)) continue;
    let k = lowerBound(starts, g.start - 12);
    const around: string[] = [];
    while (k < context.tokens.length && context.tokens[k]!.start < g.end + 12)
      around.push(context.tokens[k++]!.text);
    lines.push(`gold «${text.slice(g.start, g.end)}»  predicted: ${around.join(" | ")}`);
  }
  return lines;
}

/** Up to `limit` sentence-boundary errors: missed (gold only) and false (predicted only) ends. */
function sentenceErrors(gold: GoldSegmentation, predicted: Segmentation, limit: number): string[] {
  const goldEnds = new Set(gold.sentences.map((s) => s.end));
  const predictedEnds = new Set(predicted.sentences.map((s) => s.end));
  const flat = (a: number, b: number) => gold.text.slice(Math.max(0, a), b).replace(/\s+/g, " ");
  const lines: string[] = [];
  const all = [...new Set([...goldEnds, ...predictedEnds])].sort((a, b) => a - b);
  for (const end of all) {
    if (lines.length >= limit) break;
    const inGold = goldEnds.has(end);
    if (inGold === predictedEnds.has(end)) continue;
    lines.push(`${inGold ? "missed" : "false "} …${flat(end - 40, end)}⟂${flat(end, end + 40)}…`);
  }
  return lines;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function main(args: readonly string[]): void {
  const splitArg = args.includes("--split") ? (args[args.indexOf("--split") + 1] ?? "") : "dev,test";
  const limit = args.includes("--errors") ? Number(args[args.indexOf("--errors") + 1] ?? "0") : 0;
  const splits = splitArg.split(",").filter((s): s is EwtSplit => s in EWT_FILES);
  for (const split of splits) {
    const path = ewtPath(split);
    if (!path) {
      process.stdout.write(
        `segmentation: skipped, ${EWT_FILES[split]} not found under ../shared/ud/UD_English-EWT\n`,
      );
      return;
    }
    const { scores, gold, predicted } = evaluateSegmentation(readConllu(path));
    for (const line of formatScores(split, scores)) process.stdout.write(`${line}\n`);
    if (scores.misaligned > 0)
      process.stdout.write(`${split} misaligned gold tokens: ${scores.misaligned}\n`);
    if (limit > 0) {
      const tokenErrors = spanErrors(gold.tokens, surfaceTokens(predicted), gold.text, predicted, limit);
      const wordErrors = spanErrors(gold.words, predicted.tokens, gold.text, predicted, limit);
      for (const line of tokenErrors) process.stdout.write(`  token ${line}\n`);
      for (const line of wordErrors) process.stdout.write(`  word ${line}\n`);
      for (const line of sentenceErrors(gold, predicted, limit)) process.stdout.write(`  sentence ${line}\n`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
