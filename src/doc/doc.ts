import type {
  Entity,
  EventMention,
  PlaceMention,
  RemovedSpan,
  Sentence,
  TimeExpression,
  Token,
} from "./types.js";

/** The annotation layers a stage may require or assign. */
export type Layer =
  | "raw"
  | "text"
  | "metadata"
  | "language"
  | "sentences"
  | "tokens"
  | "pos"
  | "lemmas"
  | "deps"
  | "ner"
  | "entities"
  | "links"
  | "times"
  | "places"
  | "events";

/** How the input reached Chancery. */
export type InputKind = "text" | "html";

/** A warning attached to a document: a stable code and a plain sentence. */
export interface DocWarning {
  code: string;
  message: string;
}

/** Where a metadata value came from (e.g. `record`, `html-meta`, `json-ld`, `dateline`, `url`). */
export type Provenance = Record<string, string>;

/**
 * A document flowing through the pipeline. Stages add annotation layers;
 * every annotation refers to {@link Doc.text} by character offsets.
 */
export interface Doc {
  id: string;
  /** A label for where the document came from: a file path, URL or feed. */
  source: string;
  url: string | null;
  title: string | null;
  /** Publication date as ISO 8601 (`YYYY-MM-DD` or a full timestamp), when known. */
  published_at: string | null;
  /** ISO 639-1 language code, when known. */
  language: string | null;
  /** The input as received (decoded to a string). */
  raw: string;
  rawKind: InputKind;
  /** The clean text every offset refers to. Empty until a stage assigns `text`. */
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  times: TimeExpression[];
  places: PlaceMention[];
  events: EventMention[];
  /** What the cleaner removed and why. */
  removed: RemovedSpan[];
  warnings: DocWarning[];
  /** Where metadata fields (title, published_at, …) came from. */
  provenance: Provenance;
  /** The layers present, in the order they were assigned. */
  layers: Set<Layer>;
  /** Milliseconds spent in each stage. */
  timings: Record<string, number>;
}

/** The fields a caller provides to create a document. */
export interface DocInit {
  id: string;
  source?: string;
  url?: string | null;
  title?: string | null;
  published_at?: string | null;
  language?: string | null;
  raw: string;
  rawKind: InputKind;
}

/**
 * Create a document from raw input. Fields the input states are recorded as
 * coming from the `record` in {@link Doc.provenance}.
 *
 * @example
 * const doc = createDoc({ id: "a1", raw: "Lavrov will visit China.", rawKind: "text" });
 */
export function createDoc(init: DocInit): Doc {
  const provenance: Provenance = {};
  for (const key of ["url", "title", "published_at", "language"] as const) {
    if (init[key]) provenance[key] = "record";
  }
  return {
    id: init.id,
    source: init.source ?? init.id,
    url: init.url ?? null,
    title: init.title ?? null,
    published_at: init.published_at ?? null,
    language: init.language ?? null,
    raw: init.raw,
    rawKind: init.rawKind,
    text: "",
    sentences: [],
    tokens: [],
    entities: [],
    times: [],
    places: [],
    events: [],
    removed: [],
    warnings: [],
    provenance,
    layers: new Set<Layer>(["raw"]),
    timings: {},
  };
}

/** Add a warning to a document unless the same code and message is already there. */
export function addWarning(doc: Doc, code: string, message: string): void {
  if (!doc.warnings.some((w) => w.code === code && w.message === message))
    doc.warnings.push({ code, message });
}
