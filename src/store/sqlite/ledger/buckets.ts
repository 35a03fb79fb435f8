/**
 * Calendar buckets for time series: a day belongs to the bucket of its day,
 * ISO week (Monday first), month or year. All dates are `YYYY-MM-DD` strings
 * in UTC, so bucket starts sort chronologically as strings.
 */
import { ChanceryError } from "../../../errors.js";
import type { SeriesInterval } from "../../store.js";

const DAY_MS = 86_400_000;

function toMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day: string, n: number): string {
  return fromMs(toMs(day) + n * DAY_MS);
}

/** The first day of the bucket holding `day`. */
export function bucketStart(day: string, interval: SeriesInterval): string {
  switch (interval) {
    case "day":
      return day.slice(0, 10);
    case "week": {
      const ms = toMs(day);
      const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
      return fromMs(ms - weekday * DAY_MS);
    }
    case "month":
      return `${day.slice(0, 7)}-01`;
    case "year":
      return `${day.slice(0, 4)}-01-01`;
  }
}

/** The first day of the bucket after the one starting at `start`. */
export function nextBucketStart(start: string, interval: SeriesInterval): string {
  switch (interval) {
    case "day":
      return addDays(start, 1);
    case "week":
      return addDays(start, 7);
    case "month": {
      const d = new Date(toMs(start));
      return fromMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
    case "year":
      return `${String(Number(start.slice(0, 4)) + 1).padStart(4, "0")}-01-01`;
  }
}

/** The label of the bucket starting at `start`: `2021-03-22`, `2021-W12`, `2021-03` or `2021`. */
export function bucketLabel(start: string, interval: SeriesInterval): string {
  switch (interval) {
    case "day":
      return start;
    case "week": {
      // The ISO week-year is the year of the week's Thursday.
      const thursday = toMs(start) + 3 * DAY_MS;
      const year = new Date(thursday).getUTCFullYear();
      const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
      return `${year}-W${String(week).padStart(2, "0")}`;
    }
    case "month":
      return start.slice(0, 7);
    case "year":
      return start.slice(0, 4);
  }
}

/** The most buckets one series may have. */
export const MAX_BUCKETS = 5000;

/**
 * Every bucket start from the bucket holding `from` to the one holding `to`.
 *
 * @throws ChanceryError `CH_USAGE` when that is more than {@link MAX_BUCKETS}.
 */
export function bucketStarts(from: string, to: string, interval: SeriesInterval): string[] {
  const starts: string[] = [];
  for (let s = bucketStart(from, interval); s <= to; s = nextBucketStart(s, interval)) {
    starts.push(s);
    if (starts.length > MAX_BUCKETS) {
      throw new ChanceryError(
        "CH_USAGE",
        `the range ${from} … ${to} has more than ${MAX_BUCKETS} ${interval} buckets; use a coarser interval or a shorter range`,
      );
    }
  }
  return starts;
}
