/** Date bounds of ledger queries, as inclusive `YYYY-MM-DD` days. */
import { ChanceryError } from "../../../errors.js";
import { dayRange } from "../dates.js";

/** Inclusive day bounds; either end may be open. */
export interface DayBounds {
  from: string | undefined;
  to: string | undefined;
}

/**
 * The days `from` and `to` admit: the first day of `from`'s range and the
 * last day of `to`'s (`to: "2021-03"` admits up to 31 March).
 *
 * @throws ChanceryError `CH_USAGE` naming the bound that is not a date.
 */
export function dayBounds(from: string | undefined, to: string | undefined): DayBounds {
  const first = from === undefined ? undefined : dayRange(from)?.start;
  const last = to === undefined ? undefined : dayRange(to)?.end;
  for (const [name, value, day] of [
    ["from", from, first],
    ["to", to, last],
  ] as const) {
    if (value !== undefined && day === undefined) {
      throw new ChanceryError(
        "CH_USAGE",
        `${name} date "${value}" is not a date (use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn)`,
      );
    }
  }
  return { from: first, to: last };
}

/**
 * The exclusive upper end of the strings starting with `prefix`
 * (`"04"` → `"05"`), so a prefix match can use an index.
 */
export function prefixCeiling(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/** A party id as the ledger keys it: a three-letter country code upper case, an entity id as given. */
export function partyKey(id: string): string {
  return /^[A-Za-z]{3}$/.test(id) ? id.toUpperCase() : id;
}

/**
 * Check a page size.
 *
 * @throws ChanceryError `CH_USAGE` unless it is a whole number ≥ 1.
 */
export function checkLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new ChanceryError("CH_USAGE", `limit must be a whole number of at least 1, not ${String(limit)}`);
  }
  return limit;
}
