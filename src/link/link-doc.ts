/**
 * Linking a document: every recognised name goes through the name linker
 * (exact → seat/capital → short name → KB surname → fuzzy → provisional),
 * proper nouns the recogniser missed are looked up as seats, countries and
 * organisations, then pronouns, role descriptions and plural phrases are
 * resolved, and `doc.entities` is rebuilt with one entity per linked record
 * (KB id, canonical name, type, country and sector as of the publication
 * day) carrying every mention, each with its kind and how it was linked.
 */
import type { Doc } from "../doc/doc.js";
import type { Entity, Mention } from "../doc/types.js";
import { type EntityRef, type KnowledgeBase, normalizeName } from "../kb/index.js";
import { TITLES } from "./cues.js";
import { resolveCoreference, type CountryEvidence, type PersonEvidence, isSubject } from "./coref.js";
import { factsOf, type RecordFacts } from "./facts.js";
import { type NameIndex, nameIndexOf } from "./name-index.js";
import {
  type KnownPerson,
  type LinkContext,
  type NameMention,
  ownerOfTarget,
  type Resolution,
  resolveExact,
  resolveWeak,
  type Target,
  trimName,
} from "./names.js";
import { type LinkedAt, type Owner, readPhrase } from "./phrase.js";
import { processRegistry, type ProvisionalRegistry } from "./provisional.js";
import { docDay, phraseHead, tokenRange } from "./syntax.js";

/** Per-document facts the actor resolver reads after linking. */
export interface DocLinks {
  kb: KnowledgeBase;
  day: string;
}

const linkedDocs = new WeakMap<Doc, DocLinks>();

/** The knowledge base and day a document was linked with, when `link` ran on it in this process. */
export function linksOf(doc: Doc): DocLinks | undefined {
  return linkedDocs.get(doc);
}

/** Stable key of a target, used to group mentions into entities. */
function targetKey(t: Target): string {
  if (t.kind === "kb") return `${t.ref.type}:${t.ref.id}`;
  if (t.kind === "provisional") return t.entity.id;
  return `local:${t.group}`;
}

/** Gender of a person target, when the KB records it. */
function genderOf(kb: KnowledgeBase, t: Target): "m" | "f" | null {
  return t.kind === "kb" && t.ref.type === "person" ? (kb.people.get(t.ref.id)?.gender ?? null) : null;
}

/** Facts of KB records on the document's day, computed once per record. */
const factsCache = new WeakMap<KnowledgeBase, Map<string, RecordFacts>>();

function cachedFacts(kb: KnowledgeBase, ref: EntityRef, day: string): RecordFacts {
  let byKb = factsCache.get(kb);
  if (byKb === undefined) {
    byKb = new Map();
    factsCache.set(kb, byKb);
  }
  const key = `${ref.type}:${ref.id}@${day}`;
  let hit = byKb.get(key);
  if (hit === undefined) {
    if (byKb.size > 50_000) byKb.clear();
    hit = factsOf(kb, ref, day);
    byKb.set(key, hit);
  }
  return hit;
}

/** The country a target stands for or belongs to on `day`. */
function countryOf(kb: KnowledgeBase, t: Target, day: string): string | null {
  if (t.kind === "provisional") return t.entity.country;
  if (t.kind !== "kb") return null;
  return cachedFacts(kb, t.ref, day).country;
}

/** Whether a target is a person. */
function isPerson(t: Target, nerType: string): boolean {
  return t.kind === "provisional" || (t.kind === "kb" ? t.ref.type === "person" : nerType === "PER");
}

/** Closed-class tags a capitalised sentence-initial word may carry ("The", "In", "He"). */
const CLOSED = new Set(["DET", "PRON", "AUX", "ADP", "CCONJ", "PART", "NUM", "PUNCT", "INTJ"]);

