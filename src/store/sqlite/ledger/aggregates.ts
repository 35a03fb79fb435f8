/** Server-side aggregation: dyad series, the actor network and ledger-wide counts. */
import type {
  DirectedCounts,
  DyadQuery,
  DyadSeries,
  LedgerStats,
  Network,
  NetworkEdge,
  NetworkNode,
  NetworkQuery,
  SeriesBucket,
} from "../../store.js";
import { addDays, bucketLabel, bucketStart, bucketStarts } from "./buckets.js";
import { checkLimit, dayBounds, partyKey } from "./bounds.js";
import type { PartyQueries } from "./parties.js";
import type { StatementCache } from "./statements.js";

/** Counts of one day of a dyad, by QuadClass. */
interface DayRow {
  day: string;
  q0: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  n: number;
  g: number;
}

/** The first or last day of a current event, walking the date index from one end. */
const CURRENT_DAY = (dir: "ASC" | "DESC"): string =>
  `SELECT e.date_start AS d FROM events e INDEXED BY events_date CROSS JOIN articles a ON a.id = e.article_id
   WHERE e.date_start IS NOT NULL AND a.is_current = 1 ORDER BY e.date_start ${dir} LIMIT 1`;

const QUADS = ["0", "1", "2", "3", "4"] as const;

function emptyBucket(start: string, interval: DyadQuery["interval"]): SeriesBucket {
  return {
    period: bucketLabel(start, interval),
    start,
    events: 0,
    byQuadClass: { "0": 0, "1": 0, "2": 0, "3": 0, "4": 0 },
    goldsteinSum: 0,
    goldsteinMean: null,
  };
}

/** Reads `event_dyads` and `event_totals`. */
export class AggregateQueries {
  private readonly sql: StatementCache;
  private readonly parties: PartyQueries;

  constructor(sql: StatementCache, parties: PartyQueries) {
    this.sql = sql;
    this.parties = parties;
  }

  /** Counts by QuadClass and Goldstein sums per bucket, a→b and b→a. */
  dyadSeries(q: DyadQuery): DyadSeries {
    const bounds = dayBounds(q.from, q.to);
    const where = ["actor = ?", "recipient = ?", "day > ''"];
    const extra: unknown[] = [];
    if (bounds.from !== undefined) {
      where.push("day >= ?");
      extra.push(bounds.from);
    }
    if (bounds.to !== undefined) {
      where.push("day <= ?");
      extra.push(bounds.to);
    }
    if (q.status !== undefined) {
      where.push("status = ?");
      extra.push(q.status);
    }
    // Grouped by day in index order (no sort), QuadClasses as columns; bucketed below.
    const sql = `SELECT day, SUM(quad_class = 0) AS q0, SUM(quad_class = 1) AS q1, SUM(quad_class = 2) AS q2,
        SUM(quad_class = 3) AS q3, SUM(quad_class = 4) AS q4, COUNT(*) AS n, SUM(goldstein) AS g
      FROM event_dyads WHERE ${where.join(" AND ")} GROUP BY day`;
    const [a, b] = [partyKey(q.a), partyKey(q.b)];
    const ab = this.sql.all<DayRow>(sql, [a, b, ...extra]);
    const ba = this.sql.all<DayRow>(sql, [b, a, ...extra]);
    const days = [...ab, ...ba].map((r) => r.day).sort();
    const from = bounds.from ?? days[0] ?? null;
    const to = bounds.to ?? days.at(-1) ?? null;
    const starts = from !== null && to !== null ? bucketStarts(from, to, q.interval) : [];
    const fill = (rows: DayRow[]): { buckets: SeriesBucket[]; total: DirectedCounts } => {
      const byStart = new Map(starts.map((s) => [s, emptyBucket(s, q.interval)]));
      let events = 0;
      let sum = 0;
      for (const r of rows) {
        const bucket = byStart.get(bucketStart(r.day, q.interval));
        if (!bucket) continue;
        bucket.events += r.n;
        bucket.goldsteinSum += r.g;
        for (const quad of QUADS) bucket.byQuadClass[quad] += r[`q${quad}`];
        events += r.n;
        sum += r.g;
      }
      const buckets = [...byStart.values()];
      for (const b of buckets) b.goldsteinMean = b.events > 0 ? b.goldsteinSum / b.events : null;
      return {
        buckets,
        total: { events, goldsteinSum: sum, goldsteinMean: events > 0 ? sum / events : null },
      };
    };
    const forward = fill(ab);
    const backward = fill(ba);
    return {
      a,
      b,
      interval: q.interval,
      from: starts[0] ?? from,
      to,
      aToB: forward.buckets,
      bToA: backward.buckets,
      totals: { aToB: forward.total, bToA: backward.total },
    };
  }

