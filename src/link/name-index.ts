/**
 * Indexes over the knowledge base that the linker needs beyond exact alias
 * lookup: people by surname and by first name-part (for "Lavrov", "Xi",
 * "Mr. Kishida"), and every person and organisation name bucketed by first
 * letter for fuzzy matching. Built once per knowledge base.
 */
import { type EntityRef, type KnowledgeBase, normalizeName } from "../kb/index.js";
import { TITLES } from "./cues.js";
import { editBudget, fuzzyMatch } from "./fuzzy.js";

/** A name the fuzzy matcher may compare against. */
interface FuzzyName {
  key: string;
  ref: EntityRef;
  /** True for a listed misspelling (a strong hint on its own). */
  misspelling: boolean;
}

/** A fuzzy candidate: the record and the name it resembles. */
export interface FuzzyHit {
  ref: EntityRef;
  key: string;
  /** True when `text` is exactly a listed misspelling of the record. */
  misspelling: boolean;
  /** True when `key` is a listed misspelling rather than a true name. */
  viaMisspelling: boolean;
}

function add(map: Map<string, EntityRef[]>, key: string, ref: EntityRef): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [ref]);
  else if (!list.some((r) => r.type === ref.type && r.id === ref.id)) list.push(ref);
}

/** Surname, given-name and fuzzy indexes over one knowledge base. */
export class NameIndex {
  readonly #surnames = new Map<string, EntityRef[]>();
  readonly #firstParts = new Map<string, EntityRef[]>();
  readonly #fuzzy = new Map<string, FuzzyName[]>();
  readonly #fuzzySurnames = new Map<string, FuzzyName[]>();
  readonly #fuzzyCache = new Map<string, FuzzyHit[]>();

  constructor(kb: KnowledgeBase) {
    for (const p of kb.people.values()) {
      const ref: EntityRef = { type: "person", id: p.id, name: p.name };
      for (const n of [p.name, ...p.aliases]) {
        const parts = normalizeName(n).split(" ");
        if (parts.length < 2) continue;
        add(this.#surnames, parts[parts.length - 1]!, ref);
        if (!TITLES.has(parts[0]!)) add(this.#firstParts, parts[0]!, ref);
      }
      for (const n of [p.name, ...p.aliases]) this.#addFuzzy(normalizeName(n), ref, false);
      for (const n of p.misspellings) this.#addFuzzy(normalizeName(n), ref, true);
      for (const n of [p.name, ...p.aliases, ...p.misspellings]) {
        const key = normalizeName(n);
        if (key.includes(" ")) this.#addFuzzy(key.slice(key.lastIndexOf(" ") + 1), ref, false, true);
      }
    }
    for (const o of kb.orgs.values()) {
      const ref: EntityRef = { type: "org", id: o.id, name: o.name };
      for (const n of [o.name, ...o.aliases]) this.#addFuzzy(normalizeName(n), ref, false);
      for (const n of o.misspellings) this.#addFuzzy(normalizeName(n), ref, true);
    }
    for (const c of kb.countries.values()) {
      const ref: EntityRef = { type: "country", id: c.code, name: c.name };
      for (const n of c.misspellings) this.#addFuzzy(normalizeName(n), ref, true);
    }
  }

  #addFuzzy(key: string, ref: EntityRef, misspelling: boolean, surname = false): void {
    if (key.length < 5) return;
    const map = surname ? this.#fuzzySurnames : this.#fuzzy;
    const slot = bucketKey(key, key.length);
    const bucket = map.get(slot) ?? [];
    if (!bucket.some((b) => b.key === key && b.ref.id === ref.id)) bucket.push({ key, ref, misspelling });
    map.set(slot, bucket);
  }

  /** People whose name (or an alias of two or more words) ends in `word` ("lavrov"). */
  bySurname(word: string): readonly EntityRef[] {
    return this.#surnames.get(normalizeName(word)) ?? [];
  }

  /** People whose name begins with `word` (family-name-first names: "xi", "kishida" is not). */
  byFirstPart(word: string): readonly EntityRef[] {
    return this.#firstParts.get(normalizeName(word)) ?? [];
  }

  /**
   * Records with a name that `text` may misspell, as whole names
   * ("Anthony Blanken" ~ "Antony Blinken") or, for one-word text, as
   * surnames ("Navalani" ~ "Navalny"). Exact names are not returned.
   */
  fuzzy(text: string): FuzzyHit[] {
    const key = normalizeName(text);
    if (editBudget(key.length) === 0) return [];
    const single = !key.includes(" ");
    const out: FuzzyHit[] = [];
    const cached = this.#fuzzyCache.get(key);
    if (cached) return cached;
    // Only names of a length within reach of the edit budget (plus the phonetic allowance) can match.
    const reach = editBudget(key.length) + 1;
    const names: FuzzyName[] = [];
    for (let len = key.length - reach; len <= key.length + reach; len++) {
      names.push(...(this.#fuzzy.get(bucketKey(key, len)) ?? []));
      if (single) names.push(...(this.#fuzzySurnames.get(bucketKey(key, len)) ?? []));
    }
    for (const n of names) {
      const target = n.key;
      if (target === key && !n.misspelling) continue;
      if (target === key || fuzzyMatch(key, target)) {
        out.push({
          ref: n.ref,
          key: n.key,
          misspelling: n.misspelling && target === key,
          viaMisspelling: n.misspelling,
        });
      }
    }
    if (this.#fuzzyCache.size > 10_000) this.#fuzzyCache.clear();
    this.#fuzzyCache.set(key, out);
    return out;
  }
}

/** Fuzzy buckets: first letter and length. */
function bucketKey(key: string, length: number): string {
  return `${key[0]!}${length}`;
}

const indexes = new WeakMap<KnowledgeBase, NameIndex>();

/** The name index of `kb`, built on first use. */
export function nameIndexOf(kb: KnowledgeBase): NameIndex {
  let hit = indexes.get(kb);
  if (hit === undefined) {
    hit = new NameIndex(kb);
    indexes.set(kb, hit);
  }
  return hit;
}
