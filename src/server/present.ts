/**
 * Domain objects → the JSON the API returns (snake_case field names, as in
 * the `chancery extract` contract). Text from articles is passed through as
 * JSON strings, never turned into markup.
 */
import type { Doc } from "../doc/doc.js";
import type { Actor } from "../doc/types.js";
import type {
  ArticleRef,
  ArticleSummary,
  DirectedCounts,
  EventDetail,
  PartySummary,
  SeriesBucket,
  StoredEvent,
} from "../store/store.js";

/** API path of an article. */
export const articleLink = (id: number): string => `/api/articles/${id}`;
/** API path of a party. */
export const partyLink = (id: string): string => `/api/entities/${encodeURIComponent(id)}`;

/** An actor as JSON (absent optional fields stay absent). */
export function presentActor(a: Actor): Record<string, unknown> {
  return {
    text: a.text,
    ...(a.name !== undefined ? { name: a.name } : {}),
    ...(a.entity_id !== undefined ? { entity_id: a.entity_id } : {}),
    country: a.country,
    sector: a.sector,
  };
}

/** An event as JSON. */
export function presentEvent(e: StoredEvent): Record<string, unknown> {
  return {
    id: e.id,
    article_id: e.articleId,
    doc_id: e.docId,
    actor: e.actor.map(presentActor),
    recipient: e.recipient.map(presentActor),
    cameo: e.cameo,
    plover: e.plover,
    goldstein: e.goldstein,
    quad_class: e.quad_class,
    status: e.status,
    date: e.date,
    location: e.location,
    evidence: e.evidence,
    confidence: e.confidence,
  };
}

/** An article reference as JSON. */
export function presentArticleRef(a: ArticleRef): Record<string, unknown> {
  return {
    id: a.id,
    doc_id: a.docId,
    source: a.source,
    url: a.url,
    title: a.title,
    published_at: a.publishedAt,
    version: a.version,
    is_current: a.isCurrent,
    link: articleLink(a.id),
  };
}

/** An event with its article as JSON. */
export function presentEventDetail(e: EventDetail): Record<string, unknown> {
  return { ...presentEvent(e), article: presentArticleRef(e.article) };
}

/** An article summary as JSON. */
export function presentSummary(a: ArticleSummary): Record<string, unknown> {
  return {
    ...presentArticleRef(a),
    language: a.language,
    ingested_at: a.ingestedAt,
    event_count: a.eventCount,
    preview: a.preview,
  };
}

/** A stored article with every annotation layer as JSON; `events` carry their ledger ids. */
export function presentArticle(
  summary: ArticleSummary,
  doc: Doc,
  contentHash: string,
  events: readonly StoredEvent[],
): Record<string, unknown> {
  return {
    ...presentArticleRef(summary),
    language: doc.language,
    ingested_at: summary.ingestedAt,
    content_hash: contentHash,
    layers: [...doc.layers],
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities.map((e) => ({
      id: e.id,
      ledger_id: `${e.type}:${e.name}`,
      name: e.name,
      type: e.type,
      country: e.country ?? null,
      sector: e.sector ?? null,
      mentions: e.mentions,
    })),
    times: doc.times,
    places: doc.places,
    events: events.map(presentEvent),
    removed: doc.removed.map((r) => ({
      text: r.text,
      reason: r.reason,
      ...(r.inputStart !== undefined ? { input_start: r.inputStart } : {}),
    })),
    warnings: doc.warnings,
    provenance: doc.provenance,
  };
}

/** A party as JSON. */
export function presentParty(p: PartySummary): Record<string, unknown> {
  return {
    id: p.id,
    kind: p.kind,
    type: p.type,
    name: p.name,
    as_actor: p.asActor,
    as_recipient: p.asRecipient,
    articles: p.articles,
    link: partyLink(p.id),
  };
}

/** A Goldstein sum or mean rounded to 4 decimals (sums of one-decimal scores carry float noise). */
export function round4(x: number): number;
export function round4(x: number | null): number | null;
export function round4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e4) / 1e4;
}

/** Directed counts as JSON. */
export function presentCounts(c: DirectedCounts): Record<string, unknown> {
  return { events: c.events, goldstein_sum: round4(c.goldsteinSum), goldstein_mean: round4(c.goldsteinMean) };
}

/** A series bucket as JSON. */
export function presentBucket(b: SeriesBucket): Record<string, unknown> {
  return {
    period: b.period,
    start: b.start,
    events: b.events,
    by_quad_class: b.byQuadClass,
    goldstein_sum: round4(b.goldsteinSum),
    goldstein_mean: round4(b.goldsteinMean),
  };
}

/**
 * The colour of a mean Goldstein score: red at −10, grey at 0, green at +10,
 * linearly in between.
 */
export function goldsteinColor(mean: number): string {
  const t = Math.max(-1, Math.min(1, mean / 10));
  const grey = [0x99, 0x99, 0x99];
  const end = t < 0 ? [0xd7, 0x30, 0x27] : [0x1a, 0x98, 0x50];
  const k = Math.abs(t);
  return `#${grey
    .map((g, i) =>
      Math.round(g + ((end[i] as number) - g) * k)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}
