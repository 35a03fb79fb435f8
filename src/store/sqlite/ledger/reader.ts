import type Database from "better-sqlite3";
import type { StoredEvent } from "../../store.js";
import type { StoreReader } from "../read.js";
import { AggregateQueries } from "./aggregates.js";
import { ArticleQueries } from "./articles.js";
import { EventPager } from "./events.js";
import { OverviewQueries } from "./overview.js";
import { PartyQueries } from "./parties.js";
import { StatementCache } from "./statements.js";

/**
 * The SQLite implementation of `LedgerQueries`, over the tables of
 * migration 2 (`ledgerIndex`). Synchronous: the store wraps each call in a
 * promise.
 */
export class LedgerReader {
  readonly events: EventPager;
  readonly articles: ArticleQueries;
  readonly parties: PartyQueries;
  readonly aggregates: AggregateQueries;
  readonly overview: OverviewQueries;
  private readonly reader: StoreReader;

  constructor(db: Database.Database, reader: StoreReader) {
    const sql = new StatementCache(db);
    this.reader = reader;
    this.events = new EventPager(sql, reader);
    this.articles = new ArticleQueries(sql, reader);
    this.parties = new PartyQueries(sql);
    this.aggregates = new AggregateQueries(sql, this.parties);
    this.overview = new OverviewQueries(sql);
  }

  /** Every event of one article version, in document order. */
  articleEvents(articleId: number): StoredEvent[] {
    return this.reader.eventsOfArticle(articleId);
  }
}
