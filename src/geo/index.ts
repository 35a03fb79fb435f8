/**
 * Places: the GeoNames-derived gazetteer and place recognition,
 * disambiguation and the metonymy guard. See `docs/time-place.md`.
 */
export {
  loadGazetteer,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerOptions,
  type PlaceKind,
} from "./gazetteer.js";
export {
  disambiguate,
  dropActorUses,
  findPlaces,
  isActorUse,
  proposePlaces,
  type FindPlacesOptions,
  type PlaceCandidate,
} from "./places.js";
