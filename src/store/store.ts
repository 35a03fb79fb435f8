import type { Doc } from "../doc/doc.js";
import type { EventMention, EventStatus } from "../doc/types.js";

/** The outcome of storing one article. */
export interface PutResult {
  /** `inserted`: new article; `version`: changed text at a known URL; `skipped`: identical content already stored. */
  status: "inserted" | "version" | "skipped";
  articleId: number;
  /** Version number for the article's URL (1 for the first). */
  version: number;
}

/** An article as stored. */
export interface StoredArticle {
  id: number;
  docId: string;
  source: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  language: string | null;
  contentHash: string;
  version: number;
  text: string;
  ingestedAt: string;
  eventCount: number;
}

/** An event as stored, with the article it came from. */
export interface StoredEvent extends EventMention {
  id: number;
  articleId: number;
  docId: string;
}

/** Filters shared by article and event queries. All fields optional. */
export interface EventFilter {
  /** Actor country code (ISO alpha-3). */
  actor?: string;
  /** Recipient country code. */
  recipient?: string;
  /** PLOVER type, e.g. CONSULT. */
  type?: string;
  /** CAMEO code prefix, e.g. `04` or `042`. */
  cameo?: string;
  status?: EventStatus;
  quadClass?: number;
  /** Inclusive lower bound on the event date (YYYY-MM-DD or a prefix). */
  from?: string;
  /** Inclusive upper bound on the event date. */
  to?: string;
  /** Full-text query over the article text (FTS5 syntax). */
  query?: string;
  limit?: number;
  offset?: number;
}

/** Filters for article listings. */
export interface ArticleFilter {
  /** Only versions of the document with this id. */
  docId?: string;
  query?: string;
  from?: string;
  to?: string;
  source?: string;
  limit?: number;
  offset?: number;
}

/** Counts for `chancery stats`. */
export interface StoreStats {
  articles: number;
  versions: number;
  sources: number;
  sentences: number;
  entities: number;
  events: number;
  eventsByStatus: Record<string, number>;
  eventsByType: Record<string, number>;
}

/**
 * Persistent storage for articles, their annotations and events. The SQLite
 * store is the default; a PostgreSQL store implements the same interface and
 * runs the same conformance suite (`test/store/conformance.ts`).
 */
export interface Store {
  /** Bring the schema up to date (idempotent). */
  migrate(): Promise<void>;
  /** True when an article with exactly this content hash is already stored. */
  hasContent(contentHash: string): Promise<boolean>;
  /**
   * Store one processed document with all its annotations and events, in one
   * transaction: either all of it is stored or nothing.
   */
  putArticle(doc: Doc, contentHash: string): Promise<PutResult>;
  getArticle(id: number): Promise<StoredArticle | null>;
  /** Rebuild the full document of a stored article, with every annotation layer (null when absent). */
  loadDoc(id: number): Promise<Doc | null>;
  listArticles(filter?: ArticleFilter): Promise<StoredArticle[]>;
  /**
   * Events matching the filter. Only events of the current (latest) version
   * of each article are listed, so an edited story is not counted twice.
   */
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
