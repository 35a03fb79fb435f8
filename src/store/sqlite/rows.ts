/**
 * Row shapes as SQLite returns them, and their conversion to the domain
 * objects of `src/store/store.ts`. Optional fields that were absent are stored
 * as NULL and come back absent; nullable fields come back as null.
 */
import type { Actor, DatePrecision, EventMention, EventStatus } from "../../doc/types.js";
import type { StoredArticle, StoredEvent } from "../store.js";

/** An `articles` row as selected for {@link StoredArticle}. */
export interface ArticleRow {
  id: number;
  doc_id: string;
  source_label: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  language: string | null;
  content_hash: string;
  version: number;
  text: string;
  ingested_at: string;
  event_count: number;
}

/** The column list matching {@link ArticleRow}, for `SELECT … FROM articles a`. */
export const ARTICLE_COLUMNS = `a.id, a.doc_id, a.source_label, a.url, a.title, a.published_at, a.language,
  a.content_hash, a.version, a.text, a.ingested_at,
  (SELECT COUNT(*) FROM events ev WHERE ev.article_id = a.id) AS event_count`;

/** Convert an article row. */
export function toStoredArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    docId: row.doc_id,
    source: row.source_label,
    url: row.url,
    title: row.title,
    publishedAt: row.published_at,
    language: row.language,
    contentHash: row.content_hash,
    version: row.version,
    text: row.text,
    ingestedAt: row.ingested_at,
    eventCount: row.event_count,
  };
}

/** An `events` row joined with its article's doc id. */
export interface EventRow {
  id: number;
  article_id: number;
  doc_id: string;
  cameo: string;
  plover_type: string;
  plover_mode: string | null;
  plover_context: string;
  goldstein: number;
  quad_class: number;
  status: string;
  date_value: string;
  date_precision: string;
  date_stated: number;
  date_text: string | null;
  location_name: string | null;
  location_country: string | null;
  location_lat: number | null;
  location_lon: number | null;
  evidence_sentence: string;
  evidence_start: number;
  evidence_end: number;
  evidence_trigger: string;
  evidence_rule: string;
  confidence: number;
}

/** The column list matching {@link EventRow}, for `SELECT … FROM events e JOIN articles a`. */
export const EVENT_COLUMNS = `e.id, e.article_id, a.doc_id, e.cameo, e.plover_type, e.plover_mode, e.plover_context,
  e.goldstein, e.quad_class, e.status, e.date_value, e.date_precision, e.date_stated, e.date_text,
  e.location_name, e.location_country, e.location_lat, e.location_lon,
  e.evidence_sentence, e.evidence_start, e.evidence_end, e.evidence_trigger, e.evidence_rule, e.confidence`;

/** An `event_actors` row. */
export interface ActorRow {
  event_id: number;
  role: "actor" | "recipient";
  text: string;
  name: string | null;
  entity_id: string | null;
  country: string | null;
  sector: string | null;
}

/** Convert an actor row. */
export function toActor(row: ActorRow): Actor {
  const actor: Actor = { text: row.text, country: row.country, sector: row.sector };
  if (row.name !== null) actor.name = row.name;
  if (row.entity_id !== null) actor.entity_id = row.entity_id;
  return actor;
}

/** Convert an event row and its actor rows (already in role order). */
export function toStoredEvent(row: EventRow, actors: readonly ActorRow[]): StoredEvent {
  const mention: EventMention = {
    actor: actors.filter((a) => a.role === "actor").map(toActor),
    recipient: actors.filter((a) => a.role === "recipient").map(toActor),
    cameo: row.cameo,
    plover: {
      type: row.plover_type,
      mode: row.plover_mode,
      context: JSON.parse(row.plover_context) as string[],
    },
    goldstein: row.goldstein,
    quad_class: row.quad_class,
    status: row.status as EventStatus,
    date: {
      value: row.date_value,
      precision: row.date_precision as DatePrecision,
      stated: row.date_stated === 1,
      ...(row.date_text === null ? {} : { text: row.date_text }),
    },
    location:
      row.location_name === null
        ? null
        : {
            name: row.location_name,
            country: row.location_country,
            lat: row.location_lat,
            lon: row.location_lon,
          },
    evidence: {
      sentence: row.evidence_sentence,
      start: row.evidence_start,
      end: row.evidence_end,
      trigger: row.evidence_trigger,
      rule: row.evidence_rule,
    },
    confidence: row.confidence,
  };
  return { id: row.id, articleId: row.article_id, docId: row.doc_id, ...mention };
}
