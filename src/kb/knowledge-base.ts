/**
 * The loaded knowledge base: typed records plus lookup indexes by normalised
 * name, country code, demonym, seat of power and office, and dated queries
 * ("who was the US Secretary of State on 2023-06-18").
 */
import { ChanceryError } from "../errors.js";
import { queryDay } from "./dates.js";
import { normalizeName, singularForms } from "./normalize.js";
import type { Sector } from "./sectors.js";
import type {
  Ambiguity,
  Country,
  Igo,
  KbIssue,
  KbRecords,
  Office,
  Org,
  Person,
  Role,
  Seat,
  Term,
} from "./types.js";

/** A record an alias resolves to. */
export interface EntityRef {
  type: "country" | "igo" | "org" | "person";
  /** Country/IGO code or org/person id. */
  id: string;
  /** Its canonical name. */
  name: string;
}

/** A person holding a role. */
export interface Holding {
  person: Person;
  role: Role;
}

/** Sizes of the knowledge base, for reports and tests. */
export interface KbCounts {
  countries: number;
  territories: number;
  igos: number;
  orgs: number;
  offices: number;
  people: number;
  roles: number;
  /** Distinct countries and IGOs that some person has a role in. */
  placesWithPeople: number;
  terms: number;
  nonActors: number;
  ambiguities: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Add a seat unless the same owner and sector already have one under this key. */
function pushSeat(map: Map<string, Seat[]>, seat: Seat): void {
  const key = normalizeName(seat.name);
  const list = map.get(key) ?? [];
  if (!list.some((s) => s.owner === seat.owner && s.sector === seat.sector)) list.push(seat);
  map.set(key, list);
}

function day(date: string | Date): string {
  const d = queryDay(date);
  if (d === null) throw new ChanceryError("CH_DATA_INVALID", `not a YYYY-MM-DD date: ${String(date)}`);
  return d;
}

/** Whether `role` may be held on `d` (partial dates count for every day they may mean). */
function mayHold(role: Role, d: string): boolean {
  return role.start.lo <= d && (role.end === null || d <= role.end.hi);
}

/** Whether `role` is surely held on `d`. */
function surelyHolds(role: Role, d: string): boolean {
  return role.start.hi <= d && (role.end === null || d <= role.end.lo);
}

/** The actor knowledge base. Build one with `loadKnowledgeBase`. */
export class KnowledgeBase {
  /** Countries and territories by alpha-3 code. */
  readonly countries: ReadonlyMap<string, Country>;
  /** IGOs by code. */
  readonly igos: ReadonlyMap<string, Igo>;
  /** Organisations by id. */
  readonly orgs: ReadonlyMap<string, Org>;
  /** Offices by key. */
  readonly offices: ReadonlyMap<string, Office>;
  /** People by id. */
  readonly people: ReadonlyMap<string, Person>;
  /** Every lexicon term. */
  readonly terms: readonly Term[];
  /** Ambiguous names by normalised text. */
  readonly ambiguities: ReadonlyMap<string, Ambiguity>;
  /** Warnings found while loading (errors stop loading). */
  readonly warnings: readonly KbIssue[];
  /** The files loaded, in layer order. */
  readonly files: readonly string[];

  readonly #aliases = new Map<string, EntityRef[]>();
  readonly #misspellings = new Map<string, EntityRef[]>();
  readonly #demonyms = new Map<string, Country[]>();
  readonly #adjectives = new Map<string, Country[]>();
  readonly #seats = new Map<string, Seat[]>();
  readonly #terms = new Map<string, Term[]>();
  readonly #nonActorHeads = new Set<string>();
  readonly #nonActorPhrases = new Set<string>();
  readonly #peopleByPlace = new Map<string, Person[]>();
  readonly #orgsByCountry = new Map<string, Org[]>();
  readonly #holders = new Map<string, Holding[]>();

  constructor(records: KbRecords, warnings: readonly KbIssue[], files: readonly string[]) {
    this.countries = records.countries;
    this.igos = records.igos;
    this.orgs = records.orgs;
    this.offices = records.offices;
    this.people = records.people;
    this.terms = [...records.terms.values()];
    this.ambiguities = records.ambiguities;
    this.warnings = warnings;
    this.files = files;
    this.#index(records);
  }

