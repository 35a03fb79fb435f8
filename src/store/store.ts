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
 * A party to events: an ISO 3166-1 alpha-3 country code (`USA`) for a
 * country, or `TYPE:name` (`PER:Sergei Lavrov`) for a named entity of the
 * documents. Actors count as a party through their country and through the
 * entity they refer to.
 */
export type PartyId = string;

/** Which date a date bound of an event query applies to. */
export type DateField = "event" | "published";

/** Time buckets of a series. Weeks are ISO weeks, starting on Monday. */
export type SeriesInterval = "day" | "week" | "month" | "year";

/** The position of an event in the ledger order, for keyset pagination. */
export interface EventKey {
  /** First day of the event's date (`YYYY-MM-DD`), or null when the date covers no calendar range. */
  day: string | null;
  id: number;
}

/** Filters, order and page of {@link LedgerQueries.pageEvents}. All filters are optional and combine with AND. */
export interface EventPageQuery {
  /** A party among the actors. */
  actor?: PartyId;
  /** A party among the recipients. */
  recipient?: PartyId;
  /** PLOVER type (case-insensitive). */
  type?: string;
  /** CAMEO code prefix, e.g. `04` or `042`. */
  cameo?: string;
  /** CAMEO root (the first two digits), e.g. `04`. */
  cameoRoot?: string;
  quadClass?: number;
  status?: EventStatus;
  /** Which date `from` and `to` bound (default `event`). */
  dateField?: DateField;
  /** Inclusive lower bound (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `YYYY-Qn`), matched by overlap. */
  from?: string;
  /** Inclusive upper bound, matched by overlap. */
  to?: string;
  /** ISO alpha-3 code of the event's location. */
  locationCountry?: string;
  /** Full-text query over the article (FTS5 syntax). */
  query?: string;
  /** By the event's first day then id: `desc` (default) newest first, `asc` oldest first; undated events last. */
  order?: "asc" | "desc";
  /** Page size (at least 1). */
  limit: number;
  /** Continue after this event (the `next` of the previous page). */
  after?: EventKey;
  /** Only events with an id at most this: the `maxId` of the first page, so inserts do not shift a walk. */
  maxId?: number;
}

/** One page of events. */
export interface EventPage {
  events: StoredEvent[];
  /** Where the next page starts, or null on the last page. */
  next: EventKey | null;
  /** The highest event id the walk sees (pass back with `next`). */
  maxId: number;
}

/** The article an event or hit belongs to. */
export interface ArticleRef {
  id: number;
  docId: string;
  source: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  version: number;
  isCurrent: boolean;
}

/** An event with its article. */
export interface EventDetail extends StoredEvent {
  article: ArticleRef;
}

/** An article without its text: what listings return. */
export interface ArticleSummary extends ArticleRef {
  language: string | null;
  ingestedAt: string;
  eventCount: number;
  /** The first characters of the clean text. */
  preview: string;
}

/** Filters and page of {@link LedgerQueries.pageArticles}. */
export interface ArticlePageQuery {
  /** A source name or exact source label (as `ArticleFilter.source`). */
  source?: string;
  /** Inclusive bounds on the publication date, matched by overlap. */
  from?: string;
  to?: string;
  language?: string;
  /** Full-text query (FTS5 syntax). */
  query?: string;
  /** Also list superseded versions (default: current versions only). */
  allVersions?: boolean;
  /** By id: `desc` (default) most recently stored first. */
  order?: "asc" | "desc";
  limit: number;
  afterId?: number;
  maxId?: number;
}

/** One page of articles. */
export interface ArticlePage {
  articles: ArticleSummary[];
  /** The id to continue after, or null on the last page. */
  nextId: number | null;
  maxId: number;
}

/** A full-text query over current articles. */
export interface SearchQuery {
  /** FTS5 query. */
  query: string;
  limit: number;
  offset?: number;
  maxId?: number;
}

/** A snippet of matched text with the matched ranges (UTF-16 offsets into `text`). */
export interface Snippet {
  text: string;
  highlights: Array<[number, number]>;
}

/** One search hit, best first. */
export interface SearchHit {
  article: ArticleSummary;
  /** BM25 relevance (higher is better). */
  score: number;
  snippet: Snippet;
}

