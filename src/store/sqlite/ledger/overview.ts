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

/** Running per-day totals of current dated events (migration 3), in day order. */
const SERIES_SQL = `SELECT day, events AS n, goldstein_sum AS g, q0, q1, q2, q3, q4 FROM event_day_totals
  WHERE day > '' AND events > 0 ORDER BY day`;

/** Directed country pairs with events (running totals of migration 3). */
const PAIRS_SQL = `SELECT actor, recipient, events AS n, goldstein_sum AS g FROM dyad_totals
  WHERE kind = 'country' AND events > 0`;

const COUNTRIES_SQL = `SELECT party AS id, name, as_actor AS asActor, as_recipient AS asRecipient FROM party_totals
  WHERE kind = 'country' AND as_actor + as_recipient > 0 ORDER BY as_actor + as_recipient DESC, party`;

/**
 * What identifies the ledger's content for caching: every write adds an event
 * or an article id, and removals change the running event total.
 */
const STAMP_SQL = `SELECT (SELECT MAX(id) FROM events) AS e, (SELECT MAX(id) FROM articles) AS a,
  (SELECT events FROM event_totals WHERE dimension = 'all' AND value = '') AS n`;

/**
 * Computes {@link LedgerOverview} from the running totals of migration 3
 * (per day, per directed pair) and `party_totals`; results are cached until
 * the ledger changes (checked with three indexed reads per call).
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
      this.sql.get1<{ n: number }>("SELECT events AS n FROM event_day_totals WHERE day = ''")?.n ?? 0;
    const pairs = new Map<string, { a: string; b: string; n: number; g: number }>();
    for (const r of this.sql.all<{ actor: string; recipient: string; n: number; g: number }>(PAIRS_SQL)) {
      const [a, b] = r.actor <= r.recipient ? [r.actor, r.recipient] : [r.recipient, r.actor];
      const key = `${a} ${b}`;
      const pair = pairs.get(key) ?? { a, b, n: 0, g: 0 };
      pair.n += r.n;
      pair.g += r.g;
      pairs.set(key, pair);
    }
    const topDyads = [...pairs.values()]
      .sort((x, y) => y.n - x.n || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0))
      .slice(0, q.topDyads)
      .map((p): DyadTotal => ({ a: p.a, b: p.b, events: p.n, goldsteinMean: p.g / p.n }));
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
