/**
 * Realistic documents for the store tests, built with `createDoc` and filled
 * with every annotation layer. Offsets are computed from the text, so a
 * fixture whose surface strings do not occur in its text fails loudly.
 */
import { createDoc, type Doc } from "../../src/doc/doc.js";
import type {
  Actor,
  EventDate,
  EventLocation,
  EventStatus,
  PlaceMention,
  Span,
  TimeExpression,
} from "../../src/doc/types.js";
import { contentHash } from "../../src/util/hash.js";

/** An event to attach to one sentence of a fixture document. */
export interface EventSpec {
  /** Index of the evidence sentence. */
  sentence: number;
  /** The trigger; unique across fixtures so tests can name events by it. */
  trigger: string;
  actors: Actor[];
  recipients: Actor[];
  cameo: string;
  type: string;
  mode?: string | null;
  context?: string[];
  goldstein: number;
  quadClass: number;
  status: EventStatus;
  date: EventDate;
  location?: EventLocation | null;
  confidence?: number;
}

/** An entity and the surface strings of its mentions, in text order. */
export interface EntitySpec {
  id: string;
  name: string;
  type: string;
  country?: string | null;
  sector?: string | null;
  mentions: string[];
}

/** Everything a fixture document states. */
export interface DocSpec {
  id: string;
  source: string;
  url?: string | null;
  title?: string | null;
  published_at?: string | null;
  language?: string | null;
  sentences: string[];
  entities?: EntitySpec[];
  times?: Omit<TimeExpression, keyof Span>[];
  places?: Omit<PlaceMention, keyof Span>[];
  events?: EventSpec[];
  /** Wrap the text in an HTML page with a script block the cleaner removed. */
  html?: boolean;
}

/** Find `needle` in `text` at or after `from`; throws when absent. */
export function locate(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture error: "${needle}" does not occur in "${text}"`);
  return { start, end: start + needle.length };
}

/** A country-level actor. */
export function actor(text: string, country: string | null, sector: string | null = "GOV"): Actor {
  return { text, country, sector };
}

/** Build a document with every layer filled from `spec`. */
export function buildDoc(spec: DocSpec): Doc {
  const text = spec.sentences.join(" ");
  const script = "window.track('pageview');";
  const raw = spec.html
    ? `<html><head><title>${spec.title ?? ""}</title></head><body><p>${text}</p><script>${script}</script></body></html>`
    : text;
  const doc = createDoc({
    id: spec.id,
    source: spec.source,
    url: spec.url ?? null,
    title: spec.title ?? null,
    published_at: spec.published_at ?? null,
    language: spec.language ?? "en",
    raw,
    rawKind: spec.html ? "html" : "text",
  });
  doc.text = text;
  if (spec.html) {
    doc.removed.push({ text: script, reason: "script-block", inputStart: raw.indexOf(script) });
    doc.provenance["title"] = "html-meta";
  }
  let cursor = 0;
  doc.sentences = spec.sentences.map((s) => {
    const span = locate(text, s, cursor);
    cursor = span.end;
    return { ...span, text: s };
  });
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    const start = match.index;
    const sentence = doc.sentences.findIndex((s) => start >= s.start && start < s.end);
    doc.tokens.push({ start, end: start + match[0].length, text: match[0], sentence, upos: "X", ner: "O" });
  }
  doc.entities = (spec.entities ?? []).map((e) => {
    let from = 0;
    const mentions = e.mentions.map((m) => {
      const span = locate(text, m, from);
      from = span.end;
      return { ...span, text: m };
    });
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      country: e.country ?? null,
      sector: e.sector ?? null,
      mentions,
    };
  });
  doc.times = (spec.times ?? []).map((t) => ({ ...locate(text, t.text), ...t }));
  doc.places = (spec.places ?? []).map((p) => ({ ...locate(text, p.text), ...p }));
  doc.events = (spec.events ?? []).map((e) => {
    const sentence = doc.sentences[e.sentence];
    if (!sentence) throw new Error(`fixture error: no sentence ${e.sentence} in ${spec.id}`);
    locate(sentence.text, e.trigger);
    return {
      actor: e.actors,
      recipient: e.recipients,
      cameo: e.cameo,
      plover: { type: e.type, mode: e.mode ?? null, context: e.context ?? [] },
      goldstein: e.goldstein,
      quad_class: e.quadClass,
      status: e.status,
      date: e.date,
      location: e.location ?? null,
      evidence: {
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        trigger: e.trigger,
        rule: `test.${e.type.toLowerCase()}.${e.cameo}`,
      },
      confidence: e.confidence ?? 0.8,
    };
  });
  for (const layer of ["text", "metadata", "language", "sentences", "tokens", "entities"] as const) {
    doc.layers.add(layer);
  }
  for (const layer of ["times", "places", "events"] as const) doc.layers.add(layer);
  doc.warnings.push({ code: "CH_TEST_NOTE", message: `fixture ${spec.id}` });
  doc.timings = { clean: 1.25, segment: 0.5, events: 2 };
  return doc;
}

/** The content hash the ingest layer would compute for `doc`. */
export function hashOf(doc: Doc): string {
  return contentHash(doc.rawKind, doc.raw);
}
