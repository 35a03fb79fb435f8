/**
 * The resolvers the event coder uses, from the other stages' modules:
 * actors from the linker, dates and places from the time/place modules.
 */
import { loadKnowledgeBase } from "../kb/index.js";
import { resolveActors } from "../link/index.js";
import { eventDateFor, eventLocationFor } from "../time/index.js";
import type { CoderDeps } from "./coder.js";
import { loadPatterns } from "./patterns.js";
import { loadTaxonomy } from "./taxonomy.js";

/** The coder's dependencies for a run: taxonomy, patterns and knowledge base (+ user files), resolvers. */
export function coderDeps(patternFiles: readonly string[], kbFiles: readonly string[]): CoderDeps {
  const taxonomy = loadTaxonomy();
  return {
    taxonomy,
    kb: loadKnowledgeBase(kbFiles),
    patterns: loadPatterns(taxonomy, patternFiles),
    resolveActors,
    resolveDate: eventDateFor,
    resolvePlace: eventLocationFor,
  };
}
