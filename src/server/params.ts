/** Checks of request values beyond what JSON Schema expresses, each naming the field. */
import { dayRange } from "../store/sqlite/dates.js";
import { invalid } from "./errors.js";

/** Check that a date bound names calendar days (`2021-02-30` does not). */
export function checkDate(field: string, value: string | undefined): string | undefined {
  if (value !== undefined && dayRange(value) === null) {
    throw invalid(
      field,
      `"${value}" is not a calendar date (use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn)`,
    );
  }
  return value;
}

/** Check that `from` is not after `to`. */
export function checkRange(from: string | undefined, to: string | undefined): void {
  const a = from === undefined ? undefined : dayRange(from)?.start;
  const b = to === undefined ? undefined : dayRange(to)?.end;
  if (a !== undefined && b !== undefined && a > b) throw invalid("from", `${from} is after to ${to}`);
}

/** A party id as the ledger keys it: country codes upper case, entity ids as given. */
export function partyId(value: string): string;
export function partyId(value: string | undefined): string | undefined;
export function partyId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : value;
}
