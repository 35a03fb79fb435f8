import * as chrono from "chrono-node";
import type { TimePhrase } from "./lexicon.js";
import type { Season, TimeCandidate, TimeMeaning, TimeUnit } from "./types.js";

/**
 * Recognisers: each proposes temporal expressions in one sentence, with
 * offsets into the document text and a meaning still to be anchored.
 * Spans follow TimeML: determiners and modifiers ("the past three months",
 * "early next year") are in, prepositions ("on", "in") are out. Overlaps
 * between recognisers are settled by the refiners.
 */
export interface TimeRecognizer {
  readonly name: string;
  /** Propose candidates in `text` (a sentence starting at document offset `offset`). */
  recognize(text: string, offset: number): TimeCandidate[];
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
  single: 1,
  dozen: 12,
  "a dozen": 12,
  "a couple of": 2,
  "a couple": 2,
  "couple of": 2,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};
const UNITS: Record<string, TimeUnit> = {
  second: "second",
  minute: "minute",
  hour: "hour",
  day: "day",
  night: "day",
  week: "week",
  weekend: "weekend",
  fortnight: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
  decade: "decade",
  century: "century",
  centurie: "century",
};
const SEASONS: Record<string, Season> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};

const MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUMWORD =
  "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";
const NUM = `(?:\\d{1,3}(?:\\.\\d+)?|${NUMWORD}(?:[- ]${NUMWORD})*|a dozen|a couple of|a couple|a few|several|few|many|some|a|an|single)(?: and a half)?`;
const UNIT_RE =
  "(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie))";
const B = "(?<![\\w-])";
const E = "(?![\\w])";
const MOD =
  "(?:(?:early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)[- ]|mid-)";

/** Read a count word or number ("five and a half" → 5.5, "several" → null). */
export function readNumber(text: string): number | null {
  let t = text.toLowerCase().trim();
  let half = 0;
  if (t.endsWith(" and a half")) {
    half = 0.5;
    t = t.slice(0, -" and a half".length);
  }
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) + half;
  if (t in NUMBERS) return (NUMBERS[t] as number) + half;
  const parts = t.split(/[- ]/);
  if (parts.length > 1 && parts.every((p) => p in NUMBERS)) {
    let total = 0;
    for (const p of parts) {
      const v = NUMBERS[p] as number;
      total = v === 100 ? Math.max(total, 1) * 100 : total + v;
    }
    return total + half;
  }
  return null;
}

const unitOf = (word: string): TimeUnit => {
  const w = word.toLowerCase().replace(/-/g, "");
  return UNITS[w.endsWith("s") && !(w in UNITS) ? w.slice(0, -1) : w] ?? "day";
};
const monthOf = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? 0;
const capitalised = (s: string) => /^[A-Z]/.test(s);

/** A regex recogniser: every match of `pattern` becomes a candidate via `meaning` (null: no candidate). */
class PatternRecognizer implements TimeRecognizer {
  constructor(
    readonly name: string,
    private readonly pattern: RegExp,
    private readonly meaning: (m: RegExpExecArray) => TimeMeaning | null,
  ) {}
  recognize(text: string, offset: number): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    const re = new RegExp(
      this.pattern.source,
      this.pattern.flags.includes("g") ? this.pattern.flags : this.pattern.flags + "g",
    );
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const meaning = this.meaning(m);
      if (meaning)
        out.push({
          start: offset + m.index,
          end: offset + m.index + m[0].length,
          text: m[0],
          meaning,
          source: this.name,
        });
    }
    return out;
  }
}

/**
 * Calendar dates through chrono-node's strict English parser ("March 22",
 * "22 March 2021", "Aug. 2, 1990", "2024-04-26"): only results naming a
 * month and day, or written as digits with a year; bare "12/5" is left out.
 */
export class ChronoDateRecognizer implements TimeRecognizer {
  readonly name = "ChronoDateRecognizer";
  recognize(text: string, offset: number): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    for (const r of chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
      const month = r.start.get("month");
      const day = r.start.get("day");
      if (!r.start.isCertain("month") || !r.start.isCertain("day") || month === null || day === null)
        continue;
      let start = r.index;
      let surface = r.text;
      const lead = /^(?:on|from|since|by|until|till|at|of|in)\s+/i.exec(surface);
      if (lead) {
        start += lead[0].length;
        surface = surface.slice(lead[0].length);
      }
      // Cut a range's second half and a trailing time: the first date is the expression.
      surface = surface.trimEnd();
      const hasYear = r.start.isCertain("year");
      const named =
        new RegExp(`${B}${MONTH_RE}`, "i").test(surface) ||
        /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(surface);
      const numeric = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}/.test(surface);
      if (!named && !(numeric && hasYear)) continue;
      const meaning: TimeMeaning = { kind: "calendar", month, day };
      if (hasYear) meaning.year = r.start.get("year") as number;
      if (r.start.isCertain("hour")) {
        meaning.hour = r.start.get("hour") as number;
        meaning.minute = r.start.get("minute") ?? 0;
      }
      out.push({
        start: offset + start,
        end: offset + start + surface.length,
        text: surface,
        meaning,
        source: this.name,
      });
    }
    return out;
  }
}

