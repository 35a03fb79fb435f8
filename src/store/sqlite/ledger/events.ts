/**
 * Keyset-paginated event listing over millions of events. The query is
 * driven by the index that best serves its filters — the dyad table for an
 * actor and a recipient, the party table for one of them, the type index, the
 * full-text index, the publication-date index, or the date index — and the
 * rest of the filters are checked row by row. Join order is fixed with
 * CROSS JOIN so that the plan does not depend on table statistics.
 */
import type { EventKey, EventPage, EventPageQuery } from "../../store.js";
import type { StoreReader } from "../read.js";
import { EVENT_COLUMNS, type EventRow } from "../rows.js";
import { addDays } from "./buckets.js";
import { checkLimit, dayBounds, partyKey, prefixCeiling } from "./bounds.js";
import type { StatementCache } from "./statements.js";

/** How a query is driven: its FROM clause and the columns of its order. */
interface Plan {
  from: string;
  /** Alias of a party or dyad driver, whose rows carry type, quad class and status; null for event drivers. */
  covering: string | null;
  /** The first-day column of the order; undated is `''` (party tables) or NULL (events). */
  day: string;
  id: string;
  undatedIsNull: boolean;
  where: string[];
  params: unknown[];
  /** Whether undated events can match (no event-date bound). */
  undated: boolean;
}

type Phase = "dated" | "undated";

/** An event row with the first day it is ordered by. */
type KeyedRow = EventRow & { sort_day: string | null };

const JOIN_EVENT_ARTICLE = "CROSS JOIN articles a ON a.id = e.article_id";
/** Publication windows up to this many days are read through the publication-date index. */
const PUBLISHED_DRIVER_MAX_DAYS = 400;

/** Pages through current events; see {@link EventPageQuery}. */
export class EventPager {
  private readonly sql: StatementCache;
  private readonly reader: StoreReader;

  constructor(sql: StatementCache, reader: StoreReader) {
    this.sql = sql;
    this.reader = reader;
  }

  /** The highest event id stored (0 when none). */
  maxEventId(): number {
    return this.sql.get1<{ m: number | null }>("SELECT MAX(id) AS m FROM events")?.m ?? 0;
  }

  /** One page of events. */
  page(q: EventPageQuery): EventPage {
    checkLimit(q.limit);
    const maxId = q.maxId ?? this.maxEventId();
    const desc = (q.order ?? "desc") === "desc";
    const plan = this.plan(q, maxId);
    const want = q.limit + 1;
    const rows: KeyedRow[] = [];
    this.sql.guard(q.query, () => {
      if (q.after === undefined || q.after.day !== null) {
        rows.push(...this.run(plan, "dated", q.after, desc, want));
      }
      if (rows.length < want && plan.undated) {
        const after = q.after?.day === null ? q.after : undefined;
        rows.push(...this.run(plan, "undated", after, desc, want - rows.length));
      }
    });
    const pageRows = rows.slice(0, q.limit);
    const last = pageRows.at(-1);
    const next: EventKey | null = rows.length > q.limit && last ? { day: last.sort_day, id: last.id } : null;
    return { events: this.reader.withActors(pageRows), next, maxId };
  }

  private run(
    plan: Plan,
    phase: Phase,
    after: EventKey | undefined,
    desc: boolean,
    limit: number,
  ): KeyedRow[] {
    const where = [...plan.where];
    const params = [...plan.params];
    const dir = desc ? "DESC" : "ASC";
    const { day, id } = plan;
    if (phase === "dated") {
      where.push(`${day} > ''`);
      if (after && after.day !== null) {
        where.push(
          desc ? `${day} <= ? AND (${day} < ? OR ${id} < ?)` : `${day} >= ? AND (${day} > ? OR ${id} > ?)`,
        );
        params.push(after.day, after.day, after.id);
      }
    } else {
      where.push(plan.undatedIsNull ? `${day} IS NULL` : `${day} = ''`);
      if (after) {
        where.push(`${id} ${desc ? "<" : ">"} ?`);
        params.push(after.id);
      }
    }
    const order = phase === "dated" ? `${day} ${dir}, ${id} ${dir}` : `${id} ${dir}`;
    const sql = `SELECT ${EVENT_COLUMNS}, e.date_start AS sort_day FROM ${plan.from}
      WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ?`;
    return this.sql.all<KeyedRow>(sql, [...params, limit]);
  }

