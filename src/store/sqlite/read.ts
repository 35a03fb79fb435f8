import type Database from "better-sqlite3";
import { asChanceryError, ChanceryError } from "../../errors.js";
import type { ArticleFilter, EventFilter, StoredArticle, StoredEvent, StoreStats } from "../store.js";
import { articleConditions, eventConditions, pageParams } from "./filters.js";
import {
  ARTICLE_COLUMNS,
  type ActorRow,
  type ArticleRow,
  EVENT_COLUMNS,
  type EventRow,
  toStoredArticle,
  toStoredEvent,
} from "./rows.js";

/** Errors SQLite raises for a malformed FTS5 query. */
export function isFtsQueryError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return /fts5|no such column|unterminated string|malformed MATCH/i.test(err.message);
}

/**
 * Read-side queries of the SQLite store. Statements are prepared once per
 * distinct SQL text and reused.
 */
export class StoreReader {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  /** Run a filtered query, turning a malformed full-text query into `CH_USAGE`. */
  private filtered<T>(query: string | undefined, run: () => T): T {
    try {
      return run();
    } catch (err) {
      if (err instanceof ChanceryError) throw err;
      if (query !== undefined && isFtsQueryError(err)) {
        const detail = err instanceof Error ? err.message : String(err);
        throw new ChanceryError("CH_USAGE", `the full-text query "${query}" is not valid: ${detail}`);
      }
      throw asChanceryError(err, "CH_INTERNAL", this.db.name);
    }
  }

  /** True when an article with this content hash is stored. */
  hasContent(contentHash: string): boolean {
    return (
      this.statement("SELECT 1 AS present FROM articles WHERE content_hash = ?").get(contentHash) !==
      undefined
    );
  }

  /** One article by row id, or null. */
  getArticle(id: number): StoredArticle | null {
    const row = this.statement(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as
      ArticleRow | undefined;
    return row ? toStoredArticle(row) : null;
  }

  /** Articles (every stored version) matching `filter`, in ingest order. */
  listArticles(filter: ArticleFilter = {}): StoredArticle[] {
    const { where, params } = articleConditions(filter);
    const page = pageParams(filter);
    const sql = `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE ${where} ORDER BY a.id LIMIT ? OFFSET ?`;
    const rows = this.filtered(
      filter.query,
      () => this.statement(sql).all(...params, ...page) as ArticleRow[],
    );
    return rows.map(toStoredArticle);
  }

  /**
   * Events of the current version of each article matching `filter`, ordered
   * by the first day of their date (undated last), then by id.
   */
  listEvents(filter: EventFilter = {}): StoredEvent[] {
    const { where, params } = eventConditions(filter);
    const page = pageParams(filter);
    const sql = `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE ${where} ORDER BY e.date_start IS NULL, e.date_start, e.id LIMIT ? OFFSET ?`;
    const rows = this.filtered(filter.query, () => this.statement(sql).all(...params, ...page) as EventRow[]);
    return this.withActors(rows);
  }

  /** Every event of one article version (current or superseded), in document order. */
  eventsOfArticle(articleId: number): StoredEvent[] {
    const sql = `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
      WHERE e.article_id = ? ORDER BY e.idx`;
    return this.withActors(this.statement(sql).all(articleId) as EventRow[]);
  }

  /** Attach actor and recipient arrays to event rows with one query. */
  withActors(rows: readonly EventRow[]): StoredEvent[] {
    if (rows.length === 0) return [];
    const actorRows = this.statement(
      `SELECT event_id, role, text, name, entity_id, country, sector FROM event_actors
       WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, role, idx`,
    ).all(JSON.stringify(rows.map((r) => r.id))) as ActorRow[];
    const byEvent = new Map<number, ActorRow[]>();
    for (const a of actorRows) {
      const list = byEvent.get(a.event_id);
      if (list) list.push(a);
      else byEvent.set(a.event_id, [a]);
    }
    return rows.map((r) => toStoredEvent(r, byEvent.get(r.id) ?? []));
  }

  /**
   * Counts. Each count equals the length of the matching unfiltered listing:
   * `articles` counts every stored version (as `listArticles` does) and
   * `events` counts the events of current versions (as `listEvents` does).
   */
  stats(): StoreStats {
    const count = (sql: string): number => (this.statement(sql).get() as { n: number }).n;
    const grouped = (column: "status" | "plover_type"): Record<string, number> => {
      const rows = this.statement(
        `SELECT e.${column} AS k, COUNT(*) AS n FROM events e JOIN articles a ON a.id = e.article_id
         WHERE a.is_current = 1 GROUP BY e.${column} ORDER BY e.${column}`,
      ).all() as { k: string; n: number }[];
      return Object.fromEntries(rows.map((r) => [r.k, r.n]));
    };
    return {
      articles: count("SELECT COUNT(*) AS n FROM articles"),
      versions: count("SELECT COUNT(*) AS n FROM articles WHERE version > 1"),
      sources: count("SELECT COUNT(*) AS n FROM sources"),
      sentences: count("SELECT COUNT(*) AS n FROM sentences"),
      entities: count("SELECT COUNT(*) AS n FROM entities"),
      events: count(
        "SELECT COUNT(*) AS n FROM events e JOIN articles a ON a.id = e.article_id WHERE a.is_current = 1",
      ),
      eventsByStatus: grouped("status"),
      eventsByType: grouped("plover_type"),
    };
  }
}
