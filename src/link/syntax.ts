/**
 * Small views of a parsed document the linker needs: each token's
 * dependents, the token at a character offset, and whether a noun is used
 * as a place ("arrived in Beijing") or as a participant ("Beijing warned").
 */
import type { Doc } from "../doc/doc.js";
import type { Token } from "../doc/types.js";

/** Dependents of every token, by head index (memoised per document). */
const childrenCache = new WeakMap<Doc, number[][]>();

/** The dependents of each token of `doc`, in text order. */
export function childrenOf(doc: Doc): number[][] {
  let hit = childrenCache.get(doc);
  if (hit === undefined || hit.length !== doc.tokens.length) {
    hit = doc.tokens.map(() => []);
    doc.tokens.forEach((t, i) => {
      if (t.head !== undefined && t.head >= 0 && t.head < doc.tokens.length) hit![t.head]!.push(i);
    });
    childrenCache.set(doc, hit);
  }
  return hit;
}

/** Index of the token starting at or covering character `offset` (binary search), or -1. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** The token range `[first, last]` covering characters `[start, end)`, or null. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  const first = tokenAt(tokens, start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return [first, last];
}

/** The base relation of a UD label (`nsubj:pass` → `nsubj`). */
export function baseRel(deprel: string | undefined): string {
  return (deprel ?? "").split(":")[0]!;
}

/** Prepositions that make a noun phrase a location or destination, not a participant. */
const LOCATIVE = new Set([
  "in",
  "at",
  "to",
  "into",
  "from",
  "near",
  "inside",
  "outside",
  "across",
  "throughout",
  "around",
  "via",
  "toward",
  "towards",
  "within",
  "through",
  "onto",
  "out",
  "beyond",
  "outside",
  "off",
]);

/** Relations through which a noun phrase takes part in an event. */
const PARTICIPANT = new Set(["nsubj", "obj", "iobj", "nmod", "obl", "compound", "appos", "conj", "csubj"]);

/** The head of the phrase `i` belongs to when `i` is inside a name (`flat`, `compound` of a proper noun). */
export function phraseHead(doc: Doc, i: number): number {
  let k = i;
  for (let step = 0; step < 4; step++) {
    const t = doc.tokens[k]!;
    const rel = t.deprel ?? "";
    if (
      (rel === "flat" || rel === "compound" || rel === "flat:name") &&
      t.head !== undefined &&
      t.head >= 0
    ) {
      const h = doc.tokens[t.head]!;
      if (h.upos === "PROPN" || rel.startsWith("flat")) {
        k = t.head;
        continue;
      }
    }
    break;
  }
  return k;
}

/** The preposition or case marker attached to token `i` (lower case), or null. */
export function caseMarker(doc: Doc, i: number): string | null {
  for (const c of childrenOf(doc)[i] ?? []) {
    const rel = doc.tokens[c]!.deprel;
    if (rel === "case") return doc.tokens[c]!.text.toLowerCase();
  }
  return null;
}

/**
 * Whether the noun phrase headed by `i` is used as a place: it has a
 * locative preposition ("in Beijing", "to Moscow"), or is a conjunct of one
 * ("in Beijing and Shanghai"), or stands outside any participant relation
 * (a dateline, a list). Possessors ("Beijing's"), subjects, objects and
 * phrases with other prepositions ("talks with Beijing") are participants.
 */
export function isPlaceUse(doc: Doc, i: number): boolean {
  const h = phraseHead(doc, i);
  const t = doc.tokens[h]!;
  const marker = caseMarker(doc, h);
  if (marker === "'s" || marker === "’s" || t.deprel === "nmod:poss") return false;
  if (marker !== null) return LOCATIVE.has(marker) && !targetOrOrigin(doc, h, marker);
  if (t.deprel === "conj" && t.head !== undefined && t.head >= 0) {
    const m = caseMarker(doc, t.head);
    if (m !== null) return LOCATIVE.has(m);
    return !PARTICIPANT.has(baseRel(doc.tokens[t.head]!.deprel));
  }
  if (baseRel(t.deprel) === "obj" && t.head !== undefined && t.head >= 0) {
    const verb = doc.tokens[t.head]!;
    if (MOTION.has((verb.lemma ?? verb.text).toLowerCase())) return true;
  }
  return !PARTICIPANT.has(baseRel(t.deprel));
}

/** Words after which "at" marks a target, not a place ("hit back at the Kremlin", "a swipe at Beijing"). */
const AT_TARGET = new Set([
  "hit",
  "lash",
  "aim",
  "point",
  "fire",
  "strike",
  "swipe",
  "jab",
  "rail",
  "snap",
  "laugh",
  "scoff",
  "shout",
  "direct",
  "target",
  "dig",
  "angry",
  "furious",
  "annoyed",
  "glance",
  "look",
  "wag",
  "retaliate",
  "bristle",
]);

/**
 * Whether a preposition that usually marks a place here marks a participant:
 * "at" after verbs and nouns of attack or criticism, "from" on a noun
 * ("officials from Beijing" are Chinese officials).
 */
function targetOrOrigin(doc: Doc, h: number, marker: string): boolean {
  const head = doc.tokens[doc.tokens[h]!.head ?? -1];
  if (head === undefined) return false;
  if (marker === "at") {
    // "hit back at", "lash out at": the particle hangs between the verb and the phrase.
    const verb = head.upos === "ADV" || head.upos === "ADP" ? (doc.tokens[head.head ?? -1] ?? head) : head;
    return AT_TARGET.has((verb.lemma ?? verb.text).toLowerCase());
  }
  if (marker === "from")
    return baseRel(doc.tokens[h]!.deprel) === "nmod" && (head.upos === "NOUN" || head.upos === "PROPN");
  return false;
}

/** Verbs whose object is a place moved from, into or through ("left Cairo", "entered Kyiv"). */
const MOTION = new Set([
  "leave",
  "enter",
  "reach",
  "depart",
  "tour",
  "flee",
  "cross",
  "evacuate",
  "circle",
  "fly",
]);

/** The date roles are resolved at: the publication day, or today when unknown. */
export function docDay(doc: Doc): string {
  const d = doc.published_at?.slice(0, 10);
  return d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : new Date().toISOString().slice(0, 10);
}
