/**
 * Annotation types. Every annotation points back into `Doc.text` (the clean
 * text) by UTF-16 character offsets `[start, end)` plus the matched surface
 * string, so any finding can be shown with its evidence.
 */

/** A character span of the clean text. */
export interface Span {
  /** Offset of the first character (UTF-16 code units, as JavaScript strings index). */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/** A sentence of the clean text. */
export interface Sentence extends Span {
  text: string;
}

/** A token with its linguistic analysis (fields filled by the NLP stages that exist). */
export interface Token extends Span {
  text: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
  /** Set on a piece split off the same written word ("n't", "'s", "na" of "gonna"). */
  contraction?: true;
  upos?: string;
  xpos?: string;
  lemma?: string;
  /** Index (within the document's tokens) of the syntactic head, -1 for the root. */
  head?: number;
  deprel?: string;
  /** BIO named-entity tag, e.g. `B-PER`. */
  ner?: string;
}

/**
 * How a mention names its entity: by `name`; a seat of power or capital
 * standing for a government (`metonym`); a capital or seat used as a
 * `place`; a `pronoun` or definite `description` ("the minister") resolved
 * by coreference; a `plural` phrase naming several actors ("the two
 * countries"). Everything but `name` and `place` is inferred, not stated.
 */
export type MentionKind = "name" | "metonym" | "place" | "pronoun" | "description" | "plural";

/** A mention of an entity in the text. */
export interface Mention extends Span {
  text: string;
  /** How the mention names the entity (set by the `link` stage). */
  kind?: MentionKind;
  /** How the link was made: `alias`, `seat`, `surname`, `fuzzy`, `role`, `coref` … (set by `link`). */
  method?: string;
  /** The sector this mention denotes when it differs from the entity's (the Pentagon → MIL). */
  sector?: string | null;
}

/** An entity (person, organisation, place, country…) with all its mentions. */
export interface Entity {
  id: string;
  name: string;
  /** PER, ORG, LOC, MISC, COUNTRY, IGO … */
  type: string;
  country?: string | null;
  sector?: string | null;
  /** The knowledge-base record this entity is linked to (country/IGO code, org or person id), when linked. */
  kb_id?: string | null;
  /** True for a person created from a role phrase ("Ghana's foreign minister Kofi Mensah"), not in the KB. */
  provisional?: boolean;
  mentions: Mention[];
}

/** A temporal expression normalised TIMEX3-style. */
export interface TimeExpression extends Span {
  text: string;
  /** Normalised value, e.g. `2021-03-22`, `2021-W12`, `P2D`. */
  value: string;
  /** DATE, TIME, DURATION or SET. */
  type: "DATE" | "TIME" | "DURATION" | "SET";
  precision?: DatePrecision;
}

/** A place mention resolved against the gazetteer. */
export interface PlaceMention extends Span {
  text: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** What the gazetteer entry is: a country, a first-level region or a city. */
  kind?: "country" | "region" | "city";
}

/** How precise a date value is. */
export type DatePrecision = "day" | "week" | "month" | "quarter" | "year" | "decade" | "unknown";

/** Whether an event happened, per the text. */
export type EventStatus = "occurred" | "planned" | "canceled" | "negated" | "hypothetical";

/** An actor or recipient of an event. */
export interface Actor {
  /** The text that names the actor. */
  text: string;
  name?: string;
  entity_id?: string;
  /** ISO 3166-1 alpha-3 country code, or null when unknown/international. */
  country: string | null;
  /** PLOVER agent/sector code (GOV, MIL, …) or null. */
  sector: string | null;
}

/** The date of an event: stated in the text or implied (publication date). */
export interface EventDate {
  value: string;
  precision: DatePrecision;
  /** True when the text states the date; false when it is implied. */
  stated: boolean;
  text?: string;
}

/** Where an event happened. */
export interface EventLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** The evidence behind an event: the sentence and the rule that coded it. */
export interface Evidence {
  sentence: string;
  /** Offsets of the sentence in the clean text. */
  start: number;
  end: number;
  /** The trigger word or phrase. */
  trigger: string;
  /** Offsets of the trigger word in the clean text (the head word of a phrase such as "held talks"). */
  trigger_start?: number;
  trigger_end?: number;
  /** The id of the rule that fired. */
  rule: string;
}

/** A coded event mention. */
export interface EventMention {
  actor: Actor[];
  recipient: Actor[];
  /** CAMEO code, e.g. `042`. */
  cameo: string;
  plover: { type: string; mode: string | null; context: string[] };
  goldstein: number;
  quad_class: number;
  status: EventStatus;
  date: EventDate;
  location: EventLocation | null;
  evidence: Evidence;
  confidence: number;
}

/** A span the cleaner removed from the input, and why. */
export interface RemovedSpan {
  /** The text removed. */
  text: string;
  /** Short code of the rule that removed it, e.g. `script-block`. */
  reason: string;
  /** Offset into the input text (before cleaning) where it started, when known. */
  inputStart?: number;
}