/** Proper-noun runs the recogniser missed, as name mentions to look up (never people). */
function gapMentions(doc: Doc, covered: boolean[], index: NameIndex): NameMention[] {
  const out: NameMention[] = [];
  const proper = (i: number): boolean => {
    const t = doc.tokens[i];
    if (t === undefined || covered[i]) return false;
    if (t.upos === "PROPN") return true;
    // A capitalised KB surname the tagger read as a common noun ("Guterres").
    if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !CLOSED.has(t.upos ?? "") && index.bySurname(t.text).length > 0)
      return true;
    // A capitalised word the tagger misread, right before a proper noun of the same sentence ("Xi Jinping").
    const next = doc.tokens[i + 1];
    return (
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !CLOSED.has(t.upos ?? "") &&
      next !== undefined &&
      next.sentence === t.sentence &&
      next.upos === "PROPN" &&
      !covered[i + 1]
    );
  };
  let k = 0;
  while (k < doc.tokens.length) {
    if (!proper(k)) {
      k++;
      continue;
    }
    let e = k;
    while (
      e + 1 < doc.tokens.length &&
      proper(e + 1) &&
      doc.tokens[e + 1]!.sentence === doc.tokens[k]!.sentence
    )
      e++;
    const start = doc.tokens[k]!.start;
    const end = doc.tokens[e]!.end;
    out.push({ group: "", nerType: "GAP", start, end, text: doc.text.slice(start, end), first: k, last: e });
    k = e + 1;
  }
  return out;
}

/**
 * A person's name the recogniser broke into pieces but the parser kept as
 * one `flat` chain ("Sheikh Hamad bin Khalifa al-Thani" read as PER "Hamad",
 * LOC "Khalifa", MISC "al-Thani"): when the whole chain, without leading
 * titles, is a KB person's name, its pieces become one PER mention.
 */
function mergeFlatNames(doc: Doc, kb: KnowledgeBase, mentions: NameMention[], covered: boolean[]): void {
  const tokens = doc.tokens;
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    if (head.upos !== "PROPN") continue;
    let b = h;
    while (b + 1 < tokens.length && tokens[b + 1]!.head === h && tokens[b + 1]!.deprel === "flat") b++;
    // Hyphenated particles ("al-Thani") hang their parts off the head too.
    while (
      b + 2 < tokens.length &&
      tokens[b + 1]!.text === "-" &&
      tokens[b + 2]!.head === h &&
      tokens[b + 2]!.deprel === "flat"
    )
      b += 2;
    if (b - h < 2) continue;
    const inside = mentions.filter((m) => m.first <= b && m.last >= h);
    const groups = new Set(inside.map((m) => m.group));
    if (groups.size < 2 || inside.some((m) => m.first < h || m.last > b)) continue;
    const text = doc.text.slice(head.start, tokens[b]!.end);
    if (!kb.lookup(text).some((r) => r.type === "person")) continue;
    // Leading titles ("Sheikh", "President") stay outside the name, as the linker expects.
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    const group = inside.find((m) => m.nerType === "PER")?.group ?? inside[0]!.group;
    mentions.push({ group, nerType: "PER", start: head.start, end: tokens[b]!.end, text, first: h, last: b });
    for (let k = h; k <= b; k++) covered[k] = true;
    h = b;
  }
}

/**
 * Link the names of `doc` against `kb` and rebuild `doc.entities`.
 * Provisional people go to `registry` (by default the process-wide one),
 * so a later document naming them reuses the same id.
 *
 * @example
 * linkDocument(doc, loadKnowledgeBase());
 * doc.entities.find((e) => e.kb_id === "antony-blinken")?.mentions.map((m) => m.text)
 */
