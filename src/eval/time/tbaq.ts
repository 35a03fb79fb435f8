import { createDoc, type Doc } from "../../doc/doc.js";
import type { TimeExpression } from "../../doc/types.js";
import { Pipeline } from "../../pipeline/pipeline.js";
import { parseStage } from "../../stages/parse/index.js";
import { tagStage } from "../../stages/tag/index.js";
import { timeStage } from "../../stages/time/index.js";
import { tokenizeStage } from "../../stages/tokenize/index.js";
import type { GoldTimex, TimeMlDoc } from "./timeml.js";

/** Span and value scores of the time stage against TimeML gold. */
export interface TimeScores {
  gold: number;
  predicted: number;
  strictMatched: number;
  relaxedMatched: number;
  /** Relaxed matches whose value equals the gold value. */
  valueCorrect: number;
  /** Relaxed matches whose type equals the gold type. */
  typeCorrect: number;
  /** Strict matches whose value also equals the gold value. */
  strictValueCorrect: number;
  errors: { doc: string; gold: string; predicted: string }[];
}

/** Equal TIMEX3 values, reading TimeBank's `199X` decade as TIMEX3's `199` and `W7` as `W07`. */
export function sameValue(gold: string, predicted: string): boolean {
  const week = (v: string) => v.replace(/-W0(\d)\b/, "-W$1");
  const g = week(gold.replace(/^(\d{3})X$/, "$1").replace(/^(\d{2})XX$/, "$1"));
  return g === week(predicted);
}

/** The pipeline the time evaluation runs: tokenize, tag, parse, time (the text is given). */
export function timePipeline(): Pipeline {
  return new Pipeline(
    [tokenizeStage, tagStage, parseStage, timeStage],
    ["raw", "metadata", "text", "language"],
  );
}

/** Run the time pipeline over one TimeML document, anchored on its creation time. */
export async function annotateTimeMl(pipeline: Pipeline, d: TimeMlDoc): Promise<Doc> {
  const doc = createDoc({ id: d.id, raw: d.text, rawKind: "text", published_at: d.dct, language: "en" });
  doc.text = d.text;
  for (const layer of ["metadata", "text", "language"] as const) doc.layers.add(layer);
  return pipeline.run(doc);
}

/** Score predicted expressions against gold ones: one-to-one, exact (strict) or overlapping (relaxed) spans. */
export function scoreTimes(
  id: string,
  gold: readonly GoldTimex[],
  predicted: readonly TimeExpression[],
  s: TimeScores,
): void {
  s.gold += gold.length;
  s.predicted += predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    predicted.forEach((p, i) => {
      if (used.has(i) || !(p.start < g.end && g.start < p.end)) return;
      if (best < 0 || (p.start === g.start && p.end === g.end)) best = i;
    });
    if (best < 0) {
      if (s.errors.length < 5000)
        s.errors.push({ doc: id, gold: `${g.text} [${g.type} ${g.value}]`, predicted: "-" });
      continue;
    }
    used.add(best);
    const p = predicted[best] as TimeExpression;
    s.relaxedMatched++;
    const strict = p.start === g.start && p.end === g.end;
    if (strict) s.strictMatched++;
    const valueOk = sameValue(g.value, p.value);
    if (valueOk) s.valueCorrect++;
    if (valueOk && strict) s.strictValueCorrect++;
    if (p.type === g.type) s.typeCorrect++;
    if ((!valueOk || !strict) && s.errors.length < 5000)
      s.errors.push({
        doc: id,
        gold: `${g.text} [${g.type} ${g.value}]`,
        predicted: `${p.text} [${p.type} ${p.value}]`,
      });
  }
  predicted.forEach((p, i) => {
    if (!used.has(i) && s.errors.length < 5000)
      s.errors.push({ doc: id, gold: "-", predicted: `${p.text} [${p.type} ${p.value}]` });
  });
}

/** Evaluate the time stage on TimeML documents. */
export async function evaluateTimeMl(docs: readonly TimeMlDoc[]): Promise<TimeScores> {
  const pipeline = timePipeline();
  const s: TimeScores = {
    gold: 0,
    predicted: 0,
    strictMatched: 0,
    relaxedMatched: 0,
    valueCorrect: 0,
    typeCorrect: 0,
    strictValueCorrect: 0,
    errors: [],
  };
  for (const d of docs) {
    const doc = await annotateTimeMl(pipeline, d);
    scoreTimes(d.id, d.timexes, doc.times, s);
  }
  return s;
}

/** Precision, recall and F1 from counts. */
export function prf(matched: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? 0 : matched / predicted;
  const r = gold === 0 ? 0 : matched / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
