import type { Doc } from "../doc/doc.js";
import type { PlaceMention, Token } from "../doc/types.js";
import { childrenOf, spanHead, tokenRange } from "../time/tokens.js";
import { type Gazetteer, type GazetteerEntry, loadGazetteer } from "./gazetteer.js";

/** A place mention before disambiguation. */
export interface PlaceCandidate {
  start: number;
  end: number;
  text: string;
  /** First and last token. */
  first: number;
  last: number;
  entries: readonly GazetteerEntry[];
  /** `ner` when the recogniser tagged it LOC, `gazetteer` when only the name list found it. */
  source: "ner" | "gazetteer";
}

/** Prepositions after which a name is a location. */
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "from",
  "to",
  "into",
  "outside",
  "inside",
  "across",
  "around",
  "throughout",
  "toward",
  "towards",
  "via",
]);
/** Connectors allowed inside a multi-word place name ("Bosnia and Herzegovina", "Isle of Man"). */
const INNER = new Set(["of", "and", "the", "de", "-", "&"]);
const capitalised = (t: Token) => /^[A-Z]/.test(t.text) || /^[A-Z]\.[A-Z]\.?$/.test(t.text);

/**
 * Recogniser: LOC entities from the NER stage, plus capitalised proper-noun
 * runs the gazetteer knows (a city that only the gazetteer finds must be a
 * capital, have 100,000 people, or follow a locative preposition).
 */