export function linkDocument(
  doc: Doc,
  kb: KnowledgeBase,
  registry: ProvisionalRegistry = processRegistry,
): void {
  const day = docDay(doc);
  const ctx: LinkContext = { kb, index: nameIndexOf(kb), doc, day, registry };
  const nerById = new Map(doc.entities.map((e) => [e.id, e]));
  const covered = doc.tokens.map(() => false);
  const mentions: NameMention[] = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const range = tokenRange(doc.tokens, m.start, m.end);
      if (range === null) continue;
      const [first, last] = trimName(doc, range[0], range[1]);
      for (let k = range[0]; k <= range[1]; k++) covered[k] = true;
      mentions.push({ group: e.id, nerType: e.type, start: m.start, end: m.end, text: m.text, first, last });
    }
  }
  mergeFlatNames(doc, kb, mentions, covered);
  mentions.push(...gapMentions(doc, covered, ctx.index));
  mentions.sort((a, b) => a.start - b.start);

  // Pass 1: exact names, ambiguous names in context, seats and capitals.
  const surnameOnly = new Set<NameMention>();
  for (const m of mentions) {
    const r = resolveExact(ctx, m);
    if (r === "surname") surnameOnly.add(m);
    else if (r !== null) m.result = r;
  }
  const tokenOwner = new Map<number, Owner>();
  const refreshOwners = (): void => {
    tokenOwner.clear();
    ctx.owners = undefined;
    for (const m of mentions) {
      if (m.result === undefined || m.result === "blocked" || m.result.kind === "place") continue;
      const o = ownerOfTarget(ctx, m.result.target);
      if (o) for (let k = m.first; k <= m.last; k++) tokenOwner.set(k, o);
    }
  };
  refreshOwners();
  const linked: LinkedAt = (t) => tokenOwner.get(t) ?? null;
  const knownPersons = (withLocal: boolean): KnownPerson[] => {
    const out: KnownPerson[] = [];
    const byKey = new Map<string, KnownPerson>();
    const addKnown = (k: KnownPerson): void => {
      const key = targetKey(k.target);
      const hit = byKey.get(key);
      if (hit === undefined) {
        byKey.set(key, k);
        out.push(k);
        return;
      }
      hit.starts.push(...k.starts);
      for (const p of k.parts) if (!hit.parts.some((q) => q.join(" ") === p.join(" "))) hit.parts.push(p);
    };
    for (const m of mentions) {
      const r = m.result;
      const parts = [normalizeName(m.text).split(" ")];
      if (r !== undefined && r !== "blocked" && isPerson(r.target, m.nerType)) {
        if (r.target.kind === "kb") {
          const p = kb.people.get(r.target.ref.id);
          for (const n of p ? [p.name, ...p.aliases] : []) {
            // "President Zelensky" names Zelensky; its title is no part of the name.
            const words = normalizeName(n).split(" ");
            while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
            parts.push(words);
          }
        }
        addKnown({ target: r.target, parts, starts: [m.start] });
      } else if (withLocal && r === undefined && m.nerType === "PER" && parts[0]!.length >= 2) {
        addKnown({ target: { kind: "local", group: m.group }, parts, starts: [m.start] });
      }
    }
    return out;
  };
  // Pass 2: full names first (fuzzy, provisional), then short names against everything known.
  {
    let known = knownPersons(false);
    for (const m of mentions) {
      if (m.result !== undefined || m.nerType === "GAP" || normalizeName(m.text).split(" ").length < 2)
        continue;
      const r = resolveWeak(ctx, m, known, linked, surnameOnly.has(m));
      if (r) m.result = r;
    }
    refreshOwners();
    known = knownPersons(true);
    for (const m of mentions) {
      if (m.result !== undefined || (m.nerType === "GAP" && m.first !== m.last)) continue;
      const r = resolveWeak(ctx, m, known, linked, surnameOnly.has(m));
      if (r) m.result = r;
    }
    refreshOwners();
  }

  // Coreference.
  const persons: PersonEvidence[] = [];
  const countries: CountryEvidence[] = [];
  const nameCovered = doc.tokens.map(() => false);
  for (const m of mentions) {
    for (let k = m.first; k <= m.last; k++) nameCovered[k] = true;
    const r = m.result;
    if (r === undefined || r === "blocked") {
      if (r === undefined && m.nerType === "PER")
        persons.push({
          target: { kind: "local", group: m.group },
          token: m.first,
          sentence: doc.tokens[m.first]!.sentence,
          subject: isSubject(doc, m.last),
          gender: null,
        });
      continue;
    }
    const sentence = doc.tokens[m.first]!.sentence;
    if (isPerson(r.target, m.nerType))
      persons.push({
        target: r.target,
        token: m.first,
        sentence,
        subject: isSubject(doc, m.last),
        gender: genderOf(kb, r.target),
      });
    const c = countryOf(kb, r.target, day);
    if (c !== null)
      countries.push({ country: c, token: m.first, sentence, weight: r.kind === "place" ? 0.5 : 1 });
  }
  const resolvedAt = doc.tokens.map(() => false);
  for (const m of mentions)
    if (m.result !== undefined && m.result !== "blocked")
      for (let k = m.first; k <= m.last; k++) resolvedAt[k] = true;
  doc.tokens.forEach((t, k) => {
    if (resolvedAt[k]) return;
    const adj = kb.countriesByAdjective(t.text);
    if (adj.length === 1 && /^\p{Lu}/u.test(t.text))
      countries.push({ country: adj[0]!.code, token: k, sentence: t.sentence, weight: 1 });
  });
  const coref = resolveCoreference(kb, doc, day, persons, countries, (k) => nameCovered[k] === true, linked);

  // Rebuild the entities.
  const built = new Map<string, Entity>();
  const entityFor = (target: Target, nerType: string): Entity => {
    const key = targetKey(target);
    let e = built.get(key);
    if (e) return e;
    if (target.kind === "kb") {
      const ref =
        target.kind === "kb" && target.ref.type === "country"
          ? { ...target.ref, name: kb.countries.get(target.ref.id)?.name ?? target.ref.name }
          : target.ref;
      const f = cachedFacts(kb, ref, day);
      e = {
        id: ref.id,
        name: f.name,
        type: f.type,
        country: f.country,
        sector: f.sector,
        kb_id: ref.id,
        mentions: [],
      };
    } else if (target.kind === "provisional") {
      const p = target.entity;
      e = {
        id: p.id,
        name: p.name,
        type: "PER",
        country: p.country,
        sector: p.sector,
        kb_id: null,
        provisional: true,
        mentions: [],
      };
    } else {
      const ner = nerById.get(target.group);
      e = { id: target.group, name: ner?.name ?? target.group, type: ner?.type ?? nerType, mentions: [] };
    }
    built.set(key, e);
    return e;
  };
  for (const m of mentions) {
    const r = m.result;
    const base: Mention = { start: m.start, end: m.end, text: m.text };
    if (r === undefined || r === "blocked") {
      if (m.nerType === "GAP") continue;
      const e = entityFor({ kind: "local", group: m.group }, m.nerType);
      if (e.mentions.length === 0 && r === undefined) describeLocal(kb, doc, e, m, linked);
      e.mentions.push({ ...base, kind: "name" });
      continue;
    }
    if (r.kind === "place") {
      // A capital or seat used as a place stays a place entity, with the country it is in.
      const e = entityFor({ kind: "local", group: m.group || `place:${normalizeName(m.text)}` }, "LOC");
      if (e.mentions.length === 0 && m.nerType === "GAP") {
        e.name = m.text;
        e.type = "LOC";
      }
      e.country = countryOf(kb, r.target, day);
      e.mentions.push({ ...base, kind: "place", method: r.method });
      continue;
    }
    entityFor(r.target, m.nerType).mentions.push(withSector({ ...base, kind: r.kind, method: r.method }, r));
  }
  for (const c of coref) {
    const start = doc.tokens[c.first]!.start;
    const end = doc.tokens[c.last]!.end;
    for (const target of c.targets) {
      entityFor(target, "PER").mentions.push({
        start,
        end,
        text: doc.text.slice(start, end),
        kind: c.kind,
        method: "coref",
      });
    }
  }
  const entities = [...built.values()].filter((e) => e.mentions.length > 0);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  doc.entities = entities;
  linkedDocs.set(doc, { kb, day });
}

/**
 * Country and sector of a name the KB lacks, from its own words: a country
 * adjective ("Chinese" → CHN) or a lexicon body or group with an owner
 * ("Chinese Foreign Ministry" → CHN GOV).
 */
function describeLocal(kb: KnowledgeBase, doc: Doc, e: Entity, m: NameMention, linked: LinkedAt): void {
  const adj = kb.countriesByDemonym(m.text);
  if (m.nerType === "MISC" && adj.length === 1) {
    e.country = adj[0]!.code;
    return;
  }
  if (m.nerType !== "ORG") return;
  const phrase = readPhrase(kb, doc, phraseHead(doc, m.last), linked);
  const owner = phrase.owners[0];
  if (
    phrase.term !== null &&
    phrase.term.kind !== "person" &&
    owner?.kind === "country" &&
    !phrase.nonActor
  ) {
    e.country = owner.id;
    e.sector = phrase.term.sector;
  }
}

function withSector(m: Mention, r: Resolution): Mention {
  return r.kind === "metonym" && r.sector !== undefined ? { ...m, sector: r.sector } : m;
}
