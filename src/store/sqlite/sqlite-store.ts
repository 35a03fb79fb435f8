import Database from "better-sqlite3";
import type { Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import type {
  ArticleFilter,
  ArticlePage,
  ArticlePageQuery,
  DyadQuery,
  DyadSeries,
  EventDetail,
  EventFilter,
  EventPage,
  EventPageQuery,
  LedgerOverview,
  LedgerStats,
  Network,
  NetworkQuery,
  OverviewQuery,
  PartyId,
  PartyPage,
  PartyProfile,
  PartyProfileQuery,
  PartyQuery,
  PutResult,
  SearchPage,
  SearchQuery,
  Store,
  StoredArticle,
  StoredEvent,
  StoreStats,
} from "../store.js";
import { LedgerReader } from "./ledger/reader.js";
import { loadDoc } from "./load-doc.js";
import { appliedSchemaVersion, assertSchemaNotNewer, runMigrations } from "./migrate.js";
import { type Migration, sqliteMigrations } from "./migrations/index.js";
import { StoreReader } from "./read.js";
import { ArticleWriter } from "./write.js";

/** Options for {@link SqliteStore.open}. */
export interface SqliteStoreOptions {
  /** How long a write waits for another connection's lock, in milliseconds (default 5000). */
  busyTimeoutMs?: number;
  /** The migrations that define the schema (default: {@link sqliteMigrations}). */
  migrations?: readonly Migration[];
}

/**
 * The SQLite implementation of {@link Store}, on better-sqlite3.
 *
 * Every article is written in one `BEGIN IMMEDIATE` transaction, and the
 * database runs in WAL mode with `synchronous=NORMAL`, so a process killed
 * at any point leaves every article either fully stored or absent.
 * Open with {@link SqliteStore.open} (or `openStore`), then call
 * {@link SqliteStore.migrate} before reading or writing.
 */
export class SqliteStore implements Store {
  /** The database file path, or `:memory:`. */
  readonly location: string;
  private readonly db: Database.Database;
  private readonly migrations: readonly Migration[];
  private writer: ArticleWriter | undefined;
  private reader: StoreReader | undefined;
  private ledger: LedgerReader | undefined;

  private constructor(location: string, db: Database.Database, migrations: readonly Migration[]) {
    this.location = location;
    this.db = db;
    this.migrations = migrations;
  }

  /**
   * Open (creating if needed) the database at `location` — a file path or
   * `:memory:` — and set its PRAGMAs. The parent directory must exist.
   *
   * @throws ChanceryError `CH_STORE_OPEN` when the file cannot be opened or is not
   *   an SQLite database, `CH_STORE_SCHEMA_NEWER` when its schema is newer than this code.
   */
  static open(location: string, options: SqliteStoreOptions = {}): SqliteStore {
    const migrations = options.migrations ?? sqliteMigrations;
    let db: Database.Database | undefined;
    try {
      db = new Database(location);
      db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
      if (location !== ":memory:") db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
      assertSchemaNotNewer(db, migrations);
    } catch (err) {
      db?.close();
      if (err instanceof ChanceryError) throw err;
      const detail = err instanceof Error ? err.message : String(err);
      throw new ChanceryError("CH_STORE_OPEN", `cannot open the SQLite database: ${detail}`, {
        item: location,
        cause: err,
      });
    }
    return new SqliteStore(location, db, migrations);
  }

  /** The schema version recorded in the database (0 before the first migration). */
  schemaVersion(): number {
    return appliedSchemaVersion(this.db);
  }

  /** Run a raw PRAGMA and return its single value (for diagnostics, e.g. `journal_mode`). */
  pragma(name: string): unknown {
    if (!/^[a-z_]+$/.test(name)) throw new ChanceryError("CH_USAGE", `"${name}" is not a PRAGMA name`);
    return this.db.pragma(name, { simple: true });
  }

  async migrate(): Promise<void> {
    runMigrations(this.db, this.migrations);
  }

  /** The prepared reader and writer; refuses to run against an unmigrated schema. */
  private ready(): { reader: StoreReader; writer: ArticleWriter; ledger: LedgerReader } {
    if (!this.db.open)
      throw new ChanceryError("CH_STORE_OPEN", "the store is closed", { item: this.location });
    if (!this.reader || !this.writer || !this.ledger) {
      const applied = appliedSchemaVersion(this.db);
      const latest = this.migrations.at(-1)?.version ?? 0;
      if (applied < latest) {
        throw new ChanceryError(
          "CH_STORE_OPEN",
          `the database schema is at version ${applied} but ${latest} is needed; call migrate() first`,
          { item: this.location },
        );
      }
      this.reader = new StoreReader(this.db);
      this.writer = new ArticleWriter(this.db);
      this.ledger = new LedgerReader(this.db, this.reader);
    }
    return { reader: this.reader, writer: this.writer, ledger: this.ledger };
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return this.ready().reader.hasContent(contentHash);
  }

  async putArticle(doc: Doc, contentHash: string): Promise<PutResult> {
    return this.ready().writer.put(doc, contentHash);
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    return this.ready().reader.getArticle(id);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    return this.ready().reader.listArticles(filter);
  }

  async listEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    return this.ready().reader.listEvents(filter);
  }

  /**
   * The complete document stored as article `id` — text, raw input and every
   * annotation layer — or null. Events come back without store ids.
   */
  async loadDoc(id: number): Promise<Doc | null> {
    return loadDoc(this.db, this.ready().reader, id);
  }

  async stats(): Promise<StoreStats> {
    return this.ready().reader.stats();
  }

  async pageEvents(query: EventPageQuery): Promise<EventPage> {
    return this.ready().ledger.events.page(query);
  }

  async getEvent(id: number): Promise<EventDetail | null> {
    return this.ready().ledger.articles.event(id);
  }

  async articleEvents(articleId: number): Promise<StoredEvent[]> {
    return this.ready().ledger.articleEvents(articleId);
  }

  async pageArticles(query: ArticlePageQuery): Promise<ArticlePage> {
    return this.ready().ledger.articles.page(query);
  }

  async searchArticles(query: SearchQuery): Promise<SearchPage> {
    return this.ready().ledger.articles.search(query);
  }

  async listParties(query: PartyQuery): Promise<PartyPage> {
    return this.ready().ledger.parties.list(query);
  }

  async partyProfile(id: PartyId, query: PartyProfileQuery): Promise<PartyProfile | null> {
    return this.ready().ledger.parties.profile(id, query);
  }

  async dyadSeries(query: DyadQuery): Promise<DyadSeries> {
    return this.ready().ledger.aggregates.dyadSeries(query);
  }

  async network(query: NetworkQuery): Promise<Network> {
    return this.ready().ledger.aggregates.network(query);
  }

  async ledgerStats(): Promise<LedgerStats> {
    return this.ready().ledger.aggregates.stats();
  }

  async overview(query: OverviewQuery): Promise<LedgerOverview> {
    return this.ready().ledger.overview.overview(query);
  }

  /** Close the connection (checkpointing the WAL). Calling it twice is harmless. */
  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
