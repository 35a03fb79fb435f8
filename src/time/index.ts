/**
 * Time: temporal expressions (recognisers, refiners, TIMEX3 normalisation),
 * publication-date fallbacks, and the attachment of dates and places to
 * event triggers. See `docs/time-place.md`.
 */
export { eventDateFor, eventLocationFor, precisionOf } from "./attach.js";
export * from "./calendar.js";
export { findTimes, proposeTimes, type FindTimesOptions } from "./extract.js";
export { loadTimePhrases, parsePhraseTable, type TimePhrase } from "./lexicon.js";
export { resolveMeaning } from "./normalize.js";
export { datelineDate, detectPublishedAt, htmlPublishedDate, urlDate, type FoundDate } from "./published.js";
export { defaultRecognizers, durationValue, readNumber, type TimeRecognizer } from "./recognizers.js";
export { DEFAULT_REFINERS, type TimeRefiner } from "./refiners.js";
export { clauseTense } from "./tense.js";
export type * from "./types.js";
