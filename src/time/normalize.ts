import {
  addDays,
  addMonths,
  type Day,
  daysBetween,
  formatDay,
  formatMonth,
  formatWeek,
  quarterOf,
  weekday,
} from "./calendar.js";
import { durationValue } from "./recognizers.js";
import type { TimeContext, TimeMeaning, TimeValue } from "./types.js";

const pad2 = (n: number) => String(n).padStart(2, "0");
const HALF_YEAR = 183;

/** The occurrence of month/day nearest the anchor, pulled to the past or future by the clause's tense. */
function inferYear(anchor: Day, month: number, day: number, tense: TimeContext["tense"]): number {
  const options = [anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({ year, month, day }));
  const dist = (d: Day) => daysBetween(anchor, d);
  const nearest = options.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
  if (tense !== "future") {
    // Without a future marker, a date a few months back is likelier than one a few months ahead.
    const past = options.filter((d) => dist(d) <= 0).pop();
    if (past && -dist(past) <= (tense === "past" ? HALF_YEAR : 270)) return past.year;
  } else {
    const future = options.find((d) => dist(d) >= 0);
    if (future && dist(future) <= HALF_YEAR) return future.year;
  }
  return nearest.year;
}

/** A weekday's date: `shift` -1/1 is "last"/"next", 0 "this" (same ISO week), null decides by tense (future: the next one; otherwise the latest, today included). */
function resolveWeekday(
  anchor: Day,
  target: number,
  shift: -1 | 0 | 1 | null,
  tense: TimeContext["tense"],
): Day {
  const today = weekday(anchor);
  const back = (today - target + 7) % 7; // days back to the latest such weekday (0 = today)
  const ahead = (target - today + 7) % 7; // days ahead to the next one (0 = today)
  if (shift === -1) return addDays(anchor, -(back === 0 ? 7 : back));
  if (shift === 1) return addDays(anchor, ahead === 0 ? 7 : ahead);
  if (shift === 0) return addDays(anchor, target - today);
  // News reports what happened: without a future marker, a weekday is the latest one.
  return tense === "future" ? addDays(anchor, ahead) : addDays(anchor, -back);
}

/** A month's year: "last November", "next March", or by tense (future: the next one from the anchor month; otherwise the latest not after it). */
function resolveMonthYear(
  anchor: Day,
  month: number,
  shift: -1 | 1 | undefined,
  tense: TimeContext["tense"],
): number {
  if (shift === -1) return month < anchor.month ? anchor.year : anchor.year - 1;
  if (shift === 1) return month > anchor.month ? anchor.year : anchor.year + 1;
  if (tense === "future") return month >= anchor.month ? anchor.year : anchor.year + 1;
  return month <= anchor.month ? anchor.year : anchor.year - 1;
}

/** The anchor shifted by `n` units, as a value of that unit's precision. */
function shiftValue(anchor: Day, n: number, unit: string, ctx: TimeContext): TimeValue {
  const k = Math.round(n);
  switch (unit) {
    case "second":
    case "minute":
    case "hour":
      return { type: "DATE", value: formatDay(anchor), precision: "day" };
    case "day":
      return { type: "DATE", value: formatDay(addDays(anchor, k)), precision: "day" };
    case "week":
    case "weekend":
      return { type: "DATE", value: formatWeek(addDays(anchor, 7 * k)), precision: "week" };
    case "month": {
      const d = addMonths(anchor, k);
      return { type: "DATE", value: formatMonth(d.year, d.month), precision: "month" };
    }
    case "quarter": {
      const d = addMonths(anchor, 3 * k);
      return { type: "DATE", value: `${d.year}-Q${quarterOf(d.month)}`, precision: "quarter" };
    }
    case "year":
      if (ctx.quarterFocus)
        return {
          type: "DATE",
          value: `${ctx.quarterFocus.year + k}-Q${ctx.quarterFocus.quarter}`,
          precision: "quarter",
        };
      return { type: "DATE", value: String(anchor.year + k), precision: "year" };
    case "decade":
      return { type: "DATE", value: String(Math.floor(anchor.year / 10) + k), precision: "decade" };
    default:
      return { type: "DATE", value: String(Math.floor(anchor.year / 100) + k), precision: "decade" };
  }
}

/**
 * Anchor a meaning: the TIMEX3 type, value and precision of an expression in
 * context. Without an anchor (no publication date), relative expressions get
 * TIMEX3's unknown-digit forms (`XXXX-03-22`, `XXXX-WXX-4`).
 *
 * @example
 * resolveMeaning({ kind: "weekday", weekday: 4, shift: null },
 *   { anchor: { year: 2021, month: 3, day: 19 }, reference: null, quarterFocus: null, tense: "past" })
 * // { type: "DATE", value: "2021-03-18", precision: "day" }
 */
