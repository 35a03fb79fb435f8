import type { Stage } from "./stage.js";
import { markupStage } from "../stages/markup/index.js";
import { normalizeStage } from "../stages/normalize/index.js";
import { cleanStage } from "../stages/clean/index.js";
import { languageStage } from "../stages/language/index.js";
import { tokenizeStage } from "../stages/tokenize/index.js";
import { tagStage } from "../stages/tag/index.js";
import { nerStage } from "../stages/ner/index.js";
import { linkStage } from "../stages/link/index.js";
import { eventsStage } from "../stages/events/index.js";
import { timeStage } from "../stages/time/index.js";
import { placeStage } from "../stages/place/index.js";
import { parseStage } from "../stages/parse/index.js";
import { ChanceryError } from "../errors.js";
import { Pipeline } from "./pipeline.js";

/** A stage whose models were trained on English text: skipped for documents detected as another language. */
function englishOnly(stage: Stage): Stage {
  return { ...stage, languages: ["en"], run: stage.run.bind(stage) };
}

/**
 * Every stage Chancery ships, in the default order. Only stages that exist
 * are listed: `chancery pipeline` prints this list, so it is always the truth
 * about what a run does.
 */
export const DEFAULT_STAGES: readonly Stage[] = [
  markupStage,
  normalizeStage,
  cleanStage,
  languageStage,
  tokenizeStage,
  englishOnly(tagStage),
  englishOnly(parseStage),
  englishOnly(nerStage),
  englishOnly(linkStage),
  englishOnly(timeStage),
  englishOnly(placeStage),
  englishOnly(eventsStage),
];

/** Look up shipped stages by name (for `--stages a,b,c`). */
export function stagesByName(names: readonly string[]): Stage[] {
  return names.map((name) => {
    const stage = DEFAULT_STAGES.find((s) => s.name === name);
    if (!stage) {
      throw new ChanceryError(
        "CH_STAGE_UNKNOWN",
        `no stage named "${name}" (known: ${DEFAULT_STAGES.map((s) => s.name).join(", ")})`,
      );
    }
    return stage;
  });
}

/** Build the default pipeline, or one from named stages; `defaults` are options every run gets (e.g. `kb`). */
export function buildPipeline(
  names?: readonly string[],
  defaults: Readonly<Record<string, unknown>> = {},
): Pipeline {
  return new Pipeline(names && names.length > 0 ? stagesByName(names) : DEFAULT_STAGES, ["raw"], defaults);
}
