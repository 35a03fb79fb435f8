/** Article listings, full-text search and single events with their article. */
import type {
  ArticlePage,
  ArticlePageQuery,
  ArticleRef,
  ArticleSummary,
  EventDetail,
  SearchPage,
  SearchQuery,
  Snippet,
} from "../../store.js";
import type { StoreReader } from "../read.js";
import { EVENT_COLUMNS, type EventRow } from "../rows.js";
import { checkLimit, dayBounds } from "./bounds.js";
import type { StatementCache } from "./statements.js";

/** Characters of clean text in an article summary's preview. */
export const PREVIEW_CHARS = 240;

/** Private-use characters FTS5 wraps matches in; turned into offsets, never sent. */
const OPEN = "\uE000";
const CLOSE = "\uE001";

/** An `articles` row as selected for {@link ArticleSummary}. */
interface SummaryRow {
  id: number;
  doc_id: string;
  source_label: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  version: number;
  is_current: number;
  language: string | null;
  ingested_at: string;
  event_count: number;
  preview: string;
}

const SUMMARY_COLUMNS = `a.id, a.doc_id, a.source_label, a.url, a.title, a.published_at, a.version, a.is_current,
  a.language, a.ingested_at, substr(a.text, 1, ${PREVIEW_CHARS}) AS preview,
  (SELECT COUNT(*) FROM events ev WHERE ev.article_id = a.id) AS event_count`;

function toRef(row: Omit<SummaryRow, "language" | "ingested_at" | "event_count" | "preview">): ArticleRef {
  return {
    id: row.id,
    docId: row.doc_id,
    source: row.source_label,
    url: row.url,
    title: row.title,
    publishedAt: row.published_at,
    version: row.version,
    isCurrent: row.is_current === 1,
  };
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    ...toRef(row),
    language: row.language,
    ingestedAt: row.ingested_at,
    eventCount: row.event_count,
    preview: row.preview,
  };
}

/**
 * Turn FTS5 snippet text with {@link OPEN}/{@link CLOSE} markers into plain
 * text and the offsets of the highlighted ranges. Marker characters that were
 * already in the text are dropped rather than trusted.
 */
export function parseSnippet(marked: string): Snippet {
  let text = "";
  const highlights: Array<[number, number]> = [];
  let open: number | null = null;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) {
      if (open !== null && text.length > open) highlights.push([open, text.length]);
      open = null;
    } else text += ch;
  }
  return { text, highlights };
}

/** Reads articles and single events for the API. */
export class ArticleQueries {
  private readonly sql: StatementCache;
  private readonly reader: StoreReader;

  constructor(sql: StatementCache, reader: StoreReader) {
    this.sql = sql;
    this.reader = reader;
  }

  /** The highest article id stored (0 when none). */
  maxArticleId(): number {
    return this.sql.get1<{ m: number | null }>("SELECT MAX(id) AS m FROM articles")?.m ?? 0;
  }

  /** A page of article summaries by id. */
  page(q: ArticlePageQuery): ArticlePage {
    checkLimit(q.limit);
    const maxId = q.maxId ?? this.maxArticleId();
    const desc = (q.order ?? "desc") === "desc";
    const where = ["a.id <= ?"];
    const params: unknown[] = [maxId];
    const add = (condition: string, ...values: unknown[]): void => {
      where.push(condition);
      params.push(...values);
    };
    if (q.allVersions !== true) add("a.is_current = 1");
    if (q.afterId !== undefined) add(desc ? "a.id < ?" : "a.id > ?", q.afterId);
    if (q.source !== undefined) {
      add(
        "(a.source_id IN (SELECT id FROM sources WHERE name = ?) OR a.source_label = ?)",
        q.source,
        q.source,
      );
    }
    if (q.language !== undefined) add("a.language = ?", q.language);
    const dates = dayBounds(q.from, q.to);
    if (dates.from !== undefined) add("a.published_end >= ?", dates.from);
    if (dates.to !== undefined) add("a.published_start <= ?", dates.to);
    if (q.query !== undefined)
      add("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", q.query);
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${where.join(" AND ")}
      ORDER BY a.id ${desc ? "DESC" : "ASC"} LIMIT ?`;
    const rows = this.sql.guard(q.query, () => this.sql.all<SummaryRow>(sql, [...params, q.limit + 1]));
    const articles = rows.slice(0, q.limit).map(toSummary);
    const nextId = rows.length > q.limit ? (articles.at(-1)?.id ?? null) : null;
    return { articles, nextId, maxId };
  }

  /** Full-text search over current articles, best first. */
  search(q: SearchQuery): SearchPage {
    checkLimit(q.limit);
    const maxId = q.maxId ?? this.maxArticleId();
    const offset = q.offset ?? 0;
    const sql = `SELECT ${SUMMARY_COLUMNS}, -bm25(articles_fts) AS score,
        snippet(articles_fts, -1, '${OPEN}', '${CLOSE}', '…', 24) AS snippet
      FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH ? AND a.is_current = 1 AND a.id <= ?
      ORDER BY bm25(articles_fts), a.id LIMIT ? OFFSET ?`;
    const rows = this.sql.guard(q.query, () =>
      this.sql.all<SummaryRow & { score: number; snippet: string }>(sql, [
        q.query,
        maxId,
        q.limit + 1,
        offset,
      ]),
    );
    const hits = rows.slice(0, q.limit).map((r) => ({
      article: toSummary(r),
      score: r.score,
      snippet: parseSnippet(r.snippet),
    }));
    return { hits, nextOffset: rows.length > q.limit ? offset + q.limit : null, maxId };
  }

  /** One event with its article, or null. */
  event(id: number): EventDetail | null {
    const row = this.sql.get1<
      EventRow & Omit<SummaryRow, "language" | "ingested_at" | "event_count" | "preview">
    >(
      `SELECT ${EVENT_COLUMNS}, a.source_label, a.url, a.title, a.published_at, a.version, a.is_current
       FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`,
      [id],
    );
    if (!row) return null;
    const [event] = this.reader.withActors([row]);
    if (!event) return null;
    return { ...event, article: toRef({ ...row, id: row.article_id }) };
  }
}
