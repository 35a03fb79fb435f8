import { corpusSection } from "./corpus.js";
import type { EvalSection } from "./section.js";

/** Every evaluation section, in the order `npm run eval` runs them. */
export const EVAL_SECTIONS: readonly EvalSection[] = [corpusSection];
