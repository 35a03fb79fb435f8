/**
 * Linking a recognised name to the knowledge base, in order of evidence:
 * an exact name or alias (with ambiguous names checked against their
 * context), a seat of power or capital (metonym or place by its syntax),
 * then — once the document's full names are known — a short name or
 * surname of a person named earlier, a surname unique in the KB, a fuzzy
 * match backed by context, and finally a provisional person from a role
 * phrase ("Ghanaian Foreign Minister Kofi Mensah").
 */
import type { Doc } from "../doc/doc.js";
import type { MentionKind } from "../doc/types.js";
import { type EntityRef, type KnowledgeBase, normalizeName } from "../kb/index.js";
import { COMMON_SURNAMES, PLACE_AFTER, PLACE_BEFORE, SENTENCE_CUES, TITLES } from "./cues.js";
import { fuzzyMatch } from "./fuzzy.js";
import type { NameIndex } from "./name-index.js";
import { type LinkedAt, type Owner, readPhrase, spanText } from "./phrase.js";
import type { ProvisionalEntity, ProvisionalRegistry } from "./provisional.js";
import { childrenOf, isPlaceUse, phraseHead, tokenAt } from "./syntax.js";

/** What a mention was linked to. */
export type Target =
  | { kind: "kb"; ref: EntityRef }
  | { kind: "provisional"; entity: ProvisionalEntity }
  /** A person the document names in full but the KB lacks; `group` is the NER entity's id. */
  | { kind: "local"; group: string };

/** The outcome of linking one mention. */
export interface Resolution {
  target: Target;
  kind: MentionKind;
  method: string;
  /** Sector a metonym denotes (the Pentagon → MIL). */
  sector?: string | null;
}

/** A recognised name with its tokens. */
export interface NameMention {
  /** The NER entity's id and type. */
  group: string;
  nerType: string;
  start: number;
  end: number;
  text: string;
  /** Token range of the name (without "the", a possessive "'s" or trailing marks). */
  first: number;
  last: number;
  /** Linking result, once known; `blocked` means context ruled every reading out. */
  result?: Resolution | "blocked";
}

/** Everything the name linker reads. */
export interface LinkContext {
  kb: KnowledgeBase;
  index: NameIndex;
  doc: Doc;
  day: string;
  registry: ProvisionalRegistry;
  /** Owners named around each sentence, cached until the linked names change. */
  owners?: Map<number, Set<string>>;
}

