import { Pipeline } from "../../pipeline/pipeline.js";
import type { Stage } from "../../pipeline/stage.js";
import { cleanStage } from "../../stages/clean/index.js";
import { languageStage } from "../../stages/language/index.js";
import { markupStage } from "../../stages/markup/index.js";
import { normalizeStage } from "../../stages/normalize/index.js";

/** The cleaning stages in their pipeline order: markup → normalize → clean → language. */
export const CLEANING_STAGES: readonly Stage[] = [markupStage, normalizeStage, cleanStage, languageStage];

/** A pipeline of just the cleaning stages (what the cleaning evaluation and tests run). */
export function cleaningPipeline(): Pipeline {
  return new Pipeline(CLEANING_STAGES);
}