  /** The actor graph of a period: directed edges weighted by events, with their mean Goldstein score. */
  network(q: NetworkQuery): Network {
    checkLimit(q.limit);
    const kind = q.kind ?? "country";
    const bounds = dayBounds(q.from, q.to);
    let { from, to } = bounds;
    if (from === undefined && to === undefined) {
      const kinds = kind === "all" ? ["country", "mixed", "entity"] : [kind];
      const last = kinds
        .map(
          (k) =>
            this.sql.get1<{ d: string | null }>("SELECT MAX(day) AS d FROM event_dyads WHERE kind = ?", [k])
              ?.d,
        )
        .reduce<string | null>((max, d) => (d && (max === null || d > max) ? d : max), null);
      if (last === null || last === "") {
        return { from: null, to: null, totalEdges: 0, nodes: [], edges: [] };
      }
      to = last;
      from = addDays(last, -364);
    }
    const where = ["day > ''"];
    const params: unknown[] = [];
    const add = (condition: string, value: unknown): void => {
      where.push(condition);
      params.push(value);
    };
    if (kind !== "all") add("kind = ?", kind);
    if (from !== undefined) add("day >= ?", from);
    if (to !== undefined) add("day <= ?", to);
    if (q.quadClass !== undefined) add("quad_class = ?", q.quadClass);
    if (q.status !== undefined) add("status = ?", q.status);
    const rows = this.sql.all<{ source: string; target: string; n: number; g: number }>(
      `SELECT actor AS source, recipient AS target, COUNT(*) AS n, AVG(goldstein) AS g
       FROM event_dyads INDEXED BY event_dyads_network WHERE ${where.join(" AND ")}
       GROUP BY actor, recipient HAVING COUNT(*) >= ?`,
      [...params, q.minEvents ?? 1],
    );
    rows.sort(
      (x, y) =>
        y.n - x.n || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1),
    );
    const edges: NetworkEdge[] = rows
      .slice(0, q.limit)
      .map((r) => ({ source: r.source, target: r.target, events: r.n, goldsteinMean: r.g }));
    const nodes = new Map<string, NetworkNode>();
    const node = (id: string): NetworkNode => {
      let n = nodes.get(id);
      if (!n) {
        const colon = id.indexOf(":");
        n = {
          id,
          kind: colon < 0 ? "country" : "entity",
          type: colon < 0 ? "COUNTRY" : id.slice(0, colon),
          name: colon < 0 ? id : id.slice(colon + 1),
          eventsOut: 0,
          eventsIn: 0,
        };
        nodes.set(id, n);
      }
      return n;
    };
    for (const e of edges) {
      node(e.source).eventsOut += e.events;
      node(e.target).eventsIn += e.events;
    }
    const known = this.parties.summaries([...nodes.keys()]);
    for (const n of nodes.values()) {
      const s = known.get(n.id);
      if (s) n.name = s.name;
    }
    return { from: from ?? null, to: to ?? null, totalEdges: rows.length, nodes: [...nodes.values()], edges };
  }

  /** Ledger-wide counts from the running totals. */
  stats(): LedgerStats {
    const totals = this.sql.all<{ dimension: string; value: string; events: number }>(
      "SELECT dimension, value, events FROM event_totals WHERE events > 0 ORDER BY dimension, value",
    );
    const group = (dimension: string, undated = false): Record<string, number> =>
      Object.fromEntries(
        totals
          .filter((t) => t.dimension === dimension)
          .map((t) => [undated && t.value === "" ? "undated" : t.value, t.events]),
      );
    const one = (sql: string): number => this.sql.get1<{ n: number }>(sql)?.n ?? 0;
    const day = (sql: string): string | null => this.sql.get1<{ d: string | null }>(sql)?.d ?? null;
    const parties = this.sql.all<{ kind: string; n: number }>(
      "SELECT kind, COUNT(*) AS n FROM party_totals WHERE as_actor + as_recipient + articles > 0 GROUP BY kind",
    );
    return {
      articles: one("SELECT COUNT(*) AS n FROM articles"),
      sources: one("SELECT COUNT(*) AS n FROM sources"),
      events: group("all")[""] ?? 0,
      eventsByStatus: group("status"),
      eventsByType: group("type"),
      eventsByQuadClass: group("quad_class"),
      eventsByYear: group("year", true),
      eventsByMonth: group("month", true),
      countries: parties.find((p) => p.kind === "country")?.n ?? 0,
      entities: parties.find((p) => p.kind === "entity")?.n ?? 0,
      firstEventDay: day(CURRENT_DAY("ASC")),
      lastEventDay: day(CURRENT_DAY("DESC")),
      lastIngestedAt: day("SELECT ingested_at AS d FROM articles ORDER BY id DESC LIMIT 1"),
    };
  }
}
