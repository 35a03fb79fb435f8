import type { Doc } from "../doc/doc.js";
import type { DatePrecision, EventDate, EventLocation, Span, Token } from "../doc/types.js";
import { calendarDate } from "../util/dates.js";
import { childrenOf, hasParse, spanHead, tokenRange } from "./tokens.js";

/** Relations that open a new clause: an expression beyond one of them does not date the trigger. */
const CLAUSE = /^(ccomp|advcl|parataxis|acl|csubj|conj|list|xcomp|root)/;
/** Relations by which a temporal or place phrase modifies a verb or noun. */
const MODIFIER = /^(obl|nmod|advmod|obj|compound|appos|dep|nsubj)/;
/** Prepositions that make a place the location of an event. */
const LOCATIVE = new Set(["in", "at", "near", "inside", "outside", "on"]);

/**
 * The trigger and the words that carry its clause: the trigger itself, and
 * going up the parse, its heads until a clause boundary is crossed (a noun
 * trigger's light verb, "held talks" → "held", is included).
 */
function triggerChain(tokens: readonly Token[], trigger: number): Set<number> {
  const chain = new Set<number>([trigger]);
  let cur = trigger;
  for (let steps = 0; steps < 4; steps++) {
    const t = tokens[cur] as Token;
    const head = t.head ?? -1;
    if (head < 0 || CLAUSE.test(t.deprel ?? "root")) break;
    // From a verb, a modifier's head is in another phrase; only nouns climb to their verb.
    if (t.upos === "VERB" && steps > 0) break;
    cur = head;
    chain.add(cur);
    if (tokens[cur]?.upos === "VERB") break;
  }
  return chain;
}

/**
 * Whether the phrase headed by `head` modifies a word of the trigger's chain:
 * directly, or through at most one nominal in between ("on the night of March 3").
 */
function attachesTo(tokens: readonly Token[], head: number, chain: Set<number>): number | null {
  let cur = head;
  for (let steps = 0; steps < 3; steps++) {
    const t = tokens[cur] as Token;
    if (!MODIFIER.test(t.deprel ?? "") && steps === 0) return null;
    const up = t.head ?? -1;
    if (up < 0) return null;
    if (chain.has(up)) return steps;
    if (CLAUSE.test(t.deprel ?? "")) return null;
    cur = up;
  }
  return null;
}

/** The closest (fewest hops, then nearest in the text) span of `spans` attached to the trigger. */
function attachedSpan<T extends Span>(
  doc: Doc,
  trigger: number,
  spans: readonly T[],
  accept: (s: T, head: number) => boolean,
): T | null {
  const tokens = doc.tokens;
  const tok = tokens[trigger];
  if (!tok || !hasParse(doc)) return null;
  const chain = triggerChain(tokens, trigger);
  let best: { span: T; hops: number; dist: number } | null = null;
  for (const s of spans) {
    const range = tokenRange(tokens, s.start, s.end);
    if (!range || tokens[range[0]]?.sentence !== tok.sentence) continue;
    const head = spanHead(tokens, range[0], range[1]);
    if (!accept(s, head)) continue;
    const hops = attachesTo(tokens, head, chain);
    if (hops === null) continue;
    const dist = Math.abs(head - trigger);
    if (!best || hops < best.hops || (hops === best.hops && dist < best.dist)) best = { span: s, hops, dist };
  }
  return best?.span ?? null;
}

const CALENDAR_VALUE = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-\d)?|Q[1-4]|SP|SU|FA|WI))?|^\d{3}$/;

/**
 * The date of an event whose trigger is token `trigger` (a document token
 * index): the DATE/TIME expression attached to the trigger in the
 * dependency parse — a temporal modifier of the trigger's verb within its
 * clause, or of the trigger's noun ("the visit on March 22") — as stated
 * (`stated: true`, `text` the expression). Otherwise the publication date,
 * implied (`stated: false`; `value` "" when the date is unknown). Durations,
 * sets and vague references (`PAST_REF`, `FUTURE_REF`) never date an event.
 *
 * @example
 * // "Lavrov will arrive in China on March 22." published 2021-03-19, trigger "arrive"
 * eventDateFor(doc, 2) // { value: "2021-03-22", precision: "day", stated: true, text: "March 22" }
 */
export function eventDateFor(doc: Doc, trigger: number): EventDate {
  const found = attachedSpan(
    doc,
    trigger,
    doc.times,
    (t) => (t.type === "DATE" || t.type === "TIME") && CALENDAR_VALUE.test(t.value),
  );
  if (found) {
    const value = found.type === "TIME" ? found.value.replace(/T.*$/, "") : found.value;
    return { value, precision: found.precision ?? precisionOf(value), stated: true, text: found.text };
  }
  return { value: calendarDate(doc.published_at) ?? doc.published_at ?? "", precision: "day", stated: false };
}

/** The precision a TIMEX3 date value states. */
export function precisionOf(value: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return "day";
  if (/-W\d/.test(value)) return "week";
  if (/^\d{4}-\d{2}$/.test(value)) return "month";
  if (/-(Q\d|SP|SU|FA|WI)$/.test(value)) return "quarter";
  if (/^\d{4}$/.test(value)) return "year";
  if (/^\d{3}$/.test(value)) return "decade";
  return "unknown";
}

/**
 * Where an event whose trigger is token `trigger` happened: a place
 * introduced by a locative preposition ("in", "at", "near", …) that modifies
 * the trigger or its clause ("arrived in Beijing", "talks in Alaska"), or null.
 *
 * @example
 * // "Blinken arrived in Beijing on Sunday.", trigger "arrived"
 * eventLocationFor(doc, 1) // { name: "Beijing", country: "CHN", lat: 39.9, lon: 116.4 }
 */
export function eventLocationFor(doc: Doc, trigger: number): EventLocation | null {
  const tokens = doc.tokens;
  const kids = childrenOf(tokens);
  const found = attachedSpan(doc, trigger, doc.places, (_p, head) =>
    (kids[head] ?? []).some(
      (k) => tokens[k]?.deprel === "case" && LOCATIVE.has((tokens[k]?.text ?? "").toLowerCase()),
    ),
  );
  if (!found) return null;
  return { name: found.name, country: found.country, lat: found.lat, lon: found.lon };
}
