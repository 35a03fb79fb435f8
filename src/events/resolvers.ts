/**
 * The resolvers the event coder uses, from the other stages' modules:
 * actors from the linker, dates and places from the time/place modules.
 */
import type { Doc } from "../doc/doc.js";
import type { EventDate } from "../doc/types.js";
import { resolveActors } from "../link/index.js";
import { eventDateFor, eventLocationFor } from "../time/index.js";
import type { CoderDeps } from "./coder.js";
import { loadPatterns } from "./patterns.js";
import { loadTaxonomy } from "./taxonomy.js";

/** The publication date as an implied event date. */
export function impliedDate(doc: Doc): EventDate {
  const day = (doc.published_at ?? "").slice(0, 10);
  return { value: day, precision: day.length === 10 ? "day" : "unknown", stated: false };
}

/** The coder's dependencies for a run: taxonomy, patterns (+ user files), resolvers. */
export function coderDeps(patternFiles: readonly string[], _kbFiles: readonly string[]): CoderDeps {
  const taxonomy = loadTaxonomy();
  return {
    taxonomy,
    patterns: loadPatterns(taxonomy, patternFiles),
    resolveActors,
    resolveDate: eventDateFor,
    resolvePlace: eventLocationFor,
  };
}
