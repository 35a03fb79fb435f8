/** The ledger overview: volume and Goldstein series, top country dyads and per-country counts. */
import type { CountryTotal, DyadTotal, LedgerOverview, OverviewQuery, SeriesBucket } from "../../store.js";
import { checkLimit } from "./bounds.js";
import { bucketLabel, bucketStart, bucketStarts } from "./buckets.js";
import type { StatementCache } from "./statements.js";

/** Counts of the current events of one first day. */
interface DayRow {
  day: string;
  n: number;
  g: number;
  q0: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
}

const QUADS = ["0", "1", "2", "3", "4"] as const;

/** Current dated events per first day, walking the date index in order (no sort). */
const SERIES_SQL = `SELECT e.date_start AS day, COUNT(*) AS n, SUM(e.goldstein) AS g,
    SUM(e.quad_class = 0) AS q0, SUM(e.quad_class = 1) AS q1, SUM(e.quad_class = 2) AS q2,
    SUM(e.quad_class = 3) AS q3, SUM(e.quad_class = 4) AS q4
  FROM events e INDEXED BY events_date CROSS JOIN articles a ON a.id = e.article_id
  WHERE e.date_start IS NOT NULL AND a.is_current = 1 GROUP BY e.date_start`;

/** Country dyads, both directions together. */
const DYADS_SQL = `SELECT min(actor, recipient) AS a, max(actor, recipient) AS b, COUNT(*) AS n, AVG(goldstein) AS g
  FROM event_dyads INDEXED BY event_dyads_network WHERE kind = 'country'
  GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?`;

const COUNTRIES_SQL = `SELECT party AS id, name, as_actor AS asActor, as_recipient AS asRecipient FROM party_totals
  WHERE kind = 'country' AND as_actor + as_recipient > 0 ORDER BY as_actor + as_recipient DESC, party`;

/**
 * What identifies the ledger's content for caching: every write adds an event
 * or an article id, and removals change the running event total.
 */
const STAMP_SQL = `SELECT (SELECT MAX(id) FROM events) AS e, (SELECT MAX(id) FROM articles) AS a,
  (SELECT events FROM event_totals WHERE dimension = 'all' AND value = '') AS n`;

/**
 * Computes {@link LedgerOverview}. The series scans every current dated event
 * once, so results are cached until the ledger changes (checked with three
 * indexed reads per call).
 */
export class OverviewQueries {
  private readonly sql: StatementCache;
  private readonly cache = new Map<string, LedgerOverview>();
  private cacheStamp = "";

  constructor(sql: StatementCache) {
    this.sql = sql;
  }

  /** The overview of the whole ledger. */
  overview(q: OverviewQuery): LedgerOverview {
    checkLimit(q.topDyads);
    const stamp = JSON.stringify(this.sql.get1<Record<string, unknown>>(STAMP_SQL) ?? {});
    if (stamp !== this.cacheStamp) {
      this.cache.clear();
      this.cacheStamp = stamp;
    }
    const key = `${q.interval}|${q.topDyads}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.compute(q);
    this.cache.set(key, result);
    return result;
  }

  private compute(q: OverviewQuery): LedgerOverview {
    const rows = this.sql.all<DayRow>(SERIES_SQL);
    const first = rows[0]?.day.slice(0, 10) ?? null;
    const last = rows.at(-1)?.day.slice(0, 10) ?? null;
    const starts = first !== null && last !== null ? bucketStarts(first, last, q.interval) : [];
    const buckets = new Map<string, SeriesBucket>(
      starts.map((start) => [
        start,
        {
          period: bucketLabel(start, q.interval),
          start,
          events: 0,
          byQuadClass: { "0": 0, "1": 0, "2": 0, "3": 0, "4": 0 },
          goldsteinSum: 0,
          goldsteinMean: null,
        },
      ]),
    );
    for (const r of rows) {
      const bucket = buckets.get(bucketStart(r.day.slice(0, 10), q.interval));
      if (!bucket) continue;
      bucket.events += r.n;
      bucket.goldsteinSum += r.g;
      for (const quad of QUADS) bucket.byQuadClass[quad] += r[`q${quad}`];
    }
    const series = [...buckets.values()];
    for (const b of series) b.goldsteinMean = b.events > 0 ? b.goldsteinSum / b.events : null;
    const undated =
      this.sql.get1<{ n: number }>(
        "SELECT events AS n FROM event_totals WHERE dimension = 'month' AND value = ''",
      )?.n ?? 0;
    const topDyads = this.sql
      .all<{ a: string; b: string; n: number; g: number }>(DYADS_SQL, [q.topDyads])
      .map((r): DyadTotal => ({ a: r.a, b: r.b, events: r.n, goldsteinMean: r.g }));
    const countries = this.sql.all<CountryTotal>(COUNTRIES_SQL);
    return {
      interval: q.interval,
      from: starts[0] ?? null,
      to: last,
      series,
      undated,
      topDyads,
      countries,
    };
  }
}
