/**
 * Read-only queries over the stored entities (`entities`, `entity_mentions`)
 * for `chancery entities`: linked entities grouped across articles by their
 * key (a KB id such as `sergey-lavrov` or `CHN`, or a provisional
 * `prov:…` id); entities the linker left unlinked are grouped by
 * `TYPE:name`. Only current article versions count.
 */
import Database from "better-sqlite3";
import { ChanceryError } from "../../errors.js";

/** Filters of {@link StoredEntities.list}. */
export interface StoredEntityQuery {
  /** Entity type (PER, ORG, COUNTRY, IGO, LOC, MISC), case-insensitive. */
  type?: string;
  /** Country code (ISO alpha-3). */
  country?: string;
  /** Case-insensitive substring of the name or id. */
  query?: string;
  limit: number;
}

/** An entity summed over the articles that mention it. */
export interface StoredEntitySummary {
  /** The KB or provisional id, or `TYPE:name` for an unlinked entity. */
  id: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  articles: number;
  mentions: number;
}

/** One entity with its surface forms and the articles naming it. */
export interface StoredEntityDetail extends StoredEntitySummary {
  /** Surface forms with how often each was written. */
  forms: { text: string; count: number }[];
  /** Articles naming the entity, newest first. */
  articleList: {
    id: number;
    docId: string;
    title: string | null;
    publishedAt: string | null;
    mentions: number;
  }[];
}

/** The grouping key of a stored entity row `en`. */
const IDENT = "CASE WHEN en.key GLOB 'e[0-9]*' THEN en.type || ':' || en.name ELSE en.key END";

/** Read access to the entities of a ledger database. */
export class StoredEntities {
  readonly #db: Database.Database;

  private constructor(db: Database.Database) {
    this.#db = db;
  }

  /**
   * Open the database at `location` read-only.
   *
   * @throws ChanceryError `CH_STORE_OPEN` when it is missing or not a Chancery database.
   */
  static open(location: string): StoredEntities {
    try {
      const db = new Database(location, { readonly: true, fileMustExist: true });
      db.prepare("SELECT 1 FROM entities LIMIT 1").all();
      return new StoredEntities(db);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new ChanceryError("CH_STORE_OPEN", `cannot read entities: ${detail}`, {
        item: location,
        cause: err,
      });
    }
  }

  /** Entities matching `q`, most articles first. */
  list(q: StoredEntityQuery): StoredEntitySummary[] {
    const where = ["a.is_current = 1"];
    const params: unknown[] = [];
    if (q.type) {
      where.push("en.type = ? COLLATE NOCASE");
      params.push(q.type);
    }
    if (q.country) {
      where.push("en.country = ? COLLATE NOCASE");
      params.push(q.country);
    }
    if (q.query) {
      where.push("(en.name LIKE ? ESCAPE '\\' OR en.key LIKE ? ESCAPE '\\')");
      const pattern = `%${q.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(pattern, pattern);
    }
    return this.#db
      .prepare(
        `SELECT ${IDENT} AS id, MAX(en.name) AS name, MAX(en.type) AS type, MAX(en.country) AS country,
                MAX(en.sector) AS sector, COUNT(DISTINCT en.article_id) AS articles,
                SUM((SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = en.id)) AS mentions
         FROM entities en JOIN articles a ON a.id = en.article_id
         WHERE ${where.join(" AND ")}
         GROUP BY 1 ORDER BY articles DESC, mentions DESC, id LIMIT ?`,
      )
      .all(...params, q.limit) as StoredEntitySummary[];
  }

  /** One entity by id (KB id, provisional id or `TYPE:name`), or null. */
  get(id: string, articleLimit = 20): StoredEntityDetail | null {
    const summary = this.#db
      .prepare(
        `SELECT ${IDENT} AS id, MAX(en.name) AS name, MAX(en.type) AS type, MAX(en.country) AS country,
                MAX(en.sector) AS sector, COUNT(DISTINCT en.article_id) AS articles,
                SUM((SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = en.id)) AS mentions
         FROM entities en JOIN articles a ON a.id = en.article_id
         WHERE a.is_current = 1 AND ${IDENT} = ? GROUP BY 1`,
      )
      .get(id) as StoredEntitySummary | undefined;
    if (summary === undefined) return null;
    const forms = this.#db
      .prepare(
        `SELECT m.text AS text, COUNT(*) AS count FROM entity_mentions m
         JOIN entities en ON en.id = m.entity_id JOIN articles a ON a.id = en.article_id
         WHERE a.is_current = 1 AND ${IDENT} = ? GROUP BY m.text ORDER BY count DESC, m.text`,
      )
      .all(id) as { text: string; count: number }[];
    const articleList = this.#db
      .prepare(
        `SELECT a.id AS id, a.doc_id AS docId, a.title AS title, a.published_at AS publishedAt,
                (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = en.id) AS mentions
         FROM entities en JOIN articles a ON a.id = en.article_id
         WHERE a.is_current = 1 AND ${IDENT} = ?
         ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
      )
      .all(id, articleLimit) as StoredEntityDetail["articleList"];
    return { ...summary, forms, articleList };
  }

  close(): void {
    this.#db.close();
  }
}
