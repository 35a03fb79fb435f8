import type { Doc } from "../../doc/doc.js";
import { findPlaces } from "../../geo/places.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";

/**
 * Place stage: place mentions from the NER stage's LOC entities and the
 * gazetteer (countries, first-level regions, cities of 15,000+ people, read
 * once per process), disambiguated by document context and population
 * ("Georgia" the country or the US state), each with its country (ISO
 * alpha-3) and coordinates. A place used as an actor — the subject of a verb
 * ("Beijing said"), a possessor ("Moscow's response") — is not a place
 * mention; "in Beijing" is.
 */
export const placeStage: Stage = {
  name: "place",
  description: "place mentions (countries, regions, cities) resolved against the gazetteer, actors left out",
  requires: ["tokens", "ner"],
  assigns: ["places"],
  run(doc: Doc, _ctx: StageContext): Doc {
    doc.places = findPlaces(doc);
    return doc;
  },
};
