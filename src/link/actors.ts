/**
 * The actor resolver the event coder calls: given the head noun of a
 * subject, object, oblique or possessor, the actors that phrase denotes,
 * each with the text as written, a canonical name, an entity id (KB id,
 * provisional id or the document's entity id), a country and a sector, as
 * of the article's date.
 */
import type { Doc } from "../doc/doc.js";
import type { Actor, Entity, Mention } from "../doc/types.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../kb/index.js";
import { linkDocument, linksOf } from "./link-doc.js";
import { npTokens, type Owner, readPhrase, spanText } from "./phrase.js";
import { childrenOf, docDay, tokenRange } from "./syntax.js";

interface MentionAt {
  entity: Entity;
  mention: Mention;
}

interface DocMemo {
  entities: Entity[];
  at: Map<number, MentionAt[]>;
  actors: Map<number, Actor[]>;
}

const memos = new WeakMap<Doc, DocMemo>();

/** The linked mentions covering each token (rebuilt when `doc.entities` is replaced). */
function memoOf(doc: Doc): DocMemo {
  const hit = memos.get(doc);
  if (hit && hit.entities === doc.entities) return hit;
  const at = new Map<number, MentionAt[]>();
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      const r = tokenRange(doc.tokens, mention.start, mention.end);
      if (r === null) continue;
      for (let k = r[0]; k <= r[1]; k++) {
        const list = at.get(k) ?? [];
        list.push({ entity, mention });
        at.set(k, list);
      }
    }
  }
  const memo = { entities: doc.entities, at, actors: new Map<number, Actor[]>() };
  memos.set(doc, memo);
  return memo;
}

