/**
 * The resolvers the event coder uses, from the other stages' modules:
 * actors from the linker, dates and places from the time/place modules.
 */
import { loadGazetteer } from "../geo/index.js";
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
    regionCountry,
  };
}

/**
 * The one country a first-level region lies in, from the gazetteer ("Sindh"
 * → PAK; cities of the same name must be in that country too); null when the
 * name is unknown, no region's, also a country's, or found in several
 * countries ("Punjab").
 */
function regionCountry(name: string): string | null {
  const entries = loadGazetteer().lookup(name);
  if (entries.length === 0 || entries.some((e) => e.kind === "country")) return null;
  if (!entries.some((e) => e.kind === "region")) return null;
  const countries = new Set(entries.map((e) => e.country));
  return countries.size === 1 ? [...countries][0]! : null;
}
