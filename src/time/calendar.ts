/**
 * Calendar arithmetic on plain dates (no time zone: a day is a calendar day).
 * Everything here works in UTC so that a date never shifts by a day.
 */

/** A calendar day. `month` is 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** Read the calendar day at the start of an ISO date or timestamp (`2024-04-26`, `2024-04-26T09:00Z`). */
export function parseDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysIn(d.year, d.month) ? d : null;
}

/** Days in a month. */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const toUtc = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (t: number): Day => {
  const x = new Date(t);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
};

/** The day `n` days after `d` (before, when negative). */
export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

/** The same day `n` months later, clamped to the month's length. */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysIn(year, month)) };
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(d: Day): number {
  const w = new Date(toUtc(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: the week-numbering year and week number. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** `2024-04-26` */
export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `2024-04` */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `2024-W17` for the ISO week holding `d`. */
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** The quarter (1-4) a month falls in. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Compare two days: negative when `a` is earlier. */
export function compareDays(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}
