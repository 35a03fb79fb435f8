/**
 * Dates in the knowledge base: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the
 * day (or month) is uncertain. A partial date stands for a range of days,
 * kept as its first and last day so comparisons stay plain string
 * comparisons of ISO dates.
 */

/** A knowledge-base date with its precision and the days it may stand for. */
export interface KbDate {
  /** The date as written (`2022-12`, `2023-07-25`). */
  text: string;
  precision: "day" | "month" | "year";
  /** The earliest day it may mean, `YYYY-MM-DD`. */
  lo: string;
  /** The latest day it may mean, `YYYY-MM-DD`. */
  hi: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** Number of days in `month` (1–12) of `year` (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parse a knowledge-base date, or return null when it is malformed or names
 * an impossible day (`2023-02-30`).
 *
 * @example
 * parseKbDate("2022-12") // {text: "2022-12", precision: "month", lo: "2022-12-01", hi: "2022-12-31"}
 */
export function parseKbDate(text: string): KbDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2] === undefined) return { text, precision: "year", lo: `${m[1]}-01-01`, hi: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { text, precision: "month", lo: `${m[1]}-${m[2]}-01`, hi: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { text, precision: "day", lo: text, hi: text };
}

/**
 * A query date as `YYYY-MM-DD`: a `Date` (its UTC calendar day) or a string
 * starting with a full ISO date (`2023-06-18`, `2023-06-18T10:00:00Z`).
 * Returns null when the value is not a valid day.
 */
export function queryDay(date: string | Date): string | null {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return null;
    return date.toISOString().slice(0, 10);
  }
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  if (day === undefined) return null;
  const parsed = parseKbDate(day);
  return parsed === null ? null : parsed.lo;
}
