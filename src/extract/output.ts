import type { Doc } from "../doc/doc.js";
import type { Entity, EventMention, PlaceMention, TimeExpression } from "../doc/types.js";
import type { ErrorInfo } from "../errors.js";

/**
 * One line of `chancery extract` output: the stateless contract other tools
 * and our evaluations use. All offsets refer to `text`. See docs/extract.md.
 */
export interface ExtractOutput {
  id: string;
  text: string;
  title?: string;
  published_at?: string;
  language?: string;
  url?: string;
  entities: Entity[];
  times: Array<Pick<TimeExpression, "start" | "end" | "text" | "value" | "type" | "precision">>;
  places: PlaceMention[];
  events: EventMention[];
  warnings?: string[];
  error?: ErrorInfo;
}

/** Shape a processed document as an extract output line. */
export function docToOutput(doc: Doc): ExtractOutput {
  const out: ExtractOutput = { id: doc.id, text: doc.text, entities: [], times: [], places: [], events: [] };
  if (doc.title) out.title = doc.title;
  if (doc.published_at) out.published_at = doc.published_at;
  if (doc.language) out.language = doc.language;
  if (doc.url) out.url = doc.url;
  out.entities = doc.entities;
  out.times = doc.times.map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    value: t.value,
    type: t.type,
    ...(t.precision ? { precision: t.precision } : {}),
  }));
  out.places = doc.places;
  out.events = doc.events;
  if (doc.warnings.length > 0) out.warnings = doc.warnings.map((w) => `${w.code}: ${w.message}`);
  return out;
}

/** An output line for a record that could not be processed. */
export function errorOutput(id: string, error: ErrorInfo): ExtractOutput {
  return { id, text: "", entities: [], times: [], places: [], events: [], error };
}
