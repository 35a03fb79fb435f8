import type { Doc } from "../doc/doc.js";
import type { TimeExpression } from "../doc/types.js";
import { parseDay } from "./calendar.js";
import { loadTimePhrases } from "./lexicon.js";
import { resolveMeaning } from "./normalize.js";
import { DEFAULT_REFINERS, type TimeRefiner } from "./refiners.js";
import { defaultRecognizers, type TimeRecognizer } from "./recognizers.js";
import { clauseTense } from "./tense.js";
import { spanHead, tokenRange } from "./tokens.js";
import type { TimeCandidate, TimeContext } from "./types.js";

/** Options for {@link findTimes}. */
export interface FindTimesOptions {
  /** Extra folders of phrase tables (`*.tsv`, format of `data/time/phrases.tsv`). Default: none. */
  timeData?: readonly string[];
  /** Recognisers to run. Default: {@link defaultRecognizers}. */
  recognizers?: readonly TimeRecognizer[];
  /** Refiners to apply. Default: {@link DEFAULT_REFINERS}. */
  refiners?: readonly TimeRefiner[];
}

let defaultSet: TimeRecognizer[] | null = null;

/** Every candidate the recognisers propose, sentence by sentence (the whole text when there are no sentences). */
export function proposeTimes(doc: Doc, recognizers: readonly TimeRecognizer[]): TimeCandidate[] {
  const spans = doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: doc.text.length }];
  const out: TimeCandidate[] = [];
  for (const s of spans) {
    const text = doc.text.slice(s.start, s.end);
    for (const r of recognizers) out.push(...r.recognize(text, s.start));
  }
  return out;
}

/**
 * Find and normalise the temporal expressions of a document: recognisers
 * propose, refiners decide, and each kept expression is anchored on the
 * publication date, with the clause's tense deciding "on Thursday" and bare
 * month names, the last named day anchoring "the day before", and the
 * quarter under discussion anchoring "the quarter" / "a year earlier".
 *
 * @example
 * // doc.published_at = "2021-03-19", text "The talks ended on Thursday."
 * findTimes(doc) // [{ text: "Thursday", value: "2021-03-18", type: "DATE", precision: "day", … }]
 */
export function findTimes(doc: Doc, options: FindTimesOptions = {}): TimeExpression[] {
  let recognizers = options.recognizers;
  if (!recognizers) {
    if (options.timeData && options.timeData.length > 0)
      recognizers = defaultRecognizers(loadTimePhrases(options.timeData));
    else recognizers = defaultSet ??= defaultRecognizers(loadTimePhrases());
  }
  let candidates = proposeTimes(doc, recognizers);
  for (const refiner of options.refiners ?? DEFAULT_REFINERS)
    candidates = refiner.refine(candidates, doc.tokens);
  candidates.sort((a, b) => a.start - b.start);

  const ctx: TimeContext = {
    anchor: parseDay(doc.published_at),
    reference: null,
    quarterFocus: null,
    tense: "present",
  };
  const out: TimeExpression[] = [];
  for (const c of candidates) {
    const range = tokenRange(doc.tokens, c.start, c.end);
    ctx.tense = range ? clauseTense(doc, spanHead(doc.tokens, range[0], range[1])) : "present";
    const v = resolveMeaning(c.meaning, ctx);
    const expr: TimeExpression = { start: c.start, end: c.end, text: c.text, value: v.value, type: v.type };
    if (v.precision) expr.precision = v.precision;
    out.push(expr);
    const day = parseDay(v.value);
    if (day && (v.type === "DATE" || v.type === "TIME")) ctx.reference = day;
    const q = /^(\d{4})-Q([1-4])$/.exec(v.value);
    if (q && c.meaning.kind === "quarter" && (c.meaning.quarter !== null || c.meaning.which))
      ctx.quarterFocus = { year: Number(q[1]), quarter: Number(q[2]) };
  }
  return out;
}