export function proposePlaces(doc: Doc, gaz: Gazetteer): PlaceCandidate[] {
  const tokens = doc.tokens;
  const out: PlaceCandidate[] = [];
  const taken = new Set<number>();
  for (const e of doc.entities) {
    if (e.type !== "LOC") continue;
    for (const m of e.mentions) {
      const range = tokenRange(tokens, m.start, m.end);
      if (!range) continue;
      const text = doc.text.slice(m.start, m.end);
      const entries = gaz.lookup(text);
      if (entries.length === 0) continue;
      out.push({ start: m.start, end: m.end, text, first: range[0], last: range[1], entries, source: "ner" });
      for (let i = range[0]; i <= range[1]; i++) taken.add(i);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (taken.has(i) || !capitalised(t)) continue;
    const nerType = (t.ner ?? "O").slice(2);
    if (nerType === "PER") continue;
    let found: PlaceCandidate | null = null;
    for (let j = i; j < tokens.length && j - i < gaz.maxWords + 2; j++) {
      const tj = tokens[j] as Token;
      if (tj.sentence !== t.sentence || taken.has(j)) break;
      if (j > i && !capitalised(tj) && !INNER.has(tj.text.toLowerCase())) break;
      if (!capitalised(tj)) continue;
      const text = doc.text.slice(t.start, tj.end);
      const entries = gaz.lookup(text);
      if (entries.length > 0)
        found = { start: t.start, end: tj.end, text, first: i, last: j, entries, source: "gazetteer" };
    }
    if (!found) continue;
    // A leading "The" is not part of a place name.
    if (/^the$/i.test(t.text)) continue;
    // Inside a longer organisation or work name ("Bank of China", "New York Times"): not a place.
    const orgOrMisc = (k: number) => /^[BI]-(ORG|MISC)$/.test(tokens[k]?.ner ?? "");
    const inName =
      (orgOrMisc(found.first) && /^I-/.test(tokens[found.first]?.ner ?? "")) ||
      /^I-(ORG|MISC)$/.test(tokens[found.last + 1]?.ner ?? "");
    if (inName || (found.first === found.last && t.upos !== undefined && t.upos !== "PROPN")) continue;
    const prev = tokens[found.first - 1];
    const afterLocative = !!prev && LOCATIVE.has(prev.text.toLowerCase());
    const strong = found.entries.some(
      (e) => e.kind !== "city" || e.capital || e.population >= 100_000 || afterLocative,
    );
    if (!strong) continue;
    out.push(found);
    for (let k = found.first; k <= found.last; k++) taken.add(k);
    i = found.last;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Speech and action verbs whose subject is an actor even when it names a place ("Beijing said"). */
export function isActorUse(tokens: readonly Token[], head: number): boolean {
  let t = tokens[head];
  if (!t) return false;
  // "Seoul and Tokyo agreed": a conjunct plays its first conjunct's part.
  if (t.deprel === "conj" && tokens[t.head ?? -1]) {
    head = t.head as number;
    t = tokens[head] as Token;
  }
  // A name right before a finite verb, with no preposition before it, is that verb's subject
  // even when the tagger missed it ("Moscow warned …").
  const before = tokens[head - 1];
  const after = tokens[head + 1];
  if (
    after &&
    after.sentence === t.sentence &&
    /^(VBD|VBZ|VBP|MD)$/.test(after.xpos ?? "") &&
    (!before || before.sentence !== t.sentence || !/^(ADP|DET)$/.test(before.upos ?? ""))
  )
    return true;
  const rel = t.deprel ?? "";
  const gov = tokens[t.head ?? -1];
  if (/^nsubj/.test(rel) && gov && (gov.upos === "VERB" || gov.upos === "AUX")) return true;
  if (rel === "nmod:poss" || tokens[head + 1]?.text === "'s" || tokens[head + 1]?.text === "’s") return true;
  // An attribute of a noun ("U.S. officials", "the Chinese-Russia summit"): an affiliation, not a location.
  if ((rel === "compound" || rel === "amod") && gov && (gov.upos === "NOUN" || gov.upos === "PROPN"))
    return true;
  if (
    /^(obj|iobj)$/.test(rel) &&
    gov &&
    /^(urge|warn|accuse|ask|tell|call|criticize|criticise|condemn|blame|thank|praise)$/.test(gov.lemma ?? "")
  )
    return true;
  return false;
}

/** Refiner: drops candidates used as actors (metonymy: "Beijing said", "Washington's response", "urged Tokyo"). */
export function dropActorUses(doc: Doc, candidates: readonly PlaceCandidate[]): PlaceCandidate[] {
  const tokens = doc.tokens;
  if (!tokens.every((t) => t.head !== undefined)) return [...candidates];
  childrenOf(tokens);
  return candidates.filter((c) => !isActorUse(tokens, spanHead(tokens, c.first, c.last)));
}

/** Base score of an entry before context: countries, then regions, then cities by size. */
function prior(e: GazetteerEntry): number {
  if (e.kind === "country") return 8.5;
  if (e.kind === "region") return 6.5;
  return 1 + Math.log10(Math.max(e.population, 10)) + (e.capital ? 2 : 0);
}

/**
 * Refiner: choose each candidate's entry. Score = prior (country > region >
 * city by population, capitals up) + document context (other unambiguous
 * mentions of the same country) + a following ", Region/Country" qualifier
 * ("Athens, Georgia" keeps only Georgian-state entries).
 */
export function disambiguate(candidates: readonly PlaceCandidate[], doc: Doc): PlaceMention[] {
  // Two passes: the first reads each name by its prior and the unambiguous names around it;
  // the second lets every first-pass reading vote ("Macon and Augusta" make "Georgia" the US state).
  const firstVoters = candidates.map((c) => unambiguousCountry(c));
  const first = choose(candidates, doc, firstVoters);
  return choose(
    candidates,
    doc,
    first.map((m) => m.country),
  );
}

const unambiguousCountry = (c: PlaceCandidate): string | null =>
  new Set(c.entries.map((e) => e.country)).size === 1 ? (c.entries[0]?.country ?? null) : null;

function countryVotes(countries: readonly (string | null)[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const c of countries) if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
  return votes;
}

/** One disambiguation pass: each candidate's best entry given the country votes of the others. */
function choose(
  candidates: readonly PlaceCandidate[],
  doc: Doc,
  voters: readonly (string | null)[],
): PlaceMention[] {
  const votes = countryVotes(voters);
  const out: PlaceMention[] = [];
  candidates.forEach((c, idx) => {
    const next = candidates[idx + 1];
    const qualifier = next && /^\s*,\s*$/.test(doc.text.slice(c.end, next.start)) ? next.entries : null;
    let pool = c.entries;
    if (qualifier) {
      const narrowed = pool.filter((e) =>
        // Region codes differ between the sources (GeoNames admin1 vs ISO 3166-2), so the country decides.
        qualifier.some((q) => q.kind !== "city" && q.country === e.country),
      );
      if (narrowed.length > 0) pool = narrowed;
    }
    // The qualifier of the previous name ("Savannah, Georgia") is the region or country that name lies in.
    const prev = candidates[idx - 1];
    if (prev && /^\s*,\s*$/.test(doc.text.slice(prev.end, c.start))) {
      const holds = pool.filter((e) =>
        prev.entries.some(
          (p) =>
            p.kind === "city" &&
            p.country === e.country &&
            (e.kind === "country" ||
              (e.kind === "region" && (e.region === p.region || !/^[A-Z]+$/.test(p.region ?? "")))),
        ),
      );
      if (holds.length > 0) pool = holds;
    }
    let best: GazetteerEntry | null = null;
    let bestScore = -Infinity;
    for (const e of pool) {
      // A name does not vote for itself.
      const v = (votes.get(e.country) ?? 0) - (voters[idx] === e.country ? 1 : 0);
      const score = prior(e) + Math.min(7.5, 2.5 * v);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (!best) return;
    out.push({
      start: c.start,
      end: c.end,
      text: c.text,
      name: best.name,
      country: best.country,
      lat: best.lat,
      lon: best.lon,
      kind: best.kind,
    });
  });
  return out;
}

/** Options for {@link findPlaces}. */
export interface FindPlacesOptions {
  /** The gazetteer; default: {@link loadGazetteer} (loaded once per process). */
  gazetteer?: Gazetteer;
}

/**
 * Find the place mentions of a document: recognise (NER LOC + gazetteer),
 * drop actor uses (metonymy), disambiguate against the gazetteer.
 *
 * @example
 * // "Talks were held in Bangkok." → [{ text: "Bangkok", name: "Bangkok", country: "THA", kind: "city", … }]
 */
export function findPlaces(doc: Doc, options: FindPlacesOptions = {}): PlaceMention[] {
  const gaz = options.gazetteer ?? loadGazetteer();
  return disambiguate(dropActorUses(doc, proposePlaces(doc, gaz)), doc);
}
