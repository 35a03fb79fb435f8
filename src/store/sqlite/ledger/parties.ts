/** Parties (countries and named entities): listings and profiles. */
import type {
  DirectedCounts,
  PartyBucket,
  PartyId,
  PartyPage,
  PartyProfile,
  PartyProfileQuery,
  PartyQuery,
  PartySummary,
} from "../../store.js";
import { bucketLabel, bucketStart, bucketStarts } from "./buckets.js";
import { checkLimit, dayBounds, partyKey } from "./bounds.js";
import type { StatementCache } from "./statements.js";

interface PartyRow {
  party: string;
  kind: "country" | "entity";
  type: string;
  name: string;
  as_actor: number;
  as_recipient: number;
  articles: number;
}

const PARTY_COLUMNS = "party, kind, type, name, as_actor, as_recipient, articles";

function toSummary(row: PartyRow): PartySummary {
  return {
    id: row.party,
    kind: row.kind,
    type: row.type,
    name: row.name,
    asActor: row.as_actor,
    asRecipient: row.as_recipient,
    articles: row.articles,
  };
}

/** Escape `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function counts(events: number, sum: number): DirectedCounts {
  return { events, goldsteinSum: sum, goldsteinMean: events > 0 ? sum / events : null };
}

/** Reads `party_totals`, `party_sectors`, `event_parties` and `event_dyads`. */
export class PartyQueries {
  private readonly sql: StatementCache;

  constructor(sql: StatementCache) {
    this.sql = sql;
  }

  /** A page of parties that have events or articles. */
  list(q: PartyQuery): PartyPage {
    checkLimit(q.limit);
    const where = ["as_actor + as_recipient + articles > 0"];
    const params: unknown[] = [];
    if (q.kind !== undefined) {
      where.push("kind = ?");
      params.push(q.kind);
    }
    if (q.type !== undefined) {
      where.push("type = ? COLLATE NOCASE");
      params.push(q.type);
    }
    if (q.query !== undefined && q.query !== "") {
      where.push("(name LIKE ? ESCAPE '\\' OR party LIKE ? ESCAPE '\\')");
      const pattern = `%${likeEscape(q.query)}%`;
      params.push(pattern, pattern);
    }
    const order =
      q.sort === "name" ? "name COLLATE NOCASE, party" : "as_actor + as_recipient DESC, articles DESC, party";
    const offset = q.offset ?? 0;
    const rows = this.sql.all<PartyRow>(
      `SELECT ${PARTY_COLUMNS} FROM party_totals WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...params, q.limit + 1, offset],
    );
    return {
      parties: rows.slice(0, q.limit).map(toSummary),
      nextOffset: rows.length > q.limit ? offset + q.limit : null,
    };
  }

  /** Summaries of the given parties (those known), keyed by id. */
  summaries(ids: readonly PartyId[]): Map<PartyId, PartySummary> {
    if (ids.length === 0) return new Map();
    const rows = this.sql.all<PartyRow>(
      `SELECT ${PARTY_COLUMNS} FROM party_totals WHERE party IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(ids)],
    );
    return new Map(rows.map((r) => [r.party, toSummary(r)]));
  }

  /** The profile of one party, or null when unknown. */
  profile(party: PartyId, q: PartyProfileQuery): PartyProfile | null {
    const id = partyKey(party);
    const row = this.sql.get1<PartyRow>(`SELECT ${PARTY_COLUMNS} FROM party_totals WHERE party = ?`, [id]);
    if (!row) return null;
    const sectors = this.sql
      .all<{ role: "actor" | "recipient"; sector: string; actors: number }>(
        `SELECT role, sector, actors FROM party_sectors WHERE party = ? AND actors > 0
         ORDER BY role, actors DESC, sector`,
        [id],
      )
      .map((s) => ({ role: s.role, sector: s.sector === "" ? null : s.sector, actors: s.actors }));
    return {
      ...toSummary(row),
      sectors,
      series: this.series(id, q),
      partners: this.partners(id, q.partners ?? 10),
    };
  }

  private series(id: PartyId, q: PartyProfileQuery): PartyBucket[] {
    const bounds = dayBounds(q.from, q.to);
    const where = ["role = ?", "party = ?", "day > ''"];
    const params: unknown[] = [id];
    if (bounds.from !== undefined) {
      where.push("day >= ?");
      params.push(bounds.from);
    }
    if (bounds.to !== undefined) {
      where.push("day <= ?");
      params.push(bounds.to);
    }
    // Grouped by day in index order (no sort); bucketed below.
    const sql = `SELECT day, COUNT(*) AS n FROM event_parties WHERE ${where.join(" AND ")} GROUP BY day`;
    const perDay = (role: "actor" | "recipient") =>
      this.sql.all<{ day: string; n: number }>(sql, [role, ...params]);
    const actor = perDay("actor");
    const recipient = perDay("recipient");
    const days = [...actor, ...recipient].map((r) => r.day).sort();
    const from = bounds.from ?? days[0];
    const to = bounds.to ?? days.at(-1);
    if (from === undefined || to === undefined) return [];
    const buckets = new Map<string, PartyBucket>();
    for (const start of bucketStarts(from, to, q.interval)) {
      buckets.set(start, { period: bucketLabel(start, q.interval), start, asActor: 0, asRecipient: 0 });
    }
    for (const [rows, field] of [
      [actor, "asActor"],
      [recipient, "asRecipient"],
    ] as const) {
      for (const r of rows) {
        const bucket = buckets.get(bucketStart(r.day, q.interval));
        if (bucket) bucket[field] += r.n;
      }
    }
    return [...buckets.values()];
  }

  private partners(id: PartyId, limit: number): PartyProfile["partners"] {
    if (limit <= 0) return [];
    const outgoing = this.sql.all<{ partner: string; n: number; g: number }>(
      `SELECT recipient AS partner, COUNT(*) AS n, SUM(goldstein) AS g FROM event_dyads
       WHERE actor = ? AND recipient <> actor GROUP BY recipient`,
      [id],
    );
    const incoming = this.sql.all<{ partner: string; n: number; g: number }>(
      `SELECT actor AS partner, COUNT(*) AS n, SUM(goldstein) AS g FROM event_dyads INDEXED BY event_dyads_recipient
       WHERE recipient = ? AND actor <> recipient GROUP BY actor`,
      [id],
    );
    const merged = new Map<string, { out: [number, number]; in: [number, number] }>();
    const entry = (p: string) => {
      let e = merged.get(p);
      if (!e) {
        e = { out: [0, 0], in: [0, 0] };
        merged.set(p, e);
      }
      return e;
    };
    for (const r of outgoing) entry(r.partner).out = [r.n, r.g];
    for (const r of incoming) entry(r.partner).in = [r.n, r.g];
    return [...merged.entries()]
      .sort((x, y) => y[1].out[0] + y[1].in[0] - (x[1].out[0] + x[1].in[0]) || (x[0] < y[0] ? -1 : 1))
      .slice(0, limit)
      .map(([partner, c]) => ({
        id: partner,
        outgoing: counts(c.out[0], c.out[1]),
        incoming: counts(c.in[0], c.in[1]),
      }));
  }
}
