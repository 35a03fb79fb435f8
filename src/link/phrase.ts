/**
 * Reading a noun phrase with the role/sector lexicon: the lexicon term it
 * ends in ("Foreign Ministry spokesman", "troops", "secretary of state"),
 * the country, IGO or organisation its modifiers name ("Chinese", "US",
 * "China's", "of Japan", "NATO", "Hamas"), and whether it is a listed
 * non-actor ("Japanese seafood").
 */
import type { Doc } from "../doc/doc.js";
import type { EntityRef, KnowledgeBase, Term } from "../kb/index.js";
import { normalizeName } from "../kb/index.js";
import { childrenOf } from "./syntax.js";

/** Relations that keep a dependent inside the noun phrase read for a role. */
const NP_RELS = new Set([
  "amod",
  "compound",
  "nmod",
  "nmod:poss",
  "flat",
  "det",
  "nummod",
  "case",
  "nmod:desc",
]);

/** What the modifiers of a phrase point at. */
export interface Owner {
  kind: "country" | "igo" | "org";
  id: string;
  name: string;
}

/** A lexicon reading of a noun phrase. */
export interface PhraseReading {
  /** The lexicon term, or null when the head is no role or sector word. */
  term: Term | null;
  /** Token range of the term. */
  termFirst: number;
  termLast: number;
  /** Owners named by modifiers, nearest first. */
  owners: Owner[];
  /** True when the phrase or its head is listed as not naming an actor. */
  nonActor: boolean;
  /** Token range of the whole phrase (modifiers included). */
  first: number;
  last: number;
  /** For an `inherit` term ("spokesman"), the sector of a body term among the modifiers ("police" → COP). */
  bodySector: string | null;
  /** Determiner or quantifier of the head, lower case ("the", "both", "two"), when any. */
  det: string | null;
}

/** Tokens of the subtree of `h` restricted to noun-phrase relations. */
export function npTokens(doc: Doc, h: number): number[] {
  const kids = childrenOf(doc);
  const out = [h];
  const walk = (i: number, depth: number): void => {
    if (depth > 4) return;
    for (const c of kids[i] ?? []) {
      const rel = doc.tokens[c]!.deprel ?? "";
      if (!NP_RELS.has(rel) && !rel.startsWith("compound")) continue;
      out.push(c);
      walk(c, depth + 1);
    }
  };
  walk(h, 0);
  return out.sort((a, b) => a - b);
}

/** The text of tokens `[a, b]` as written. */
export function spanText(doc: Doc, a: number, b: number): string {
  return doc.text.slice(doc.tokens[a]!.start, doc.tokens[b]!.end);
}

/** The lexicon reading of `text` fitting `owner`: a country-restricted reading first, then a general one. */
export function pickTerm(terms: readonly Term[], country: string | null): Term | null {
  if (terms.length === 0) return null;
  const own = terms.find((t) => t.country !== null && t.country === country);
  if (own) return own;
  const general = terms.filter((t) => t.country === null);
  if (general.length === 0) return null;
  // Prefer a reading with an office (so "foreign minister" can name a holder).
  return general.find((t) => t.office !== null) ?? general[0]!;
}