/** One page of search hits. */
export interface SearchPage {
  hits: SearchHit[];
  nextOffset: number | null;
  maxId: number;
}

/** Filters and page of {@link LedgerQueries.listParties}. */
export interface PartyQuery {
  kind?: "country" | "entity";
  /** Entity type (`PER`, `ORG`…) or `COUNTRY`. */
  type?: string;
  /** Case-insensitive substring of the name or id. */
  query?: string;
  /** `events` (default: most events first) or `name`. */
  sort?: "events" | "name";
  limit: number;
  offset?: number;
}

/** A party with its counts over current events and articles. */
export interface PartySummary {
  id: PartyId;
  kind: "country" | "entity";
  type: string;
  name: string;
  /** Events with this party among the actors. */
  asActor: number;
  /** Events with this party among the recipients. */
  asRecipient: number;
  /** Current articles naming the entity (entities only; 0 for countries). */
  articles: number;
}

/** One page of parties. */
export interface PartyPage {
  parties: PartySummary[];
  nextOffset: number | null;
}

/** Options of {@link LedgerQueries.partyProfile}. */
export interface PartyProfileQuery {
  interval: SeriesInterval;
  from?: string;
  to?: string;
  /** How many top partners (default 10). */
  partners?: number;
}

/** Counts of one time bucket of a party profile. */
export interface PartyBucket {
  /** The bucket's label: `2021-03-22`, `2021-W12`, `2021-03` or `2021`. */
  period: string;
  /** First day of the bucket. */
  start: string;
  asActor: number;
  asRecipient: number;
}

/** Events between two parties in one direction. */
export interface DirectedCounts {
  events: number;
  goldsteinSum: number;
  /** Null when there are no events. */
  goldsteinMean: number | null;
}

/** A frequent counterpart of a party. */
export interface Partner {
  id: PartyId;
  /** Events from the profiled party to this partner. */
  outgoing: DirectedCounts;
  /** Events from this partner to the profiled party. */
  incoming: DirectedCounts;
}

/** The ledger profile of a party. */
export interface PartyProfile extends PartySummary {
  /** Agent/sector codes the party's actors carried, by role (sector null when none). */
  sectors: Array<{ role: "actor" | "recipient"; sector: string | null; actors: number }>;
  /** Events as actor and as recipient per bucket, from the first to the last day with events (or `from`/`to`). */
  series: PartyBucket[];
  /** The most frequent counterparts, both directions together, most events first. */
  partners: Partner[];
}

/** Filters of {@link LedgerQueries.dyadSeries}. */
export interface DyadQuery {
  a: PartyId;
  b: PartyId;
  interval: SeriesInterval;
  /** Inclusive bounds on the event's first day (default: the dyad's first and last day). */
  from?: string;
  to?: string;
  status?: EventStatus;
}

/** One time bucket of a dyad series. */
export interface SeriesBucket {
  period: string;
  start: string;
  events: number;
  /** Events per QuadClass, keys `0` … `4`. */
  byQuadClass: Record<"0" | "1" | "2" | "3" | "4", number>;
  goldsteinSum: number;
  goldsteinMean: number | null;
}

/** Event counts between two parties over time, each direction separately. */
export interface DyadSeries {
  a: PartyId;
  b: PartyId;
  interval: SeriesInterval;
  /** First day of the first bucket and last day covered (null when there are no events and no bounds). */
  from: string | null;
  to: string | null;
  aToB: SeriesBucket[];
  bToA: SeriesBucket[];
  totals: { aToB: DirectedCounts; bToA: DirectedCounts };
}

/** Filters of {@link LedgerQueries.network}. */
export interface NetworkQuery {
  /** Inclusive bounds on the event's first day (default: the 365 days up to the last event). */
  from?: string;
  to?: string;
  /** Which parties form the graph (default `country`): both countries, both entities, mixed, or all. */
  kind?: "country" | "entity" | "mixed" | "all";
  quadClass?: number;
  status?: EventStatus;
  /** Most edges returned, heaviest first. */
  limit: number;
  /** Leave out edges with fewer events (default 1). */
  minEvents?: number;
}