/** The text of the noun phrase headed by `h`, without its preposition and edge punctuation. */
function phraseText(doc: Doc, h: number): string {
  const toks = npTokens(doc, h).filter((t) => !["case", "punct", "cc"].includes(doc.tokens[t]!.deprel ?? ""));
  const first = Math.min(...toks);
  const last = Math.max(...toks);
  return spanText(doc, first, last).replace(/\s*['’]s$/, "");
}

/** The actor a linked mention denotes, or null for a place or an entity with nothing known about it. */
function actorOfMention(hit: MentionAt, text: string): Actor | null {
  const { entity, mention } = hit;
  if (mention.kind === "place") return null;
  const sector = mention.sector ?? entity.sector ?? null;
  const country = entity.country ?? null;
  if (!entity.kb_id && !entity.provisional && country === null && sector === null) return null;
  return { text, name: entity.name, entity_id: entity.id, country, sector };
}

function ownerActor(
  doc: Doc,
  owner: Owner,
  text: string,
  sector: string | null,
  country: string | null,
): Actor {
  return { text, name: owner.name, entity_id: owner.id, country, sector };
}

function resolveOne(doc: Doc, h: number, memo: DocMemo, withConj: boolean): Actor[] {
  const links = linksOf(doc) ?? { kb: loadKnowledgeBase(), day: docDay(doc) };
  const { kb, day } = links;
  // The phrase text is only needed when an actor is found (most heads resolve to nothing).
  let phrase_: string | undefined;
  const text = (): string => (phrase_ ??= phraseText(doc, h));
  const out: Actor[] = [];
  const push = (a: Actor | null): void => {
    if (a && !out.some((x) => x.entity_id === a.entity_id && x.sector === a.sector)) out.push(a);
  };
  const kids = childrenOf(doc)[h] ?? [];
  const hits = memo.at.get(h) ?? [];
  if (hits.length > 0 && hits.every((x) => x.mention.kind === "place")) return [];
  for (const x of hits) push(actorOfMention(x, hits.length > 1 ? x.mention.text : text()));
  if (out.length === 0) {
    // A name attached to a role phrase ("spokesman Matthew Miller", "the minister, Kofi Mensah").
    for (const c of kids) {
      const rel = doc.tokens[c]!.deprel ?? "";
      if (!(
        rel === "appos" ||
        rel.startsWith("flat") ||
        rel === "nmod:desc" ||
        (rel === "compound" && doc.tokens[c]!.upos === "PROPN")
      ))
        continue;
      for (const x of memo.at.get(c) ?? []) if (x.entity.type === "PER") push(actorOfMention(x, text()));
    }
  }
  if (out.length === 0) {
    const linked = (t: number): Owner | null => {
      for (const x of memo.at.get(t) ?? []) {
        const e = x.entity;
        if (!e.kb_id || x.mention.kind === "place") continue;
        if (e.type === "COUNTRY") return { kind: "country", id: e.kb_id, name: e.name };
        if (e.type === "IGO") return { kind: "igo", id: e.kb_id, name: e.name };
        if (e.type === "ORG") return { kind: "org", id: e.kb_id, name: e.name };
      }
      return null;
    };
    const phrase = readPhrase(kb, doc, h, linked);
    if (phrase.nonActor) return [];
    const owner = phrase.owners[0];
    const term = phrase.term;
    if (term !== null && owner !== undefined) {
      if (owner.kind === "country") {
        const holder =
          term.kind === "person" &&
          term.office !== null &&
          kb.offices.get(term.office)?.single === true &&
          !/s$/i.test(doc.tokens[h]!.text)
            ? kb.holderOf(owner.id, term.office, day)
            : null;
        if (holder)
          push({
            text: text(),
            name: holder.person.name,
            entity_id: holder.person.id,
            country: owner.id,
            sector: holder.role.sector,
          });
        else push(ownerActor(doc, owner, text(), phrase.bodySector ?? term.sector, owner.id));
      } else if (owner.kind === "igo") {
        push(ownerActor(doc, owner, text(), term.sector === "GOV" ? "IGO" : term.sector, null));
      } else {
        const org = kb.orgs.get(owner.id);
        const sector = term.inherit ? (kb.sectorOf(owner.id, day) ?? term.sector) : term.sector;
        push(ownerActor(doc, owner, text(), sector, org?.country ?? null));
      }
    } else if (term !== null && term.kind !== "person") {
      push({ text: text(), name: term.text, country: null, sector: term.sector });
    } else if (term === null) {
      // "the Russians", "the Chinese": a people named by its demonym.
      const w = doc.tokens[h]!;
      const people = /^\p{Lu}/u.test(w.text) ? kb.countriesByDemonym(w.text) : [];
      if (people.length === 1 && (w.upos === "NOUN" || w.upos === "PROPN" || w.upos === "ADJ")) {
        // An ethnic group is coded by the country it lives in: "Bosnian Serbs" (BIH), "ethnic Albanians
        // in south Serbia" (SRB).
        const home = residenceOf(kb, doc, h, kids, memo, people[0]!.code);
        const c = home ?? people[0]!;
        push({
          text: text(),
          name: home ? `${w.text} (${home.name})` : c.name,
          entity_id: c.code,
          country: c.code,
          sector: null,
        });
      }
    }
  }
  if (withConj) {
    for (const c of kids)
      if (doc.tokens[c]!.deprel === "conj") for (const a of resolveOne(doc, c, memo, false)) push(a);
  }
  return out;
}

/**
 * The country an ethnic group named by demonym `own` lives in, when its
 * phrase says so: another country's adjective ("Bosnian Serbs"), or, for a
 * group called ethnic, a country after "in" ("ethnic Albanians in south
 * Serbia"; "Americans in Iraq" stay American); else null.
 */
function residenceOf(
  kb: KnowledgeBase,
  doc: Doc,
  h: number,
  kids: readonly number[],
  memo: DocMemo,
  own: string,
): { code: string; name: string } | null {
  // Nationals abroad keep their country ("Americans in Iraq"); only a group called ethnic is placed by "in".
  const ethnic = kids.some((c) => /^ethnic$/i.test(doc.tokens[c]!.text));
  for (const c of kids) {
    const t = doc.tokens[c]!;
    const rel = t.deprel ?? "";
    if ((rel === "amod" || rel === "compound") && /^\p{Lu}/u.test(t.text)) {
      const adj = kb.countriesByAdjective(t.text);
      if (adj.length === 1 && adj[0]!.code !== own) return adj[0]!;
    }
    if (ethnic && (rel === "nmod" || rel.startsWith("nmod:") || rel === "acl")) {
      const inIt = (childrenOf(doc)[c] ?? []).some(
        (k) => doc.tokens[k]!.deprel === "case" && doc.tokens[k]!.lemma === "in",
      );
      if (!inIt) continue;
      for (const x of memo.at.get(c) ?? []) {
        const code = x.entity.country;
        if (x.entity.type === "COUNTRY" && code && code !== own)
          return { code, name: kb.countries.get(code)?.name ?? code };
      }
    }
  }
  return null;
}

/**
 * The actors denoted by the noun phrase whose head is token `head` (a
 * doc-level token index): a linked name (person, country, IGO,
 * organisation, seat of power acting as a government), a role or group
 * phrase read with the lexicon ("Chinese Foreign Ministry spokesman",
 * "Russian troops", "the US Secretary of State" → the holder on the
 * article's date), a pronoun or role description resolved by coreference,
 * or a plural phrase ("the two countries" → two actors). Conjuncts are
 * included ("China and Russia" → two actors). Returns [] for places
 * ("in Beijing"), non-actors ("Japanese seafood") and phrases with no
 * political actor ("the weather"). Memoised per document; links the
 * document with the shipped KB first if the `link` stage did not run.
 *
 * @example
 * resolveActors(doc, subjectIndex) // [{text: "Beijing", name: "China", entity_id: "CHN", country: "CHN", sector: "GOV"}]
 */
export function resolveActors(doc: Doc, head: number): Actor[] {
  if (head < 0 || head >= doc.tokens.length) return [];
  if (!linksOf(doc) && !doc.entities.some((e) => e.mentions.some((m) => m.kind !== undefined))) {
    linkDocument(doc, loadKnowledgeBase());
  }
  const memo = memoOf(doc);
  const hit = memo.actors.get(head);
  if (hit) return hit.map((a) => ({ ...a }));
  const actors = resolveOne(doc, head, memo, true);
  memo.actors.set(head, actors);
  return actors.map((a) => ({ ...a }));
}