export function resolveMeaning(m: TimeMeaning, ctx: TimeContext): TimeValue {
  const a = ctx.anchor;
  switch (m.kind) {
    case "calendar": {
      const year = m.year ?? (a && m.day !== undefined ? inferYear(a, m.month, m.day, ctx.tense) : null);
      const date = `${year === null ? "XXXX" : String(year).padStart(4, "0")}-${pad2(m.month)}${m.day !== undefined ? `-${pad2(m.day)}` : ""}`;
      if (m.hour !== undefined)
        return { type: "TIME", value: `${date}T${pad2(m.hour)}:${pad2(m.minute ?? 0)}`, precision: "day" };
      return { type: "DATE", value: date, precision: m.day !== undefined ? "day" : "month" };
    }
    case "phrase": {
      const rel = /^day([+-]\d+)(?::(\w\w))?$/.exec(m.rule);
      if (!rel)
        return { type: m.type, value: m.rule, precision: m.type === "DATE" ? m.precision : undefined };
      const day = a ? formatDay(addDays(a, Number(rel[1]))) : "XXXX-XX-XX";
      return rel[2]
        ? { type: "TIME", value: `${day}T${rel[2]}`, precision: "day" }
        : { type: "DATE", value: day, precision: "day" };
    }
    case "weekday": {
      if (!a) return { type: "DATE", value: `XXXX-WXX-${m.weekday}`, precision: "day" };
      // A part of day ("Sunday night") stays in the text; the value is the day, as TimeBank annotates it.
      return {
        type: "DATE",
        value: formatDay(resolveWeekday(a, m.weekday, m.shift, ctx.tense)),
        precision: "day",
      };
    }
    case "relative": {
      if (!a) return { type: "DATE", value: "XXXX", precision: "unknown" };
      const v = shiftValue(a, m.offset, m.unit, { ...ctx, quarterFocus: null });
      if (m.unit === "weekend") return { ...v, value: `${v.value}-WE` };
      return v;
    }
    case "month": {
      const year =
        m.year ??
        (a
          ? m.yearOffset !== undefined
            ? a.year + m.yearOffset
            : resolveMonthYear(a, m.month, m.shift, ctx.tense)
          : null);
      return { type: "DATE", value: `${year === null ? "XXXX" : year}-${pad2(m.month)}`, precision: "month" };
    }
    case "year":
      return { type: "DATE", value: String(m.year), precision: "year" };
    case "decade":
      return { type: "DATE", value: String(m.decade), precision: "decade" };
    case "shift": {
      if (m.n === null)
        return { type: "DATE", value: m.direction < 0 ? "PAST_REF" : "FUTURE_REF", precision: "unknown" };
      if (!a) return { type: "DATE", value: "XXXX", precision: "unknown" };
      return shiftValue(a, m.direction * m.n, m.unit, ctx);
    }
    case "reference-day": {
      const base = ctx.reference ?? a;
      if (!base) return { type: "DATE", value: "XXXX-XX-XX", precision: "day" };
      return { type: "DATE", value: formatDay(addDays(base, m.offset)), precision: "day" };
    }
    case "duration":
      return { type: "DURATION", value: durationValue(m.n, m.unit) };
    case "quarter": {
      if (m.which && a && m.quarter === null && m.yearOffset === undefined && m.year === undefined) {
        const q = m.which === "latest" ? previousQuarter(a) : { year: a.year, quarter: quarterOf(a.month) };
        return { type: "DATE", value: `${q.year}-Q${q.quarter}`, precision: "quarter" };
      }
      const focus = ctx.quarterFocus ?? (a ? previousQuarter(a) : null);
      const quarter = m.quarter ?? focus?.quarter ?? null;
      const baseYear = m.year ?? (m.quarter === null ? focus?.year : a?.year) ?? null;
      const year = baseYear === null ? null : baseYear + (m.year === undefined ? (m.yearOffset ?? 0) : 0);
      return {
        type: "DATE",
        value: `${year === null ? "XXXX" : year}-Q${quarter === null ? "X" : quarter}`,
        precision: "quarter",
      };
    }
    case "season": {
      const year = m.year ?? (a ? a.year + (m.yearOffset ?? 0) : null);
      return { type: "DATE", value: `${year === null ? "XXXX" : year}-${m.season}`, precision: "quarter" };
    }
    case "set":
      return { type: "SET", value: m.value };
  }
}

/** The last completed quarter before a day (what "the quarter" means in an earnings report). */
function previousQuarter(d: Day): { year: number; quarter: number } {
  const q = quarterOf(d.month);
  return q === 1 ? { year: d.year - 1, quarter: 4 } : { year: d.year, quarter: q - 1 };
}
