import type { ChanceryError } from "../errors.js";

/**
 * One input record, as read from any supported format
 * (`{id?, text|html, url?, title?, published_at?, source?, language?}`).
 * Exactly one of `text` and `html` is set.
 */
export interface InputRecord {
  /** Stable id: the record's own `id`, else derived from the file name / line / URL. */
  id: string;
  /** Where the record came from, e.g. `examples/corpus/a.jsonl:3` or a URL. */
  source: string;
  text?: string;
  html?: string;
  url?: string | null;
  title?: string | null;
  published_at?: string | null;
  language?: string | null;
}

/** What a reader yields: a record, or a coded error naming the item, so a batch can go on. */
export type IngestItem = { kind: "record"; record: InputRecord } | { kind: "error"; error: ChanceryError };
