import { ChanceryError } from "../errors.js";
import { tooLargeError } from "./bytes.js";
import { normaliseDate } from "./dates.js";
import { hasVisibleText } from "./html-text.js";
import type { InputRecord } from "./types.js";

/** Where a structured record was found, for ids and error messages. */
export interface RecordPlace {
  /** Names the record in errors and is its default `source`: `file.jsonl:3`, `file.csv:2`, … */
  item: string;
  /** The id used when the record has none: `<stem>:<line or index>`. */
  fallbackId: string;
  /** Largest `text`/`html` accepted, in bytes. */
  maxBytes: number;
}

const OPTIONAL_STRINGS = ["url", "title", "published_at", "language", "source"] as const;

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function invalid(place: RecordPlace, detail: string): ChanceryError {
  return new ChanceryError("CH_RECORD_INVALID", detail, { item: place.item });
}

/** The record's own id (string or finite number) as a string, else the fallback. */
function recordId(value: unknown, place: RecordPlace): string {
  if (value === undefined || value === null || value === "") return place.fallbackId;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw invalid(place, `field "id" must be a string or a number, not ${typeName(value)}`);
}

/** Pick the document body: a non-blank `text`, else a non-blank `html`. */
function recordBody(
  fields: Record<string, unknown>,
  place: RecordPlace,
): { text: string } | { html: string } {
  const { text, html } = fields;
  for (const [name, value] of [
    ["text", text],
    ["html", html],
  ] as const) {
    if (value !== undefined && value !== null && typeof value !== "string") {
      throw invalid(place, `field "${name}" must be a string, not ${typeName(value)}`);
    }
  }
  const kind =
    typeof text === "string" && text.trim() !== ""
      ? "text"
      : typeof html === "string" && html.trim() !== ""
        ? "html"
        : null;
  if (kind === null) {
    const blank = typeof text === "string" ? "text" : typeof html === "string" ? "html" : null;
    throw invalid(
      place,
      blank ? `field "${blank}" is empty` : 'the record has no "text" or "html" field (a string is required)',
    );
  }
  const content = String(fields[kind]);
  const size = Buffer.byteLength(content, "utf8");
  if (size > place.maxBytes) throw tooLargeError(place.item, place.maxBytes, size);
  if (kind === "text") return { text: content };
  if (!hasVisibleText(content)) {
    throw new ChanceryError("CH_HTML_NO_BODY", "the record's html has no visible body text", {
      item: place.item,
    });
  }
  return { html: content };
}

/**
 * Check a parsed JSON object or CSV row (`{id?, text|html, url?, title?,
 * published_at?, source?, language?}`) and turn it into an
 * {@link InputRecord}. When both `text` and `html` are present and
 * non-blank, `text` is used. `published_at` is normalised to ISO 8601 when
 * it can be read and kept as given otherwise; `source` defaults to
 * `place.item`.
 *
 * @throws ChanceryError `CH_RECORD_INVALID` (not an object, no text/html, a field of the wrong type),
 *   `CH_INPUT_TOO_LARGE`, `CH_HTML_NO_BODY`.
 */
export function toInputRecord(value: unknown, place: RecordPlace): InputRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid(place, `a record must be a JSON object, not ${typeName(value)}`);
  }
  const fields = value as Record<string, unknown>;
  const optional: Partial<Record<(typeof OPTIONAL_STRINGS)[number], string | null>> = {};
  for (const name of OPTIONAL_STRINGS) {
    const field = fields[name];
    if (field === undefined || field === null) continue;
    if (typeof field !== "string")
      throw invalid(place, `field "${name}" must be a string, not ${typeName(field)}`);
    const trimmed = field.trim();
    if (trimmed !== "") optional[name] = trimmed;
  }
  const record: InputRecord = {
    id: recordId(fields.id, place),
    source: optional.source ?? place.item,
    ...recordBody(fields, place),
  };
  if (optional.url) record.url = optional.url;
  if (optional.title) record.title = optional.title;
  if (optional.published_at)
    record.published_at = normaliseDate(optional.published_at) ?? optional.published_at;
  if (optional.language) record.language = optional.language;
  return record;
}