/** A directed edge of the actor graph. */
export interface NetworkEdge {
  source: PartyId;
  target: PartyId;
  events: number;
  goldsteinMean: number;
}

/** A node of the actor graph, with its events over the returned edges. */
export interface NetworkNode {
  id: PartyId;
  kind: "country" | "entity";
  type: string;
  name: string;
  eventsOut: number;
  eventsIn: number;
}

/** The actor graph of a period. */
export interface Network {
  from: string | null;
  to: string | null;
  /** Edges meeting the filters before `limit` was applied. */
  totalEdges: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Options of {@link LedgerQueries.overview}. */
export interface OverviewQuery {
  /** Bucket size of the volume series. */
  interval: SeriesInterval;
  /** How many dyads to list (heaviest first). */
  topDyads: number;
}

/** Events between two countries, both directions together (`a` sorts before or equals `b`). */
export interface DyadTotal {
  a: PartyId;
  b: PartyId;
  events: number;
  goldsteinMean: number;
}

/** A country's events as actor and as recipient, for the map. */
export interface CountryTotal {
  id: PartyId;
  name: string;
  asActor: number;
  asRecipient: number;
}

/** The whole ledger at a glance: what the web app's overview draws. */
export interface LedgerOverview {
  interval: SeriesInterval;
  /** First day of the first bucket and last event day (null when no event is dated). */
  from: string | null;
  to: string | null;
  /** Current events per bucket of their first day, empty buckets included. */
  series: SeriesBucket[];
  /** Current events without a calendar date (not in `series`). */
  undated: number;
  /** Country–country dyads with the most events, both directions together. */
  topDyads: DyadTotal[];
  /** Every country with events, most events first. */
  countries: CountryTotal[];
}

/** Ledger-wide counts, read from running totals. */
export interface LedgerStats {
  articles: number;
  sources: number;
  /** Current events (as `pageEvents` lists them). */
  events: number;
  eventsByStatus: Record<string, number>;
  eventsByType: Record<string, number>;
  eventsByQuadClass: Record<string, number>;
  /** Keyed by `YYYY`; undated events under `undated`. */
  eventsByYear: Record<string, number>;
  /** Keyed by `YYYY-MM`; undated events under `undated`. */
  eventsByMonth: Record<string, number>;
  countries: number;
  entities: number;
  firstEventDay: string | null;
  lastEventDay: string | null;
  lastIngestedAt: string | null;
}

/**
 * The read side the API serves: keyset-paginated listings, aggregates and
 * search, fast on millions of events. Only current article versions count.
 */
export interface LedgerQueries {
  /** A page of current events matching the query, in ledger order. */
  pageEvents(query: EventPageQuery): Promise<EventPage>;
  /** One event (current or superseded) with its article, or null. */
  getEvent(id: number): Promise<EventDetail | null>;
  /** Every event of one stored article version, in document order. */
  articleEvents(articleId: number): Promise<StoredEvent[]>;
  /** A page of article summaries. */
  pageArticles(query: ArticlePageQuery): Promise<ArticlePage>;
  /** Full-text search over current articles, best first, with snippets. */
  searchArticles(query: SearchQuery): Promise<SearchPage>;
  /** Parties (countries and entities) with their counts. */
  listParties(query: PartyQuery): Promise<PartyPage>;
  /** The profile of one party, or null when the ledger has never seen it. */
  partyProfile(id: PartyId, query: PartyProfileQuery): Promise<PartyProfile | null>;
  /** Event counts a→b and b→a per time bucket. */
  dyadSeries(query: DyadQuery): Promise<DyadSeries>;
  /** The actor graph of a period. */
  network(query: NetworkQuery): Promise<Network>;
  /** Ledger-wide counts. */
  ledgerStats(): Promise<LedgerStats>;
  /** Volume and Goldstein series of the whole ledger, top country dyads and per-country counts. */
  overview(query: OverviewQuery): Promise<LedgerOverview>;
}

/**
 * Persistent storage for articles, their annotations and events. The SQLite
 * store is the default; a PostgreSQL store implements the same interface and
 * runs the same conformance suite (`test/store/conformance.ts`). The ledger
 * queries of {@link LedgerQueries} serve the API.
 */
export interface Store extends LedgerQueries {
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