/** Phrases from the lexicon (`now`, `yesterday`, `daily`, `the coming days`, …). */
export class PhraseRecognizer implements TimeRecognizer {
  readonly name = "PhraseRecognizer";
  private readonly pattern: RegExp;
  private readonly byPhrase: Map<string, TimePhrase>;
  constructor(phrases: readonly TimePhrase[]) {
    this.byPhrase = new Map(phrases.map((p) => [p.phrase, p]));
    const alts = [...this.byPhrase.keys()]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
    this.pattern = new RegExp(`${B}(?:${alts.join("|") || "(?!)"})${E}`, "gi");
  }
  recognize(text: string, offset: number): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(text); m; m = this.pattern.exec(text)) {
      const p = this.byPhrase.get(m[0].toLowerCase().replace(/\s+/g, " "));
      if (!p) continue;
      // "now" in "now that", "once" as a conjunction: not a time.
      if (/^now$/i.test(m[0]) && /^\s+that\b/i.test(text.slice(m.index + m[0].length))) continue;
      out.push({
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        text: m[0],
        meaning: { kind: "phrase", type: p.type, rule: p.rule, precision: p.precision },
        source: this.name,
      });
    }
    return out;
  }
}

/** Weekdays: "Thursday", "last Friday", "next Monday", "Sunday night". */
export const weekdayRecognizer = new PatternRecognizer(
  "WeekdayRecognizer",
  new RegExp(
    `${B}(?:(last|next|this|past|coming) )?(${WEEKDAY_RE})(?: (morning|afternoon|evening|night))?${E}`,
    "gi",
  ),
  (m) => {
    if (!capitalised(m[2] as string)) return null;
    const shiftWord = (m[1] ?? "").toLowerCase();
    const shift =
      shiftWord === "last" || shiftWord === "past"
        ? -1
        : shiftWord === "next" || shiftWord === "coming"
          ? 1
          : shiftWord === "this"
            ? 0
            : null;
    const part = m[3]
      ? { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" }[m[3].toLowerCase()]
      : undefined;
    const meaning: TimeMeaning = {
      kind: "weekday",
      weekday: WEEKDAYS[(m[2] as string).toLowerCase()] as number,
      shift,
    };
    if (part) meaning.part = part;
    return meaning;
  },
);

/** "this week", "last year", "next month", "earlier this month", "early next year", "this weekend". */
export const relativeUnitRecognizer = new PatternRecognizer(
  "RelativeUnitRecognizer",
  new RegExp(
    `${B}(?<!the )${MOD}?(this|last|next|past|coming|current|previous)[- ](week|weekend|month|quarter|year|decade|century)${E}(?! of)`,
    "gi",
  ),
  (m) => {
    const w = (m[1] as string).toLowerCase();
    const offset =
      w === "last" || w === "past" || w === "previous" ? -1 : w === "next" || w === "coming" ? 1 : 0;
    return { kind: "relative", unit: unitOf(m[2] as string), offset };
  },
);

/** Month names: "February", "early February", "February this year", "August 1988", "last November". */
export const monthRecognizer = new PatternRecognizer(
  "MonthRecognizer",
  new RegExp(
    `${B}${MOD}?(?:(last|next|this) )?(${MONTH_RE})(?:,? (?:of )?(\\d{4})|( (?:of )?(?:this|last|next) year))?${E}`,
    "gi",
  ),
  (m) => {
    const name = m[2] as string;
    if (!capitalised(name)) return null;
    const month = monthOf(name);
    // "May" and "March" opening a sentence are too often a verb or a noun.
    if (/^(may|march)$/i.test(m[0]) && m.index === 0) return null;
    if (/\.$/.test(name) && !m[3]) return null;
    const meaning: TimeMeaning = { kind: "month", month };
    if (m[3]) meaning.year = Number(m[3]);
    const rel = (m[4] ?? "").toLowerCase();
    if (/last/.test(rel)) meaning.yearOffset = -1;
    else if (/next/.test(rel)) meaning.yearOffset = 1;
    else if (/this/.test(rel)) meaning.yearOffset = 0;
    const shift = (m[1] ?? "").toLowerCase();
    if (shift === "last") meaning.shift = -1;
    else if (shift === "next") meaning.shift = 1;
    else if (shift === "this") meaning.yearOffset = 0;
    return meaning;
  },
);

/** Years: "2018", "in 1990", "fiscal 1989", "the year 2000" — not amounts ("2018 people" is kept out by the refiner). */
export const yearRecognizer = new PatternRecognizer(
  "YearRecognizer",
  new RegExp(
    `${B}(?<![$£€#.,:/]|\\d[ ,.])${MOD}?(?:fiscal(?: year)? |the year |FY ?)?((?:1[6-9]|20)\\d\\d)(?![\\w%$]|[.,:/-]\\d| ?(?:%|percent|per cent))`,
    "gi",
  ),
  (m) => ({ kind: "year", year: Number(m[1]) }),
);

/** Decades: "the 1990s", "the '90s", "the nineties". */
export const decadeRecognizer = new PatternRecognizer(
  "DecadeRecognizer",
  new RegExp(
    `${B}${MOD}?(?:the )?(?:((?:1[6-9]|20)\\d)0'?s|'(\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`,
    "gi",
  ),
  (m) => {
    if (m[1]) return { kind: "decade", decade: Number(m[1]) };
    const words = [
      "twenties",
      "thirties",
      "forties",
      "fifties",
      "sixties",
      "seventies",
      "eighties",
      "nineties",
    ];
    const digit = m[2] ? Number(m[2]) : words.indexOf((m[3] as string).toLowerCase()) + 2;
    return { kind: "decade", decade: 190 + digit };
  },
);

/** "two days ago", "a year earlier", "three weeks later", "five years from now". */
export const shiftRecognizer = new PatternRecognizer(
  "ShiftRecognizer",
  new RegExp(
    `${B}(?:(?:about|some|nearly|almost|more than|less than|just|only|over) )?(${NUM})[- ](${UNIT_RE}s?) (ago|earlier|before|later|after|from now|hence)${E}(?!\\s+(?:the|a|an|his|her|its|their|he|she|they|it|we|I)\\b)`,
    "gi",
  ),
  (m) => {
    const n = readNumber(m[1] as string);
    const direction = /ago|earlier|before/i.test(m[3] as string) ? -1 : 1;
    return { kind: "shift", n, unit: unitOf(m[2] as string), direction };
  },
);

/** "year-earlier", "the year-ago", "quarter-earlier": one unit back, as an adjective. */
export const adjectivalShiftRecognizer = new PatternRecognizer(
  "AdjectivalShiftRecognizer",
  /(?<![\w-])(?:the )?(year|quarter|month|week)-(?:earlier|ago)(?![\w-])(?! quarter| period)/gi,
  (m) => ({ kind: "shift", n: 1, unit: unitOf(m[1] as string), direction: -1 }),
);

/** "the day before", "the next day", "the following week" — relative to the last day the text named. */
export const referenceDayRecognizer = new PatternRecognizer(
  "ReferenceDayRecognizer",
  /(?<![\w-])(?:the (day|night) (before|after)|the (previous|next|following) day|(that|the same) day)(?![\w])/gi,
  (m) => {
    if (m[2]) return { kind: "reference-day", offset: /before/i.test(m[2]) ? -1 : 1 };
    if (m[3]) return { kind: "reference-day", offset: /previous/i.test(m[3]) ? -1 : 1 };
    return { kind: "reference-day", offset: 0 };
  },
);

/** Durations: "five and a half hours", "two-day", "the past three months", "a week", "the past year". */
export const durationRecognizer = new PatternRecognizer(
  "DurationRecognizer",
  new RegExp(
    `${B}(?:the )?(?:(?:past|last|next|coming|previous|following|first|final|latest|initial|remaining|entire|whole|full|same|other) )?(?:(?:about|some|nearly|almost|more than|less than|at least|up to|just|only|over|roughly|around) )?(${NUM})[- ](${UNIT_RE}s?)(?:-long| long)?${E}(?![- ]old)|${B}the (past|last|next|coming|previous|following) (${UNIT_RE})${E}`,
    "gi",
  ),
  (m) => {
    if (m[4]) return { kind: "duration", n: 1, unit: unitOf(m[4]) };
    const num = (m[1] as string).toLowerCase();
    if (/^(a|an|single|some|many)$/.test(num) && /s$/i.test(m[2] as string)) return null;
    if (/^(some|many)$/.test(num)) return null;
    return { kind: "duration", n: readNumber(num), unit: unitOf(m[2] as string) };
  },
);

/** Bare plural units after a preposition: "for years", "within weeks", "over decades". */
export const vagueDurationRecognizer = new PatternRecognizer(
  "VagueDurationRecognizer",
  /(?<=\b(?:for|over|within|in|after|take|took|takes|last|lasted) )(hours|days|weeks|months|years|decades|centuries)(?![\w])(?! (?:of|ago|earlier|later|before|after))/gi,
  (m) => ({ kind: "duration", n: null, unit: unitOf(m[1] as string) }),
);

/** Quarters: "the third quarter", "third-quarter", "this year's first quarter", "the latest quarter", "the year-earlier quarter". */
export const quarterRecognizer = new PatternRecognizer(
  "QuarterRecognizer",
  new RegExp(
    `${B}(?:(?:the|this year's|last year's|the year-earlier|the year-ago|year-earlier|year-ago|the latest|the current|the comparable|this|the) )?(?:((?:19|20)\\d\\d) )?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|year-earlier|year-ago)[- ])?quarter(?:,? (?:of )?((?:19|20)\\d\\d))?${E}(?!s)`,
    "gi",
  ),
  (m) => {
    const text = m[0].toLowerCase();
    const ord = (m[2] ?? "").toLowerCase();
    if (!/^the|this|last|year/.test(text) && !ord) return null;
    const meaning: TimeMeaning = { kind: "quarter", quarter: ORDINALS[ord] ?? null };
    if (m[1] ?? m[3]) meaning.year = Number(m[1] ?? m[3]);
    if (/last year's|year-earlier|year-ago/.test(text)) meaning.yearOffset = -1;
    else if (/this year's/.test(text)) meaning.yearOffset = 0;
    if (/^(?:final|last)$/.test(ord)) meaning.quarter = 4;
    if (/^(?:the latest|this|latest)\b/.test(text) || ord === "latest") meaning.which = "latest";
    else if (/^(?:the current|current)\b/.test(text) || ord === "current") meaning.which = "current";
    return meaning;
  },
);

/** Seasons: "last summer", "this spring", "the winter of 2019", "summer 2020". */
export const seasonRecognizer = new PatternRecognizer(
  "SeasonRecognizer",
  new RegExp(
    `${B}${MOD}?(?:(last|this|next|the|past|coming) )?(spring|summer|fall|autumn|winter)(?:,? (?:of )?((?:19|20)\\d\\d))?${E}`,
    "gi",
  ),
  (m) => {
    if (!m[1] && !m[3] && !/^(early|late|mid)/i.test(m[0])) return null;
    if ((m[1] ?? "").toLowerCase() === "the" && !m[3]) return null;
    const meaning: TimeMeaning = {
      kind: "season",
      season: SEASONS[(m[2] as string).toLowerCase()] as Season,
    };
    if (m[3]) meaning.year = Number(m[3]);
    const w = (m[1] ?? "").toLowerCase();
    if (w === "last" || w === "past") meaning.yearOffset = -1;
    else if (w === "next" || w === "coming") meaning.yearOffset = 1;
    else if (w === "this") meaning.yearOffset = 0;
    return meaning;
  },
);

/** Sets: "every two weeks", "twice a year", "each Monday". */
export const setRecognizer = new PatternRecognizer(
  "SetRecognizer",
  new RegExp(
    `${B}(?:every|each|per) (?:(${NUM}) )?(${UNIT_RE}|${WEEKDAY_RE})s?${E}|${B}(?:once|twice|three times) (?:a|per) (${UNIT_RE})${E}`,
    "gi",
  ),
  (m) => {
    const word = (m[2] ?? m[3] ?? "").toLowerCase();
    if (word in WEEKDAYS) return { kind: "set", value: `XXXX-WXX-${WEEKDAYS[word]}` };
    const unit = unitOf(word);
    const n = m[1] ? (readNumber(m[1]) ?? 1) : 1;
    return { kind: "set", value: durationValue(n, unit) };
  },
);

/** A TIMEX3 duration value: `P2D`, `PT5.5H`, `P3M`, `PXY` (n null). */
export function durationValue(n: number | null, unit: TimeUnit): string {
  const count = n === null ? "X" : String(n);
  switch (unit) {
    case "second":
      return `PT${count}S`;
    case "minute":
      return `PT${count}M`;
    case "hour":
      return `PT${count}H`;
    case "day":
      return `P${count}D`;
    case "week":
      return `P${count}W`;
    case "weekend":
      return `P${count}WE`;
    case "month":
      return `P${count}M`;
    case "quarter":
      return `P${count}Q`;
    case "year":
      return `P${count}Y`;
    case "decade":
      return n === null ? "PXDE" : `P${n * 10}Y`;
    case "century":
      return n === null ? "PXCE" : `P${n * 100}Y`;
  }
}

/** Every recogniser, in the order they run. */
export function defaultRecognizers(phrases: readonly TimePhrase[]): TimeRecognizer[] {
  return [
    new ChronoDateRecognizer(),
    new PhraseRecognizer(phrases),
    weekdayRecognizer,
    relativeUnitRecognizer,
    monthRecognizer,
    yearRecognizer,
    decadeRecognizer,
    shiftRecognizer,
    adjectivalShiftRecognizer,
    referenceDayRecognizer,
    durationRecognizer,
    vagueDurationRecognizer,
    quarterRecognizer,
    seasonRecognizer,
    setRecognizer,
  ];
}
