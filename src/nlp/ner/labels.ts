/**
 * The recogniser's output labels: `O` and BILOU labels for each entity type
 * (`B-PER`, `I-PER`, `L-PER`, `U-PER`, …), with the transitions that make a
 * well-formed sequence.
 */
import { ENTITY_TYPES, type EntityType, type TokenSpan, spansFromBilou } from "./tags.js";

const PREFIXES = ["B", "I", "L", "U"] as const;

/** The label table: index 0 is `O`, then `B-,I-,L-,U-` for each of PER, ORG, LOC, MISC. */
export const NER_LABELS: readonly string[] = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => PREFIXES.map((p) => `${p}-${t}`)),
];

/** Number of labels. */
export const NUM_LABELS = NER_LABELS.length;

/** The entity type index (into `ENTITY_TYPES`) of each label, -1 for `O`. */
export const LABEL_TYPE: readonly number[] = NER_LABELS.map((_, l) => (l === 0 ? -1 : (l - 1) >> 2));

/** The BILOU prefix index of each label (0 B, 1 I, 2 L, 3 U), -1 for `O`. */
const LABEL_PREFIX: readonly number[] = NER_LABELS.map((_, l) => (l === 0 ? -1 : (l - 1) & 3));

/** The index of a BILOU label (`O`, `U-LOC` …), or -1. */
export function labelIndex(label: string): number {
  return NER_LABELS.indexOf(label);
}

/**
 * Whether `label` may follow `prev` (-1 at the sentence start) in a
 * well-formed BILOU sequence; `last` says that the word is the sentence's
 * last, so nothing may stay open.
 */
export function allowedAfter(prev: number, label: number, last: boolean): boolean {
  const p = prev < 0 ? -1 : LABEL_PREFIX[prev]!;
  const open = p === 0 || p === 1;
  const cur = LABEL_PREFIX[label]!;
  if (last && (cur === 0 || cur === 1)) return false;
  if (open) return (cur === 1 || cur === 2) && LABEL_TYPE[label] === LABEL_TYPE[prev];
  return cur === -1 || cur === 0 || cur === 3;
}

/** Label indices of a sentence with the given spans. */
export function labelsFromSpans(length: number, spans: readonly TokenSpan[]): Int32Array {
  const out = new Int32Array(length);
  for (const s of spans) {
    const base = 1 + 4 * ENTITY_TYPES.indexOf(s.type);
    if (s.end - s.start === 1) out[s.start] = base + 3;
    else for (let i = s.start; i < s.end; i++) out[i] = base + (i === s.start ? 0 : i === s.end - 1 ? 2 : 1);
  }
  return out;
}

/** Spans of a sentence's label indices. */
export function spansFromLabels(labels: ArrayLike<number>): TokenSpan[] {
  return spansFromBilou(Array.from(labels, (l) => NER_LABELS[l] ?? "O"));
}

/** The entity type of a label index, or null for `O`. */
export function labelEntityType(label: number): EntityType | null {
  const t = LABEL_TYPE[label];
  return t === undefined || t < 0 ? null : ENTITY_TYPES[t]!;
}
