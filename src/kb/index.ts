/**
 * The actor knowledge base: countries and territories, IGOs, organisations,
 * people with dated roles, and the role/sector lexicon, loaded from
 * `data/kb/*.kb` (see docs/kb.md).
 */
export { parseKbDate, queryDay, type KbDate } from "./dates.js";
export { KnowledgeBase, type EntityRef, type Holding, type KbCounts } from "./knowledge-base.js";
export {
  issueLocation,
  kbDataDir,
  listKbFiles,
  loadKnowledgeBase,
  readKnowledgeBase,
  type KbReadResult,
} from "./load.js";
export { normalizeName, singularForms } from "./normalize.js";
export { isSector, SECTORS, type Sector } from "./sectors.js";
export type * from "./types.js";
export { IGO_KINDS, ORG_KINDS, SENSE_KINDS } from "./types.js";
export { RECORD_TYPES } from "./merge.js";
export { formatIssue, runValidator, validateKnowledgeBase } from "./validate.js";
