import type { DatePrecision, TimeExpression } from "../doc/types.js";

/** Calendar units a temporal expression can count in. */
export type TimeUnit =
  | "second"
  | "minute"
  | "hour"
  | "day"
  | "week"
  | "weekend"
  | "month"
  | "quarter"
  | "year"
  | "decade"
  | "century";

/** A season, as TIMEX3 writes it. */
export type Season = "SP" | "SU" | "FA" | "WI";

/**
 * What a recogniser understood an expression to mean, before it is anchored.
 * `shift` / `offset` fields are relative to the anchor (publication date);
 * `null` means "decide from the clause's tense".
 */
export type TimeMeaning =
  /** A calendar date with the parts the text states (a missing year is inferred from the anchor). */
  | { kind: "calendar"; year?: number; month: number; day?: number; hour?: number; minute?: number }
  /** A phrase from the lexicon (`data/time/phrases.tsv`) with its value rule. */
  | { kind: "phrase"; type: TimeExpression["type"]; rule: string; precision: DatePrecision }
  /** A weekday, optionally shifted by `last`/`next`/`this`, with an optional part of day. */
  | { kind: "weekday"; weekday: number; shift: -1 | 0 | 1 | null; part?: string }
  /** `this week`, `last year`, `next month`, `this weekend`. */
  | { kind: "relative"; unit: TimeUnit; offset: number }
  /** A month name, alone or with a stated or relative year. */
  | { kind: "month"; month: number; year?: number; yearOffset?: number; shift?: -1 | 1 }
  /** A year (`2018`, `fiscal 1989`). */
  | { kind: "year"; year: number }
  /** A decade (`the 1990s` → 199). */
  | { kind: "decade"; decade: number }
  /** `two days ago`, `a year earlier`, `three weeks from now`. */
  | { kind: "shift"; n: number | null; unit: TimeUnit; direction: -1 | 1 }
  /** `the day before`, `the next day`: a day relative to the last day the text named. */
  | { kind: "reference-day"; offset: number }
  /** `five and a half hours`, `two-day`, `the past three months`, `years`. */
  | { kind: "duration"; n: number | null; unit: TimeUnit }
  /** `the third quarter`, `this year's first quarter`, `the quarter` (null: the quarter under discussion). */
  | {
      kind: "quarter";
      quarter: number | null;
      year?: number;
      yearOffset?: number;
      which?: "latest" | "current";
    }
  /** `last summer`, `the winter of 2019`. */
  | { kind: "season"; season: Season; year?: number; yearOffset?: number }
  /** `every week`, `twice a year`. */
  | { kind: "set"; value: string };

/** A temporal expression a recogniser proposes, before refiners decide. */
export interface TimeCandidate {
  /** Offsets into `Doc.text`. */
  start: number;
  end: number;
  text: string;
  meaning: TimeMeaning;
  /** The recogniser that proposed it (`ChronoDateRecognizer`, `WeekdayRecognizer`, …). */
  source: string;
}

/** Tense of the clause an expression sits in, as far as it bears on dates. */
export type ClauseTense = "past" | "present" | "future";

/** What a meaning is resolved against. */
export interface TimeContext {
  /** The publication date (document creation time), when known. */
  anchor: { year: number; month: number; day: number } | null;
  /** The last day-precision date the text named before this expression (for "the day before"). */
  reference: { year: number; month: number; day: number } | null;
  /** The fiscal quarter under discussion, when the text has named one (for "the quarter", "a year earlier"). */
  quarterFocus: { year: number; quarter: number } | null;
  tense: ClauseTense;
}

/** A resolved value. */
export interface TimeValue {
  type: TimeExpression["type"];
  value: string;
  precision?: DatePrecision;
}