/** Owner found in a span of modifier tokens by name, adjective or seat. */
function ownerOfTokens(kb: KnowledgeBase, doc: Doc, toks: number[], linked: LinkedAt): Owner[] {
  const out: Owner[] = [];
  const push = (o: Owner): void => {
    if (!out.some((x) => x.id === o.id)) out.push(o);
  };
  // Runs of adjacent tokens, longest first within each run.
  const runs: number[][] = [];
  for (const t of toks) {
    // "Iranian-backed militias": the country backs the group, it does not own it.
    if (BACKED.test(doc.text.slice(doc.tokens[t]!.end, doc.tokens[t]!.end + 12))) continue;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === t - 1) last.push(t);
    else runs.push([t]);
  }
  for (const run of runs.reverse()) {
    let i = 0;
    while (i < run.length) {
      let matched = false;
      for (let j = run.length - 1; j >= i; j--) {
        const a = run[i]!;
        const b = run[j]!;
        const link = a === b ? linked(a) : null;
        if (link && (link.kind === "country" || link.kind === "igo" || link.kind === "org")) {
          push(link);
          i = j + 1;
          matched = true;
          break;
        }
        const text = spanText(doc, a, b).replace(/['’]s$/, "");
        const refs = kb.lookup(text).filter((r: EntityRef) => r.type !== "person");
        const adj = kb.countriesByAdjective(text);
        const seat = kb.seats(text).find((s) => !s.capital);
        const ref = refs[0];
        if (ref !== undefined && kb.ambiguity(text) === undefined)
          push({ kind: ref.type as Owner["kind"], id: ref.id, name: ref.name });
        else if (adj.length > 0) push({ kind: "country", id: adj[0]!.code, name: adj[0]!.name });
        else if (seat)
          push({ kind: kb.countries.has(seat.owner) ? "country" : "igo", id: seat.owner, name: seat.name });
        else if (ref !== undefined && ref.type === "country")
          push({ kind: "country", id: ref.id, name: ref.name });
        else continue;
        i = j + 1;
        matched = true;
        break;
      }
      if (!matched) i++;
    }
  }
  return out;
}

/** A hyphenated participle after a country word that makes it a sponsor, not an owner. */
const BACKED = /^-(backed|led|allied|aligned|sponsored|supported|funded|armed|trained|based|born)\b/i;

/** How the phrase reader sees already-linked names: the owner a token's name denotes, or null. */
export type LinkedAt = (token: number) => Owner | null;

/**
 * Read the noun phrase headed by `h`: the longest lexicon term that ends
 * at (or spans) the head, the owners named by the other modifiers, and
 * whether it is a non-actor.
 */
export function readPhrase(kb: KnowledgeBase, doc: Doc, h: number, linked: LinkedAt): PhraseReading {
  const toks = npTokens(doc, h);
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const inPhrase = new Set(toks);
  // Contiguous stretch of the phrase around the head.
  let lo = h;
  while (lo - 1 >= first && inPhrase.has(lo - 1)) lo--;
  let hi = h;
  while (hi + 1 <= last && inPhrase.has(hi + 1)) hi++;
  let term: Term | null = null;
  let termFirst = h;
  let termLast = h;
  search: for (let a = lo; a <= h; a++) {
    for (let b = hi; b >= h; b--) {
      const text = spanText(doc, a, b);
      if (/^(the|a|an)\s/i.test(text)) continue;
      const readings = kb.termsFor(text);
      const t = pickTerm(readings, null) ?? readings[0] ?? null;
      if (t !== null) {
        term = t;
        termFirst = a;
        termLast = b;
        break search;
      }
    }
  }
  const ownerToks = toks.filter((t) => (t < termFirst || t > termLast) && doc.tokens[t]!.deprel !== "case");
  const owners = ownerOfTokens(kb, doc, ownerToks, linked);
  if (owners.length === 0 && term !== null) {
    // A seat of power inside the term itself ("Kremlin spokesman", "State Department spokesperson").
    for (let a = termFirst; a <= termLast && owners.length === 0; a++) {
      for (let b = termLast; b >= a; b--) {
        const seat = kb.seats(spanText(doc, a, b)).find((s) => !s.capital);
        if (seat) {
          owners.push({
            kind: kb.countries.has(seat.owner) ? "country" : "igo",
            id: seat.owner,
            name: seat.name,
          });
          break;
        }
      }
    }
  }
  if (owners.length === 0 && term !== null) {
    // A country word just before the phrase that the parser attached elsewhere ("Ghanaian Foreign Minister …").
    const left: number[] = [];
    for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
      const t = doc.tokens[k]!;
      if (
        t.sentence !== doc.tokens[h]!.sentence ||
        !/^\p{Lu}/u.test(t.text) ||
        !["ADJ", "PROPN"].includes(t.upos ?? "")
      )
        break;
      left.unshift(k);
    }
    owners.push(...ownerOfTokens(kb, doc, left, linked));
  }
  // A country-restricted reading ("secretary of state" in the USA) once the owner is known.
  if (term !== null) {
    const country = owners.find((o) => o.kind === "country")?.id ?? null;
    // Without an owner a country-restricted reading stays ("the chancellor"); with one it must fit.
    term =
      pickTerm(kb.termsFor(spanText(doc, termFirst, termLast)), country) ?? (country === null ? term : null);
  }
  const headText = doc.tokens[h]!.text;
  const phraseText = spanText(doc, first, h);
  const nonActor =
    kb.isNonActorHead(headText) ||
    kb.isNonActorPhrase(phraseText) ||
    kb.isNonActorPhrase(phraseText.replace(/^(the|a|an)\s+/i, ""));
  let det: string | null = null;
  for (const c of childrenOf(doc)[h] ?? []) {
    const rel = doc.tokens[c]!.deprel;
    if (rel === "det" || rel === "nummod" || rel === "det:predet") {
      const w = normalizeName(doc.tokens[c]!.text);
      det = det === null ? w : `${det} ${w}`;
    }
  }
  let bodySector: string | null = null;
  if (term?.inherit) {
    for (const t of ownerToks) {
      const body = kb.termsFor(doc.tokens[t]!.text).find((x) => x.kind === "body");
      if (body) bodySector = body.sector;
    }
  }
  return { term, termFirst, termLast, owners, nonActor, first, last, det, bodySector };
}