/** The name text of a mention, its tokens cut to the name proper. */
export function trimName(doc: Doc, first: number, last: number): [number, number] {
  let a = first;
  let b = last;
  while (a < b && /^(the|The|THE)$/.test(doc.tokens[a]!.text)) a++;
  while (b > a && /^(['’]s?|\*+|[.,;:!?)(\]"“”]+)$/.test(doc.tokens[b]!.text)) b--;
  return [a, b];
}

/** Tokens after dropping leading titles ("Mr.", "President"), or null when nothing is left. */
function withoutTitles(doc: Doc, a: number, b: number): [number, number] | null {
  let k = a;
  while (k <= b && TITLES.has(normalizeName(doc.tokens[k]!.text))) k++;
  return k > a && k <= b ? [k, b] : null;
}

const TYPE_FOR_NER: Record<string, readonly EntityRef["type"][]> = {
  PER: ["person"],
  LOC: ["country", "igo", "org"],
  ORG: ["org", "igo", "country"],
  MISC: ["country", "org", "igo", "person"],
};

/** The sentence text around a token, lower case. */
function sentenceText(doc: Doc, i: number): string {
  const s = doc.sentences[doc.tokens[i]!.sentence];
  return (s ? s.text : doc.text).toLowerCase();
}

/** Whether words around the mention select a non-country reading of `key`. */
function placeCue(doc: Doc, m: NameMention, key: string): boolean {
  const next = doc.tokens[m.last + 1]?.text.toLowerCase() ?? "";
  const prev = doc.tokens[m.first - 1]?.text.toLowerCase() ?? "";
  const prev2 = `${doc.tokens[m.first - 2]?.text.toLowerCase() ?? ""} ${prev}`;
  if (PLACE_AFTER.has(next) || PLACE_BEFORE.has(prev) || PLACE_BEFORE.has(prev2)) return true;
  const sentence = sentenceText(doc, m.first);
  return (SENTENCE_CUES[key] ?? []).some((cue) =>
    new RegExp(`\\b${cue.replace(/\./g, "\\.")}\\b`).test(sentence),
  );
}

/** A country, IGO or organisation reading as a metonym or place, by its syntax. */
function seatResolution(ctx: LinkContext, m: NameMention, owner: string, sector: string): Resolution {
  const { kb } = ctx;
  const country = kb.countries.get(owner);
  const ref: EntityRef = country
    ? { type: "country", id: owner, name: country.name }
    : { type: "igo", id: owner, name: kb.igos.get(owner)?.name ?? owner };
  const place = isPlaceUse(ctx.doc, phraseHead(ctx.doc, m.last));
  return { target: { kind: "kb", ref }, kind: place ? "place" : "metonym", method: "seat", sector };
}

/** Records of `refs` whose type suits the NER type, best first. */
function suited(refs: readonly EntityRef[], nerType: string): EntityRef[] {
  const order = TYPE_FOR_NER[nerType] ?? ["country", "igo", "org", "person"];
  return refs
    .filter((r) => order.includes(r.type))
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}

/** Resolve an ambiguous name from its senses and context; `blocked` when no reading is safe. */
function disambiguate(ctx: LinkContext, m: NameMention, text: string): Resolution | "blocked" | "surname" {
  const { kb, doc } = ctx;
  const amb = kb.ambiguity(text)!;
  const key = amb.key;
  const senses = amb.senses.filter((s) => s.kind !== "confusable");
  const records = senses.filter((s) => s.ref !== null && s.kind !== "name");
  if (records.length > 0 && records.every((s) => s.kind === "person")) return "surname";
  if (m.nerType === "PER" && !records.some((s) => s.kind === "person")) return "blocked";
  if (placeCue(doc, m, key)) return "blocked";
  // A country that is also a given name, followed by a surname ("Chad Johnson", "Jordan Peele").
  const next = doc.tokens[m.last + 1];
  if (amb.senses.some((x) => x.kind === "name") && next?.upos === "PROPN" && /^\p{Lu}/u.test(next.text))
    return "blocked";
  const seats = kb.seats(text);
  const first = records[0];
  if (first === undefined) return "blocked";
  if (seats.length > 0 && (first.kind === "country" || first.kind === "igo")) {
    // A seat or capital standing for its first-listed owner ("Brussels" → EU, "Washington" → USA).
    const own = seats.find((x) => x.owner === first.ref);
    return seatResolution(ctx, m, first.ref!, own?.sector ?? (first.kind === "igo" ? "IGO" : "GOV"));
  }
  // An acronym that is also a word ("WHO", "IS") counts only as written in capitals and tagged ORG.
  const wordSense = senses.some((s) => s.kind === "word");
  if (wordSense && /^[A-Z]{2,}$/.test(amb.text) && (m.text !== amb.text || m.nerType !== "ORG"))
    return "blocked";
  const type =
    first.kind === "country"
      ? "country"
      : first.kind === "igo"
        ? "igo"
        : first.kind === "org"
          ? "org"
          : "person";
  const hit = kb.lookup(text).find((r) => r.type === type && r.id === first.ref);
  const ref: EntityRef = hit ?? {
    type,
    id: first.ref!,
    name:
      kb.countries.get(first.ref!)?.name ??
      kb.igos.get(first.ref!)?.name ??
      kb.orgs.get(first.ref!)?.name ??
      kb.people.get(first.ref!)?.name ??
      first.ref!,
  };
  if (type === "country" && m.nerType === "PER") return "blocked";
  return { target: { kind: "kb", ref }, kind: "name", method: "context" };
}

/** Pass 1: exact names, aliases, ambiguous names in context, seats of power and capitals. */
export function resolveExact(ctx: LinkContext, m: NameMention): Resolution | "blocked" | "surname" | null {
  const { kb, doc } = ctx;
  const tries: [number, number][] = [[m.first, m.last]];
  const bare = withoutTitles(doc, m.first, m.last);
  if (bare) tries.push(bare);
  for (const [a, b] of tries) {
    const text = spanText(doc, a, b);
    if (kb.ambiguity(text) !== undefined) return disambiguate(ctx, { ...m, first: a, last: b }, text);
    const refs = suited(kb.lookup(text), m.nerType);
    const nonPerson = refs.filter((r) => r.type !== "person");
    const seats = kb.seats(text);
    if (nonPerson.length > 0 && (m.nerType !== "PER" || refs.every((r) => r.type !== "person"))) {
      if (m.nerType === "PER" && nonPerson[0]!.type === "country") return "blocked";
      return { target: { kind: "kb", ref: nonPerson[0]! }, kind: "name", method: "alias" };
    }
    if (seats.length > 0 && m.nerType !== "PER") {
      const seat = seats.find((s) => !s.capital) ?? seats[0]!;
      return seatResolution(ctx, m, seat.owner, seat.sector);
    }
    const people = refs.filter((r) => r.type === "person");
    if (people.length === 1)
      return { target: { kind: "kb", ref: people[0]! }, kind: "name", method: "alias" };
    if (people.length > 1) {
      const active = people.filter((p) => kb.rolesAt(p.id, ctx.day).length > 0);
      if (active.length === 1)
        return { target: { kind: "kb", ref: active[0]! }, kind: "name", method: "alias" };
      return "blocked";
    }
  }
  return null;
}

/** Persons and local names the document has already linked, for short-name resolution. */
export interface KnownPerson {
  target: Target;
  /** Normalised name parts (of the mention text and, for KB people, the canonical name and aliases). */
  parts: string[][];
  /** Offsets of its mentions. */
  starts: number[];
}

/** Owners of a linked name, for reading role phrases. */
export function ownerOfTarget(ctx: LinkContext, t: Target): Owner | null {
  if (t.kind === "kb") {
    const r = t.ref;
    if (r.type === "country" || r.type === "igo" || r.type === "org")
      return { kind: r.type, id: r.id, name: r.name };
  }
  return null;
}

/** Countries and IGOs named in the sentence of `i` and its neighbours, and in the name's role phrase. */
function contextOwners(ctx: LinkContext, i: number, linked: LinkedAt): Set<string> {
  const { doc, kb } = ctx;
  const s = doc.tokens[i]!.sentence;
  ctx.owners ??= new Map();
  const hit = ctx.owners.get(s);
  if (hit) return hit;
  const out = new Set<string>();
  const sentences = doc.sentences;
  const from = Math.max(0, s - 1);
  const to = Math.min(sentences.length - 1, s + 1);
  const lo = sentences.length > 0 ? tokenAt(doc.tokens, sentences[from]!.start) : 0;
  for (let k = Math.max(0, lo); k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.sentence < from) continue;
    if (t.sentence > to) break;
    const o = linked(k);
    if (o) out.add(o.kind === "org" ? (kb.orgs.get(o.id)?.country ?? o.id) : o.id);
    for (const c of kb.countriesByAdjective(t.text)) out.add(c.code);
  }
  ctx.owners.set(s, out);
  return out;
}

/** The role phrase attached to a name: a lexicon term among its modifiers or the phrase it names. */
export function rolePhraseOf(
  ctx: LinkContext,
  m: NameMention,
  linked: LinkedAt,
): ReturnType<typeof readPhrase> | null {
  const { doc, kb } = ctx;
  const h = phraseHead(doc, m.last);
  // Dependents of any word of the name (the parser may hang the title on the first name).
  const kids: number[] = [];
  for (let k = m.first; k <= m.last; k++) kids.push(...(childrenOf(doc)[k] ?? []));
  if (h < m.first || h > m.last) kids.push(...(childrenOf(doc)[h] ?? []));
  for (const c of kids) {
    if (c >= m.first && c <= m.last) continue;
    const rel = doc.tokens[c]!.deprel ?? "";
    if (rel.startsWith("nmod") || rel === "appos" || rel.startsWith("compound") || rel === "amod") {
      const r = readPhrase(kb, doc, c, linked);
      if (r.term !== null && r.term.kind === "person") return r;
    }
  }
  const t = doc.tokens[h]!;
  if (
    (t.deprel === "appos" || t.deprel?.startsWith("flat") || t.deprel === "compound") &&
    t.head !== undefined &&
    t.head >= 0
  ) {
    const r = readPhrase(kb, doc, t.head, linked);
    if (r.term !== null && r.term.kind === "person") return r;
  }
  // "Foreign Minister Kofi Mensah": title words tagged as part of the name's compound chain.
  if (m.first > 0) {
    const r = readPhrase(kb, doc, h, linked);
    if (r.term !== null && r.term.kind === "person" && r.termLast < m.first) return r;
  }
  return null;
}

/** Whether a KB person fits the context: a role phrase or country named nearby matching one of their roles. */
function supported(ctx: LinkContext, ref: EntityRef, m: NameMention, linked: LinkedAt): boolean {
  if (ref.type !== "person") {
    const owners = contextOwners(ctx, m.first, linked);
    const org = ctx.kb.orgs.get(ref.id);
    return org?.country !== undefined && org.country !== null && owners.has(org.country);
  }
  const person = ctx.kb.people.get(ref.id);
  if (!person) return false;
  const where = new Set(person.roles.map((r) => r.where));
  const role = rolePhraseOf(ctx, m, linked);
  if (role?.term) {
    const term = role.term;
    if (
      person.roles.some((r) => (term.office !== null && r.office === term.office) || r.sector === term.sector)
    )
      return true;
  }
  const owners = contextOwners(ctx, m.first, linked);
  return [...where].some((w) => owners.has(w));
}

/**
 * Pass 2 for a name pass 1 left open: a short name of a person named in the
 * document, a surname unique in the KB, a fuzzy match with context, or a
 * provisional person from a role phrase.
 */
export function resolveWeak(
  ctx: LinkContext,
  m: NameMention,
  known: readonly KnownPerson[],
  linked: LinkedAt,
  surnameOnly: boolean,
): Resolution | null {
  const { doc, kb, index } = ctx;
  const [a, b] = withoutTitles(doc, m.first, m.last) ?? [m.first, m.last];
  const text = spanText(doc, a, b);
  const key = normalizeName(text);
  const parts = key.split(" ");
  // A title on its own ("President", "Minister") is not a name.
  if (key.length === 0 || (parts.length === 1 && TITLES.has(key))) return null;
  // The recogniser sometimes tags a foreign surname as a place: only a KB surname, and only as a participant.
  const asPlace = m.nerType === "LOC";
  if (
    asPlace &&
    (parts.length !== 1 || isPlaceUse(doc, phraseHead(doc, m.last)) || kb.lookup(text).length > 0)
  )
    return null;
  // A proper noun the recogniser missed only matches people the document names.
  const inDocOnly = m.nerType === "GAP";
  // 1. A short name of someone named in full earlier (or later) in the document.
  const distance = (k: KnownPerson): number => Math.min(...k.starts.map((s) => Math.abs(s - m.start)));
  const nearest = known.length < 2 ? known : [...known].sort((x, y) => distance(x) - distance(y));
  if (parts.length < 3) {
    for (const k of nearest) {
      const full = k.parts.some((p) => p.length > parts.length && endsWith(p, parts));
      const firstPart = k.parts.some((p) => p.length > parts.length && startsWith(p, parts));
      if (full || firstPart) return { target: k.target, kind: "name", method: "surname" };
    }
  }
  if (inDocOnly) {
    if (parts.length !== 1 || COMMON_SURNAMES.has(key) || kb.ambiguity(text) !== undefined) return null;
    // A country or organisation under a misspelling the KB lists ("Quatar"): listed, so no context needed.
    const listed = kb.lookupMisspelling(text).filter((r) => r.type !== "person");
    if (listed.length === 1 && /^\p{Lu}/u.test(text))
      return { target: { kind: "kb", ref: listed[0]! }, kind: "name", method: "misspelling" };
    if (key.length >= 5) {
      for (const k of nearest) {
        if (k.parts.some((p) => p.length > 1 && fuzzyWord(key, p[p.length - 1]!)))
          return { target: k.target, kind: "name", method: "fuzzy" };
      }
    }
    // A capitalised word the recogniser missed that is a KB surname, used as a participant ("Lavrov said").
    if (!/^\p{Lu}/u.test(text) || isPlaceUse(doc, m.last) || kb.lookup(text).length > 0) return null;
    const pick = uniquePerson(ctx, index.bySurname(key)) ?? uniquePerson(ctx, index.byFirstPart(key));
    return pick ? { target: { kind: "kb", ref: pick }, kind: "name", method: "kb-surname" } : null;
  }
  if (surnameOnly) {
    // An ambiguous surname ("Wang", "Kim"): only a KB sense active on the day and matching the context.
    const amb = kb.ambiguity(text);
    const senses = (amb?.senses ?? []).filter((s) => s.kind === "person" && s.ref !== null);
    const titled = a > m.first || TITLES.has(normalizeName(doc.tokens[m.first - 1]?.text ?? ""));
    const fits = senses
      .map((s) => ({ type: "person" as const, id: s.ref!, name: kb.people.get(s.ref!)?.name ?? s.ref! }))
      .filter(
        (r) =>
          kb.rolesAt(r.id, ctx.day).length > 0 &&
          (supported(ctx, r, m, linked) || (senses.length === 1 && (titled || m.nerType === "PER"))),
      );
    return fits.length === 1
      ? { target: { kind: "kb", ref: fits[0]! }, kind: "name", method: "kb-surname" }
      : null;
  }
  const common = parts.length === 1 && COMMON_SURNAMES.has(key);
  // 2. A surname (or family-name-first part) unique in the KB.
  if (parts.length === 1 && !common && (m.nerType === "PER" || m.nerType === "MISC" || asPlace)) {
    for (const refs of [index.bySurname(key), index.byFirstPart(key)]) {
      if (refs.length === 0) continue;
      const active = refs.filter((r) => kb.rolesAt(r.id, ctx.day).length > 0);
      const pick = refs.length === 1 ? refs[0]! : active.length === 1 ? active[0]! : null;
      if (pick) return { target: { kind: "kb", ref: pick }, kind: "name", method: "kb-surname" };
      break;
    }
  }
  if (asPlace) return null;
  // 3. Fuzzy: misspellings and transliterations, of a person in the document first, then the KB with context.
  if (!common && key.length >= 5) {
    if (parts.length === 1) {
      for (const k of nearest) {
        if (k.parts.some((p) => p.length > 1 && fuzzyWord(key, p[p.length - 1]!)))
          return { target: k.target, kind: "name", method: "fuzzy" };
      }
    }
    const hits = index
      .fuzzy(text)
      .filter(
        (h) =>
          suited([h.ref], m.nerType).length > 0 &&
          (supported(ctx, h.ref, m, linked) || (!h.viaMisspelling && anchoredByName(h.key, parts))),
      );
    const distinct = [...new Map(hits.map((h) => [`${h.ref.type}:${h.ref.id}`, h])).values()];
    if (distinct.length === 1)
      return { target: { kind: "kb", ref: distinct[0]!.ref }, kind: "name", method: "fuzzy" };
    if (distinct.length > 1) {
      const active = distinct.filter(
        (h) => h.ref.type !== "person" || kb.rolesAt(h.ref.id, ctx.day).length > 0,
      );
      if (active.length === 1)
        return { target: { kind: "kb", ref: active[0]!.ref }, kind: "name", method: "fuzzy" };
    }
  }
  // 4. A provisional person an earlier document introduced, then a role phrase with a country.
  const seen = parts.length >= 2 && m.nerType === "PER" ? ctx.registry.get(text) : undefined;
  if (seen) return { target: { kind: "provisional", entity: seen }, kind: "name", method: "provisional" };
  // A role phrase with a country for a person the KB lacks.
  if (m.nerType === "PER" && parts.length >= 2) {
    const role = rolePhraseOf(ctx, m, linked);
    const owner = role?.owners[0];
    if (role?.term && owner) {
      const term = role.term;
      const sector =
        term.inherit && owner.kind === "org"
          ? (kb.sectorOf(owner.id, ctx.day) ?? term.sector)
          : (role.bodySector ?? term.sector);
      const country =
        owner.kind === "country"
          ? owner.id
          : owner.kind === "org"
            ? (kb.orgs.get(owner.id)?.country ?? null)
            : null;
      const entity = ctx.registry.register({
        name: text.replace(/\s+/g, " "),
        country,
        sector: owner.kind === "igo" ? "IGO" : sector,
        role: term.text,
        office: term.office,
      });
      return { target: { kind: "provisional", entity }, kind: "name", method: "role" };
    }
  }
  return null;
}

/**
 * A name of two or more words that differs from the candidate in one word
 * only ("Sergie Lavrov" for "Sergey Lavrov", "Antony Blanken" for "Antony
 * Blinken"): the other, exact words are the supporting evidence.
 */
function anchoredByName(candidate: string, parts: readonly string[]): boolean {
  const cparts = candidate.split(" ");
  if (parts.length < 2 || cparts.length !== parts.length) return false;
  const differing = parts.filter((p, i) => p !== cparts[i]);
  return differing.length === 1 && differing[0]!.length >= 4;
}

/** The one person of `refs`, or the one of them holding a role on the day, else null. */
function uniquePerson(ctx: LinkContext, refs: readonly EntityRef[]): EntityRef | null {
  if (refs.length === 1) return refs[0]!;
  const active = refs.filter((r) => ctx.kb.rolesAt(r.id, ctx.day).length > 0);
  return active.length === 1 ? active[0]! : null;
}

function endsWith(whole: string[], part: string[]): boolean {
  return part.every((p, i) => whole[whole.length - part.length + i] === p);
}

function startsWith(whole: string[], part: string[]): boolean {
  return part.every((p, i) => whole[i] === p);
}

/** A one-word misspelling of a name part seen in the document ("Navalani" for "Navalny"). */
function fuzzyWord(word: string, known: string): boolean {
  if (word === known || known.length < 5) return false;
  return fuzzyMatch(word, known);
}
