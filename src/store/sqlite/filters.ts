/**
 * Translation of {@link EventFilter} and {@link ArticleFilter} into
 * parameterised SQL conditions. Filter values never reach the SQL text.
 */
import { ChanceryError } from "../../errors.js";
import type { ArticleFilter, EventFilter } from "../store.js";
import { dayRange } from "./dates.js";

/** SQL conditions joined by AND, with their positional parameters in order. */
export interface SqlConditions {
  where: string;
  params: unknown[];
}

/** `LIMIT ? OFFSET ?` parameters; a missing limit means no limit. */
export function pageParams(filter: { limit?: number; offset?: number }): [number, number] {
  const { limit, offset } = filter;
  for (const [name, value] of [
    ["limit", limit],
    ["offset", offset],
  ] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new ChanceryError("CH_USAGE", `${name} must be a non-negative integer, not ${String(value)}`);
    }
  }
  return [limit ?? -1, offset ?? 0];
}

/** The first day a `from` bound admits. */
function lowerBound(from: string): string {
  const range = dayRange(from);
  if (!range) throw new ChanceryError("CH_USAGE", badDate("from", from));
  return range.start;
}

/** The last day a `to` bound admits. */
function upperBound(to: string): string {
  const range = dayRange(to);
  if (!range) throw new ChanceryError("CH_USAGE", badDate("to", to));
  return range.end;
}

function badDate(name: string, value: string): string {
  return `${name} date "${value}" is not a date (use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn)`;
}

/**
 * The exclusive upper end of the range of strings starting with `prefix`
 * (`"04"` → `"05"`, `"049"` → `"04:"`), so a prefix match can use an index.
 */
function prefixCeiling(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

const FTS_MATCH = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?";

/**
 * Conditions for an event query over `events e JOIN articles a`. Dates match
 * when the event's day range overlaps the bounds, so an event dated `2021-03`
 * matches `from: "2021-03-15"`, and an event dated `2021-04` does not match
 * `to: "2021-03"`. Events whose date has no calendar range are excluded by
 * any bound. Actor and recipient match any actor in that role.
 */
export function eventConditions(filter: EventFilter): SqlConditions {
  const where: string[] = ["a.is_current = 1"];
  const params: unknown[] = [];
  const roleMatch = (role: "actor" | "recipient", country: string | undefined): void => {
    if (country === undefined) return;
    where.push("e.id IN (SELECT x.event_id FROM event_actors x WHERE x.role = ? AND x.country = ?)");
    params.push(role, country);
  };
  roleMatch("actor", filter.actor);
  roleMatch("recipient", filter.recipient);
  if (filter.type !== undefined) {
    where.push("e.plover_type = ?");
    params.push(filter.type);
  }
  if (filter.cameo !== undefined && filter.cameo !== "") {
    where.push("e.cameo >= ? AND e.cameo < ?");
    params.push(filter.cameo, prefixCeiling(filter.cameo));
  }
  if (filter.status !== undefined) {
    where.push("e.status = ?");
    params.push(filter.status);
  }
  if (filter.quadClass !== undefined) {
    where.push("e.quad_class = ?");
    params.push(filter.quadClass);
  }
  if (filter.from !== undefined) {
    where.push("e.date_end >= ?");
    params.push(lowerBound(filter.from));
  }
  if (filter.to !== undefined) {
    where.push("e.date_start <= ?");
    params.push(upperBound(filter.to));
  }
  if (filter.query !== undefined) {
    where.push(`e.article_id IN (${FTS_MATCH})`);
    params.push(filter.query);
  }
  return { where: where.join(" AND "), params };
}

/**
 * Conditions for an article query over `articles a`. `from`/`to` bound the
 * publication date the same way event dates are bounded; `source` matches
 * the source name (see `sourceOrigin`) or the document's exact source label.
 */
export function articleConditions(filter: ArticleFilter): SqlConditions {
  const where: string[] = ["1 = 1"];
  const params: unknown[] = [];
  if (filter.docId !== undefined) {
    where.push("a.doc_id = ?");
    params.push(filter.docId);
  }
  if (filter.source !== undefined) {
    where.push("(a.source_id IN (SELECT id FROM sources WHERE name = ?) OR a.source_label = ?)");
    params.push(filter.source, filter.source);
  }
  if (filter.from !== undefined) {
    where.push("a.published_end >= ?");
    params.push(lowerBound(filter.from));
  }
  if (filter.to !== undefined) {
    where.push("a.published_start <= ?");
    params.push(upperBound(filter.to));
  }
  if (filter.query !== undefined) {
    where.push(`a.id IN (${FTS_MATCH})`);
    params.push(filter.query);
  }
  return { where: where.join(" AND "), params };
}
