/**
 * The scoring of the article-extraction benchmark (Scrapinghub/Zyte, 2020),
 * as its `ABOUT.md` defines it: text split into `\w+` tokens (Unicode, as
 * Python's `re` reads `\w`: letters, numbers and `_`), 4-token shingles with
 * their counts; per page tp = shared shingles, fp = extra predicted, fn =
 * missed, each divided by their sum so every page weighs the same. Precision
 * and recall are means over pages (pages with tp + fp = 0 left out of
 * precision, tp + fn = 0 out of recall); F1 = 2PR / (P + R).
 */

/** Per-page shares of shared, extra and missed shingles (they sum to 1, or are all 0). */
export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 over pages. */
export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The benchmark's tokens of a text. */
export function benchmarkTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Counts of the `n`-token shingles of a text (a text shorter than `n` tokens is one shingle). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const piece = tokens.slice(i, i + n);
    if (piece.length === 0) continue;
    const key = piece.join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Compare a predicted text with the true one (see the module comment). */
export function matchPage(truth: string, predicted: string, n = 4): PageMatch {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function precisionOf(m: PageMatch): number {
  if (m.fp === 0 && m.fn === 0) return 1;
  if (m.tp === 0 && m.fp === 0) return 0;
  return m.tp / (m.tp + m.fp);
}

function recallOf(m: PageMatch): number {
  if (m.fp === 0 && m.fn === 0) return 1;
  if (m.tp === 0 && m.fn === 0) return 0;
  return m.tp / (m.tp + m.fn);
}

/** Mean precision and recall over pages, and their F1. */
export function scorePages(pages: readonly PageMatch[]): ExtractionScore {
  const ps = pages.filter((m) => m.tp + m.fp > 0).map(precisionOf);
  const rs = pages.filter((m) => m.tp + m.fn > 0).map(recallOf);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
