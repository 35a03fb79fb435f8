/**
 * CSV export of events (RFC 4180): every field quoted when it holds a comma,
 * quote, CR or LF, quotes doubled, CRLF line ends. Text cells that a
 * spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, tab
 * or CR) are prefixed with `'`, since article text is untrusted.
 */
import type { Actor } from "../doc/types.js";
import type { StoredEvent } from "../store/store.js";

/** The columns of the events CSV, in order. */
export const EVENT_CSV_COLUMNS = [
  "id",
  "date",
  "date_precision",
  "date_stated",
  "actor_countries",
  "actors",
  "recipient_countries",
  "recipients",
  "cameo",
  "plover_type",
  "plover_mode",
  "quad_class",
  "goldstein",
  "status",
  "location",
  "location_country",
  "confidence",
  "article_id",
  "doc_id",
  "evidence",
  "evidence_start",
  "evidence_end",
  "trigger",
  "rule",
] as const;

/** One CSV field. `text` fields are untrusted and guarded against formula injection. */
export function csvField(value: string | number | boolean | null, text = false): string {
  if (value === null) return "";
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (with CRLF). */
export function csvLine(fields: readonly string[]): string {
  return `${fields.join(",")}\r\n`;
}

const countries = (actors: readonly Actor[]): string => actors.map((a) => a.country ?? "").join(";");
const names = (actors: readonly Actor[]): string => actors.map((a) => a.name ?? a.text).join("; ");

/** The header line of the events CSV. */
export function eventCsvHeader(): string {
  return csvLine(EVENT_CSV_COLUMNS.map((c) => csvField(c)));
}

/** One event as a CSV line. */
export function eventCsvLine(e: StoredEvent): string {
  return csvLine([
    csvField(e.id),
    csvField(e.date.value, true),
    csvField(e.date.precision),
    csvField(e.date.stated),
    csvField(countries(e.actor), true),
    csvField(names(e.actor), true),
    csvField(countries(e.recipient), true),
    csvField(names(e.recipient), true),
    csvField(e.cameo, true),
    csvField(e.plover.type, true),
    csvField(e.plover.mode, true),
    csvField(e.quad_class),
    csvField(e.goldstein),
    csvField(e.status),
    csvField(e.location?.name ?? null, true),
    csvField(e.location?.country ?? null, true),
    csvField(e.confidence),
    csvField(e.articleId),
    csvField(e.docId, true),
    csvField(e.evidence.sentence, true),
    csvField(e.evidence.start),
    csvField(e.evidence.end),
    csvField(e.evidence.trigger, true),
    csvField(e.evidence.rule, true),
  ]);
}
