import { createDoc, type Doc } from "../doc/doc.js";
import type { InputRecord } from "../ingest/types.js";
import { normalizePublishedAt } from "../util/dates.js";
import { addWarning } from "../doc/doc.js";

/**
 * Turn an input record into a fresh document. An unreadable `published_at`
 * is dropped with a warning rather than failing the record.
 */
export function recordToDoc(record: InputRecord): Doc {
  const published = normalizePublishedAt(record.published_at ?? null);
  const doc = createDoc({
    id: record.id,
    source: record.source,
    url: record.url ?? null,
    title: record.title ?? null,
    published_at: published,
    language: record.language ?? null,
    raw: record.html ?? record.text ?? "",
    rawKind: record.html !== undefined ? "html" : "text",
  });
  if (record.published_at && !published) {
    addWarning(doc, "CH_W_DATE_UNREADABLE", `published_at "${record.published_at}" is not a date; ignored`);
  }
  return doc;
}
