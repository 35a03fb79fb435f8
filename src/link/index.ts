/**
 * Entity linking: names, seats of power, role phrases, pronouns and plural
 * phrases resolved to knowledge-base actors as of the article's date (see
 * docs/linking.md).
 */
export { resolveActors } from "./actors.js";
export { editBudget, editDistance, fuzzyMatch, phoneticKey } from "./fuzzy.js";
export { currentRole, factsOf, type RecordFacts } from "./facts.js";
export { linkDocument, linksOf, type DocLinks } from "./link-doc.js";
export { NameIndex, nameIndexOf } from "./name-index.js";
export { processRegistry, ProvisionalRegistry, type ProvisionalEntity } from "./provisional.js";
export { isPlaceUse } from "./syntax.js";
export { kbFromOptions, kbFilesOption } from "./options.js";
