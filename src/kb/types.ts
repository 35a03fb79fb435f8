/**
 * Typed records of the actor knowledge base. Each record remembers where it
 * was defined (`source`) so errors and overrides can point at a file and line.
 */
import type { KbDate } from "./dates.js";
import type { Sector } from "./sectors.js";

/** Where a record or field was written: a file and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** A seat of power whose name stands for an actor ("the Kremlin" → RUS GOV). */
export interface Seat {
  name: string;
  /** Country or IGO code the seat stands for. */
  owner: string;
  sector: Sector;
  /** True for a country's capital (a metonym only in the right context). */
  capital: boolean;
  source: SourceRef;
}

/** A country (`country`) or dependent territory (`territory`), keyed by ISO 3166-1 alpha-3 code. */
export interface Country {
  kind: "country" | "territory";
  code: string;
  name: string;
  official: string | null;
  aliases: string[];
  misspellings: string[];
  adjectives: string[];
  /** Nouns for its people that differ from the adjectives (Frenchman, Briton). */
  demonyms: string[];
  capital: string | null;
  seats: Seat[];
  /** For a territory: the state that administers it, when there is one. */
  sovereign: string | null;
  source: SourceRef;
}

/** Kinds of intergovernmental organisation. */
export const IGO_KINDS = [
  "organisation",
  "un-body",
  "agency",
  "institution",
  "alliance",
  "bloc",
  "forum",
  "court",
  "bank",
  "commodity",
] as const;
/** One of {@link IGO_KINDS}. */
export type IgoKind = (typeof IGO_KINDS)[number];

/** An intergovernmental organisation, alliance, bloc or body, keyed by code (`NATO`, `UNO`). */
export interface Igo {
  code: string;
  name: string;
  kind: IgoKind;
  aliases: string[];
  misspellings: string[];
  /** The organisation it belongs to (UNSC → UNO, EC → EU). */
  parent: string | null;
  /** Member states (alpha-3), as of the knowledge base's date, when listed. */
  members: string[];
  hq: string | null;
  seats: Seat[];
  source: SourceRef;
}

/** Kinds of named non-state or sub-state organisation. */
export const ORG_KINDS = [
  "armed-group",
  "party",
  "movement",
  "agency",
  "military",
  "police",
  "intelligence",
  "legislature",
  "court",
  "media",
  "company",
  "ngo",
  "religious",
  "union",
  "other",
] as const;
/** One of {@link ORG_KINDS}. */
export type OrgKind = (typeof ORG_KINDS)[number];

/** A sector an organisation belongs to over a period (the Taliban: REB, then GOV). */
export interface DatedSector {
  sector: Sector;
  start: KbDate | null;
  end: KbDate | null;
  source: SourceRef;
}

/** A named organisation inside (or across) countries: armed group, party, agency, outlet… */
export interface Org {
  id: string;
  name: string;
  kind: OrgKind;
  /** Home country (alpha-3), or null for a transnational organisation. */
  country: string | null;
  sectors: DatedSector[];
  aliases: string[];
  misspellings: string[];
  source: SourceRef;
}

/** A position a person can hold (`foreign_minister`). */
export interface Office {
  key: string;
  sector: Sector;
  /** Whether one country (or IGO) has one holder at a time; overlapping tenures are then errors. */
  single: boolean;
  label: string;
  source: SourceRef;
}

/** A dated role of a person. */
export interface Role {
  /** Country or IGO code the role belongs to. */
  where: string;
  sector: Sector;
  office: string;
  start: KbDate;
  /** Null while the role continues. */
  end: KbDate | null;
  /** An acting or interim holder. */
  acting: boolean;
  /** A jointly held office (co-princes, collective presidencies): never an overlap. */
  shared: boolean;
  /** The organisation the role is in (a party, armed group), by org id. */
  org: string | null;
  /** The title as used locally ("Secretary of State"). */
  title: string | null;
  source: SourceRef;
}

/** A person with dated roles. */
export interface Person {
  id: string;
  name: string;
  aliases: string[];
  /** Known misspellings, for fuzzy matching only (never exact links). */
  misspellings: string[];
  gender: "m" | "f" | null;
  died: KbDate | null;
  roles: Role[];
  source: SourceRef;
}

/** What a lexicon term denotes. */
export type TermKind = "person" | "body" | "group";

/** A role or sector word ("foreign minister", "troops", "state media"). */
export interface Term {
  text: string;
  /** `normalizeName(text)`. */
  key: string;
  sector: Sector;
  kind: TermKind;
  office: string | null;
  /** Restricts the term to one country ("secretary of state" as foreign minister: USA). */
  country: string | null;
  /** Takes its sector from the body it belongs to when there is one ("Hamas spokesman"). */
  inherit: boolean;
  source: SourceRef;
}

/** A head or phrase that a country adjective does not turn into an actor ("Russian roulette"). */
export interface NonActor {
  kind: "head" | "phrase";
  text: string;
  key: string;
  source: SourceRef;
}

/** Kinds of sense an ambiguous name can have. */
export const SENSE_KINDS = [
  "country",
  "igo",
  "org",
  "person",
  "confusable",
  "place",
  "name",
  "word",
  "thing",
] as const;
/** One of {@link SENSE_KINDS}. */
export type SenseKind = (typeof SENSE_KINDS)[number];

/** One reading of an ambiguous name. */
export interface Sense {
  kind: SenseKind;
  /** The country/IGO code or org/person id, for kinds that refer to a record. */
  ref: string | null;
  note: string | null;
}

/** A name that needs context before the linker may use it ("Jordan", "Georgia", "Bush"). */
export interface Ambiguity {
  text: string;
  key: string;
  senses: Sense[];
  source: SourceRef;
}

/** The record collections of a knowledge base. */
export interface KbRecords {
  countries: Map<string, Country>;
  igos: Map<string, Igo>;
  orgs: Map<string, Org>;
  offices: Map<string, Office>;
  people: Map<string, Person>;
  /** Keyed by `key` plus `@country` when restricted. */
  terms: Map<string, Term>;
  /** Keyed by `kind:key`. */
  nonActors: Map<string, NonActor>;
  ambiguities: Map<string, Ambiguity>;
}

/** A problem found while reading or checking knowledge-base files. */
export interface KbIssue {
  severity: "error" | "warning";
  file: string;
  line: number;
  message: string;
}