  #names(ref: EntityRef, names: readonly string[], misspellings: readonly string[]): void {
    for (const n of [ref.name, ...names]) push(this.#aliases, normalizeName(n), ref);
    for (const n of misspellings) push(this.#misspellings, normalizeName(n), ref);
  }

  #index(r: KbRecords): void {
    for (const c of r.countries.values()) {
      this.#names(
        { type: "country", id: c.code, name: c.name },
        c.official ? [c.official, ...c.aliases] : c.aliases,
        c.misspellings,
      );
      for (const a of c.adjectives) {
        push(this.#adjectives, normalizeName(a), c);
        push(this.#demonyms, normalizeName(a), c);
      }
      for (const d of c.demonyms) push(this.#demonyms, normalizeName(d), c);
      for (const s of c.seats) pushSeat(this.#seats, s);
    }
    for (const g of r.igos.values()) {
      this.#names({ type: "igo", id: g.code, name: g.name }, g.aliases, g.misspellings);
      for (const s of g.seats) pushSeat(this.#seats, s);
    }
    for (const o of r.orgs.values()) {
      this.#names({ type: "org", id: o.id, name: o.name }, o.aliases, o.misspellings);
      if (o.country !== null) push(this.#orgsByCountry, o.country, o);
    }
    for (const p of r.people.values()) {
      this.#names({ type: "person", id: p.id, name: p.name }, p.aliases, p.misspellings);
      for (const role of p.roles) {
        push(this.#peopleByPlace, role.where, p);
        push(this.#holders, `${role.where}|${role.office}`, { person: p, role });
      }
    }
    for (const t of r.terms.values()) push(this.#terms, t.key, t);
    for (const n of r.nonActors.values())
      (n.kind === "head" ? this.#nonActorHeads : this.#nonActorPhrases).add(n.key);
  }

  /** Records whose name or alias normalises like `name` (exact links only). */
  lookup(name: string): readonly EntityRef[] {
    return this.#aliases.get(normalizeName(name)) ?? [];
  }

  /** Records with `name` as a known misspelling (for fuzzy matching only). */
  lookupMisspelling(name: string): readonly EntityRef[] {
    return this.#misspellings.get(normalizeName(name)) ?? [];
  }

  /** Every normalised alias key, for building matchers. */
  aliasKeys(): IterableIterator<string> {
    return this.#aliases.keys();
  }

  /** Countries whose adjective is `word` ("Chinese" → CHN; "Korean" → KOR, PRK). */
  countriesByAdjective(word: string): readonly Country[] {
    return this.#adjectives.get(normalizeName(word)) ?? [];
  }

  /** Countries whose adjective or demonym is `word`, trying singular forms ("Afghans", "Frenchmen"). */
  countriesByDemonym(word: string): readonly Country[] {
    for (const k of singularForms(normalizeName(word))) {
      const hit = this.#demonyms.get(k);
      if (hit) return hit;
    }
    return [];
  }

  /** Seats of power (and capitals) named `name` ("the Kremlin", "Downing Street", "Beijing"). */
  seats(name: string): readonly Seat[] {
    return this.#seats.get(normalizeName(name)) ?? [];
  }

  /** Lexicon terms for `text`, trying singular forms ("spokesmen", "militias"). */
  termsFor(text: string): readonly Term[] {
    for (const k of singularForms(normalizeName(text))) {
      const hit = this.#terms.get(k);
      if (hit) return hit;
    }
    return [];
  }

  /** Whether `head` is a noun a country adjective does not make an actor of ("seafood"). */
  isNonActorHead(head: string): boolean {
    return singularForms(normalizeName(head)).some((k) => this.#nonActorHeads.has(k));
  }

  /** Whether `phrase` ("Russian roulette") is listed as not naming an actor. */
  isNonActorPhrase(phrase: string): boolean {
    return this.#nonActorPhrases.has(normalizeName(phrase));
  }

  /** The ambiguity record for `name`, when the name needs context. */
  ambiguity(name: string): Ambiguity | undefined {
    return this.ambiguities.get(normalizeName(name));
  }

  /** People with some role in the country or IGO `code`. */
  peopleOf(code: string): readonly Person[] {
    return this.#peopleByPlace.get(code) ?? [];
  }

  /** Organisations based in country `code`. */
  orgsOf(code: string): readonly Org[] {
    return this.#orgsByCountry.get(code) ?? [];
  }

  /** Seats of power of country or IGO `code`, capital included. */
  seatsOf(code: string): readonly Seat[] {
    return this.countries.get(code)?.seats ?? this.igos.get(code)?.seats ?? [];
  }

  /** The roles `personId` may hold on `date` (none for an unknown id). */
  rolesAt(personId: string, date: string | Date): Role[] {
    const d = day(date);
    return this.people.get(personId)?.roles.filter((r) => mayHold(r, d)) ?? [];
  }

  /**
   * Everyone who may hold `office` in `where` (country or IGO code) on `date`,
   * best first: surely in office before possibly, full holders before acting
   * ones, then the latest start (so on a handover day the incoming holder
   * comes first).
   */
  holdersOf(where: string, office: string, date: string | Date): Holding[] {
    const d = day(date);
    const list = (this.#holders.get(`${where}|${office}`) ?? []).filter((h) => mayHold(h.role, d));
    const rank = (h: Holding): number => (surelyHolds(h.role, d) ? 0 : 2) + (h.role.acting ? 1 : 0);
    return list.sort((a, b) => rank(a) - rank(b) || (a.role.start.lo < b.role.start.lo ? 1 : -1));
  }

  /** The holder of `office` in `where` on `date` (see {@link holdersOf}), or null. */
  holderOf(where: string, office: string, date: string | Date): Holding | null {
    return this.holdersOf(where, office, date)[0] ?? null;
  }

  /** The sector of organisation `orgId` on `date` (its undated sector when no period matches). */
  sectorOf(orgId: string, date: string | Date): Sector | null {
    const o = this.orgs.get(orgId);
    if (o === undefined) return null;
    const d = day(date);
    const hit = o.sectors.find(
      (s) => (s.start === null || s.start.lo <= d) && (s.end === null || d <= s.end.hi),
    );
    return (hit ?? o.sectors[0])?.sector ?? null;
  }

  /** Sizes of the knowledge base. */
  counts(): KbCounts {
    const all = [...this.countries.values()];
    const places = new Set<string>();
    let roles = 0;
    for (const p of this.people.values()) {
      roles += p.roles.length;
      for (const r of p.roles) places.add(r.where);
    }
    return {
      countries: all.filter((c) => c.kind === "country").length,
      territories: all.filter((c) => c.kind === "territory").length,
      igos: this.igos.size,
      orgs: this.orgs.size,
      offices: this.offices.size,
      people: this.people.size,
      roles,
      placesWithPeople: places.size,
      terms: this.terms.length,
      nonActors: this.#nonActorHeads.size + this.#nonActorPhrases.size,
      ambiguities: this.ambiguities.size,
    };
  }
}
