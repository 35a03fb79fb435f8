/**
 * Calendar ranges for the date values events and articles carry, so that
 * dates of different precision (`2021`, `2021-03`, `2021-03-22`, `2021-W12`,
 * `2021-Q1`, `202`…) can be compared: each value covers an inclusive range of
 * days, stored as two `YYYY-MM-DD` strings that sort chronologically.
 */

/** An inclusive range of calendar days, both ends as `YYYY-MM-DD`. */
export interface DayRange {
  start: string;
  end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthRange(year: number, firstMonth: number, lastMonth: number): DayRange {
  return { start: isoDay(year, firstMonth, 1), end: isoDay(year, lastMonth, daysInMonth(year, lastMonth)) };
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DAY_MS = 86_400_000;

/** Midnight UTC of the Monday that starts ISO week 1 of `year` (the week holding 4 January). */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * DAY_MS;
}

function isoWeeksInYear(year: number): number {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS);
}

/** TIMEX3 season codes and the months they cover (northern-hemisphere meteorological seasons). */
const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11] };

/**
 * The days a date value covers, or null when it names no calendar range
 * (durations such as `P2D`, unknown parts such as `XXXX-03`, or malformed values).
 *
 * Accepted forms: `YYYY-MM-DD` (optionally followed by a time, which is
 * ignored), `YYYY-MM`, `YYYY`, `YYYY-Www` and `YYYY-Www-D` (ISO weeks),
 * `YYYY-Qn`, `YYYY-Hn`, TIMEX3 seasons `YYYY-SP|SU|FA|AU|WI`, decades `YYY`
 * or `YYYX`, centuries `YY` or `YYXX`.
 *
 * @example
 * dayRange("2021-W12"); // { start: "2021-03-22", end: "2021-03-28" }
 */
export function dayRange(value: string): DayRange | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(v);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    const iso = isoDay(year, month, day);
    return { start: iso, end: iso };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthRange(Number(m[1]), month, month) : null;
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return monthRange(Number(m[1]), 1, 12);
  m = /^(\d{4})-W(\d{2})(?:-([1-7]))?$/.exec(v);
  if (m) {
    const [year, week] = [Number(m[1]), Number(m[2])];
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    const monday = isoWeekOneMonday(year) + (week - 1) * 7 * DAY_MS;
    if (m[3] !== undefined) {
      const day = fromUtc(monday + (Number(m[3]) - 1) * DAY_MS);
      return { start: day, end: day };
    }
    return { start: fromUtc(monday), end: fromUtc(monday + 6 * DAY_MS) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) {
    const q = Number(m[2]);
    return monthRange(Number(m[1]), q * 3 - 2, q * 3);
  }
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return m[2] === "1" ? monthRange(Number(m[1]), 1, 6) : monthRange(Number(m[1]), 7, 12);
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v);
  if (m) {
    const year = Number(m[1]);
    if (m[2] === "WI")
      return { start: isoDay(year, 12, 1), end: isoDay(year + 1, 2, daysInMonth(year + 1, 2)) };
    const [first, last] = SEASONS[m[2] as string] as [number, number];
    return monthRange(year, first, last);
  }
  m = /^(\d{3})X?$/.exec(v);
  if (m) {
    const first = Number(m[1]) * 10;
    return { start: isoDay(first, 1, 1), end: isoDay(first + 9, 12, 31) };
  }
  m = /^(\d{2})(?:XX)?$/.exec(v);
  if (m) {
    const first = Number(m[1]) * 100;
    return { start: isoDay(first, 1, 1), end: isoDay(first + 99, 12, 31) };
  }
  return null;
}
