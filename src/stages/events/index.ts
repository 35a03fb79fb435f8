import type { Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import { type CoderDeps, codeDocument } from "../../events/coder.js";
import { coderDeps } from "../../events/resolvers.js";
import { kbFilesOption } from "../../link/index.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";

/**
 * The `patterns` run option: a list of extra pattern files (user
 * dictionaries; a rule with an existing id replaces it). The `kb` option
 * (extra knowledge-base files) is read as the link stage reads it.
 */
function listOption(ctx: StageContext, name: string): string[] {
  const value = ctx.options[name];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new ChanceryError("CH_USAGE", `option "${name}" must be a list of file paths`);
  }
  return value as string[];
}

/** Coder dependencies per run options (the loaders cache their files; this spares the lookups per document). */
const depsByOptions = new Map<string, CoderDeps>();

/**
 * Event coding stage: finds event triggers with the pattern dictionary
 * (`data/events/patterns/*.pat`), reads actor and recipient from the
 * dependency parse, resolves them to actors, decides each event's status,
 * and attaches the stated date and place when the time/place stages found
 * one (else the publication date, `stated: false`).
 */
export const eventsStage: Stage = {
  name: "events",
  description: "CAMEO/PLOVER events with actors, status, date, place and the rule that coded each",
  requires: ["tokens", "pos", "deps"],
  assigns: ["events"],
  run(doc: Doc, ctx: StageContext): Doc {
    const patterns = listOption(ctx, "patterns");
    const kbFiles = kbFilesOption(ctx.options);
    const key = `${patterns.join("\n")}\u0000${kbFiles.join("\n")}`;
    let deps = depsByOptions.get(key);
    if (deps === undefined) {
      deps = coderDeps(patterns, kbFiles);
      depsByOptions.set(key, deps);
    }
    doc.events = codeDocument(doc, deps);
    return doc;
  },
};