  /** Choose the driving index and collect the conditions. */
  private plan(q: EventPageQuery, maxId: number): Plan {
    const dates = dayBounds(q.from, q.to);
    const published = (q.dateField ?? "event") === "published";
    let plan: Plan;
    const base = { where: [] as string[], params: [] as unknown[], undated: true, covering: null };
    if (q.actor !== undefined && q.recipient !== undefined) {
      plan = {
        ...base,
        from: `event_dyads d CROSS JOIN events e ON e.id = d.event_id ${JOIN_EVENT_ARTICLE}`,
        covering: "d",
        day: "d.day",
        id: "d.event_id",
        undatedIsNull: false,
      };
      plan.where.push("d.actor = ? AND d.recipient = ?");
      plan.params.push(partyKey(q.actor), partyKey(q.recipient));
    } else if (q.actor !== undefined || q.recipient !== undefined) {
      plan = {
        ...base,
        from: `event_parties p CROSS JOIN events e ON e.id = p.event_id ${JOIN_EVENT_ARTICLE}`,
        covering: "p",
        day: "p.day",
        id: "p.event_id",
        undatedIsNull: false,
      };
      plan.where.push("p.role = ? AND p.party = ?");
      const [role, party] = q.actor !== undefined ? ["actor", q.actor] : ["recipient", q.recipient as string];
      plan.params.push(role, partyKey(party));
    } else if (q.query !== undefined) {
      plan = {
        ...base,
        from: `(SELECT rowid AS article_id FROM articles_fts WHERE articles_fts MATCH ?) m
          CROSS JOIN articles a ON a.id = m.article_id CROSS JOIN events e ON e.article_id = a.id`,
        day: "e.date_start",
        id: "e.id",
        undatedIsNull: true,
      };
      plan.params.push(q.query);
    } else if (
      published &&
      dates.from !== undefined &&
      dates.to !== undefined &&
      daysBetween(dates) <= PUBLISHED_DRIVER_MAX_DAYS
    ) {
      plan = {
        ...base,
        from: "articles a INDEXED BY articles_published CROSS JOIN events e ON e.article_id = a.id",
        day: "e.date_start",
        id: "e.id",
        undatedIsNull: true,
      };
    } else {
      const index = q.type !== undefined ? "events_type" : "events_date";
      plan = {
        ...base,
        from: `events e INDEXED BY ${index} ${JOIN_EVENT_ARTICLE}`,
        day: "e.date_start",
        id: "e.id",
        undatedIsNull: true,
      };
    }
    const { where, params } = plan;
    const add = (condition: string, ...values: unknown[]): void => {
      where.push(condition);
      params.push(...values);
    };
    add("a.is_current = 1");
    add(`${plan.id} <= ?`, maxId);
    if (q.query !== undefined && !plan.from.includes("articles_fts")) {
      add("e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", q.query);
    }
    // The party and dyad tables carry type, quad class and status: check them there, before reading the event.
    const c = plan.covering ?? "e";
    if (q.type !== undefined) add(`${c}.plover_type = ?`, plan.covering ? q.type.toUpperCase() : q.type);
    if (q.cameo !== undefined && q.cameo !== "")
      add("e.cameo >= ? AND e.cameo < ?", q.cameo, prefixCeiling(q.cameo));
    if (q.cameoRoot !== undefined) add("e.cameo_root = ?", q.cameoRoot);
    if (q.quadClass !== undefined) add(`${c}.quad_class = ?`, q.quadClass);
    if (q.status !== undefined) add(`${c}.status = ?`, q.status);
    if (q.locationCountry !== undefined)
      add("upper(e.location_country) = ?", q.locationCountry.toUpperCase());
    if (published) {
      if (dates.from !== undefined) {
        add("a.published_end >= ?", dates.from);
        add("a.published_start >= ?", addDays(dates.from, -this.widestSpan("articles", "published")));
      }
      if (dates.to !== undefined) add("a.published_start <= ?", dates.to);
    } else {
      if (dates.from !== undefined) {
        // Overlap: the event's last day is on or after `from`. Its first day is then at most the widest
        // stored date range earlier, which bounds the index scan.
        add("e.date_end >= ?", dates.from);
        add(`${plan.day} >= ?`, addDays(dates.from, -this.widestSpan("events", "date")));
      }
      if (dates.to !== undefined) add(`${plan.day} <= ?`, dates.to);
      if (dates.from !== undefined || dates.to !== undefined) plan.undated = false;
    }
    return plan;
  }

  /**
   * The most days any stored event date (or publication date) covers beyond
   * its first, 0 when none: read from the `events_span` (`articles_published_span`)
   * index in one step.
   */
  private widestSpan(table: "events" | "articles", column: "date" | "published"): number {
    const row = this.sql.get1<{ m: number | null }>(
      `SELECT MAX(julianday(${column}_end) - julianday(${column}_start)) AS m FROM ${table}`,
    );
    return Math.ceil(row?.m ?? 0);
  }
}

/** Days from `from` to `to` of closed bounds. */
function daysBetween(bounds: { from?: string; to?: string }): number {
  if (bounds.from === undefined || bounds.to === undefined) return Infinity;
  return (Date.parse(bounds.to) - Date.parse(bounds.from)) / 86_400_000;
}
