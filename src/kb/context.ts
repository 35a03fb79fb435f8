/**
 * Shared helpers for turning statements into records: issue reporting with
 * file and line, and the small value parsers (codes, dates, sectors, seats).
 */
import { parseKbDate, type KbDate } from "./dates.js";
import { isSector, type Sector } from "./sectors.js";
import { splitList, splitWord } from "./syntax.js";
import type { KbIssue, Seat, SourceRef } from "./types.js";

/** Pattern of a country or territory code (ISO 3166-1 alpha-3, or a user-assigned one such as XKX). */
export const COUNTRY_CODE = /^[A-Z]{3}$/;
/** Pattern of an IGO code: upper case letters and digits, 2–12 characters. */
export const IGO_CODE = /^[A-Z][A-Z0-9]{1,11}$/;
/** Pattern of a person or organisation id: lower-case words joined by `-` or `.`. */
export const RECORD_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** Pattern of an office key: lower-case words joined by `_`. */
export const OFFICE_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Collects issues for one file. */
export class IssueSink {
  constructor(
    readonly issues: KbIssue[],
    readonly file: string,
  ) {}

  /** Record an error at `line`. */
  error(line: number, message: string): void {
    this.issues.push({ severity: "error", file: this.file, line, message });
  }

  /** Record a warning at `line`. */
  warn(line: number, message: string): void {
    this.issues.push({ severity: "warning", file: this.file, line, message });
  }

  /** The source reference of `line`. */
  at(line: number): SourceRef {
    return { file: this.file, line };
  }
}

/** Parse a date field value, reporting a bad one. */
export function readDate(text: string, sink: IssueSink, line: number, what: string): KbDate | null {
  const d = parseKbDate(text);
  if (d === null) sink.error(line, `bad ${what} date "${text}" (want YYYY-MM-DD, YYYY-MM or YYYY)`);
  return d;
}

/** Parse a sector code, reporting an unknown one. */
export function readSector(text: string, sink: IssueSink, line: number): Sector | null {
  if (isSector(text)) return text;
  sink.error(line, `unknown sector code "${text}"`);
  return null;
}

/** Parse a `seat <SECTOR> <name> | <name>` value into seats owned by `owner`. */
export function readSeats(value: string, owner: string, sink: IssueSink, line: number): Seat[] {
  const [code, names] = splitWord(value);
  const sector = readSector(code, sink, line);
  if (sector === null) return [];
  const list = splitList(names);
  if (list.length === 0) sink.error(line, "seat has a sector but no name");
  return list.map((name) => ({ name, owner, sector, capital: false, source: sink.at(line) }));
}

/** Report a single-valued field given twice within one statement. */
export function once(seen: Set<string>, name: string, sink: IssueSink, line: number): void {
  if (seen.has(name)) sink.error(line, `field "${name}" given more than once`);
  seen.add(name);
}
