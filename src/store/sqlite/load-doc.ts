import type Database from "better-sqlite3";
import type { Doc, DocWarning, InputKind, Layer, Provenance } from "../../doc/doc.js";
import type {
  DatePrecision,
  Entity,
  EventMention,
  Mention,
  PlaceMention,
  RemovedSpan,
  Sentence,
  TimeExpression,
  Token,
} from "../../doc/types.js";
import type { StoreReader } from "./read.js";

interface FullArticleRow {
  doc_id: string;
  source_label: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  language: string | null;
  raw_kind: InputKind;
  layers: string;
  warnings: string;
  provenance: string;
  removed: string;
  timings: string;
  text: string;
  raw: string;
  tokens: string | null;
}

interface SpanRow {
  idx: number;
  start_offset: number;
  end_offset: number;
}

interface EntityRow {
  id: number;
  key: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
}

interface MentionRow extends SpanRow {
  entity_id: number;
  text: string;
}

interface TimeRow extends SpanRow {
  text: string;
  value: string;
  type: TimeExpression["type"];
  precision: DatePrecision | null;
}

interface PlaceRow extends SpanRow {
  text: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * Rebuild the full {@link Doc} stored as article row `articleId`, every
 * layer included, or null when there is no such row. Sentence texts are
 * re-cut from the clean text by their offsets; entity `country`/`sector`
 * that were absent come back as null.
 */
export function loadDoc(db: Database.Database, reader: StoreReader, articleId: number): Doc | null {
  const row = db
    .prepare(
      `SELECT a.doc_id, a.source_label, a.url, a.title, a.published_at, a.language, a.raw_kind, a.layers,
        a.warnings, a.provenance, a.removed, a.timings, a.text, a.raw, t.tokens
       FROM articles a LEFT JOIN article_tokens t ON t.article_id = a.id WHERE a.id = ?`,
    )
    .get(articleId) as FullArticleRow | undefined;
  if (!row) return null;

  const sentences: Sentence[] = (
    db
      .prepare("SELECT idx, start_offset, end_offset FROM sentences WHERE article_id = ? ORDER BY idx")
      .all(articleId) as SpanRow[]
  ).map((s) => ({
    start: s.start_offset,
    end: s.end_offset,
    text: row.text.slice(s.start_offset, s.end_offset),
  }));

  const mentionRows = db
    .prepare(
      `SELECT m.entity_id, m.idx, m.start_offset, m.end_offset, m.text FROM entity_mentions m
       JOIN entities en ON en.id = m.entity_id WHERE en.article_id = ? ORDER BY m.entity_id, m.idx`,
    )
    .all(articleId) as MentionRow[];
  const mentionsOf = new Map<number, Mention[]>();
  for (const m of mentionRows) {
    const mention: Mention = { start: m.start_offset, end: m.end_offset, text: m.text };
    const list = mentionsOf.get(m.entity_id);
    if (list) list.push(mention);
    else mentionsOf.set(m.entity_id, [mention]);
  }
  const entities: Entity[] = (
    db
      .prepare("SELECT id, key, name, type, country, sector FROM entities WHERE article_id = ? ORDER BY idx")
      .all(articleId) as EntityRow[]
  ).map((e) => ({
    id: e.key,
    name: e.name,
    type: e.type,
    country: e.country,
    sector: e.sector,
    mentions: mentionsOf.get(e.id) ?? [],
  }));

  const times: TimeExpression[] = (
    db
      .prepare(
        `SELECT idx, start_offset, end_offset, text, value, type, precision FROM times
         WHERE article_id = ? ORDER BY idx`,
      )
      .all(articleId) as TimeRow[]
  ).map((t) => ({
    start: t.start_offset,
    end: t.end_offset,
    text: t.text,
    value: t.value,
    type: t.type,
    ...(t.precision === null ? {} : { precision: t.precision }),
  }));

  const places: PlaceMention[] = (
    db
      .prepare(
        `SELECT idx, start_offset, end_offset, text, name, country, lat, lon FROM places
         WHERE article_id = ? ORDER BY idx`,
      )
      .all(articleId) as PlaceRow[]
  ).map((p) => ({
    start: p.start_offset,
    end: p.end_offset,
    text: p.text,
    name: p.name,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
  }));

  const events: EventMention[] = reader
    .eventsOfArticle(articleId)
    .map(({ id: _id, articleId: _article, docId: _doc, ...mention }) => mention);

  return {
    id: row.doc_id,
    source: row.source_label,
    url: row.url,
    title: row.title,
    published_at: row.published_at,
    language: row.language,
    raw: row.raw,
    rawKind: row.raw_kind,
    text: row.text,
    sentences,
    tokens: row.tokens === null ? [] : (JSON.parse(row.tokens) as Token[]),
    entities,
    times,
    places,
    events,
    removed: JSON.parse(row.removed) as RemovedSpan[],
    warnings: JSON.parse(row.warnings) as DocWarning[],
    provenance: JSON.parse(row.provenance) as Provenance,
    layers: new Set(JSON.parse(row.layers) as Layer[]),
    timings: JSON.parse(row.timings) as Record<string, number>,
  };
}
