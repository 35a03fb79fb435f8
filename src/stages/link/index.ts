import type { Doc } from "../../doc/doc.js";
import { kbFromOptions, linkDocument } from "../../link/index.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";

/**
 * Entity-linking stage: links recognised names to the actor knowledge base
 * (exact and alias names, seats of power and capitals as metonyms or places,
 * short names and surnames, context-backed fuzzy matches, provisional people
 * from role phrases), resolves pronouns, role descriptions and plural phrases,
 * and rebuilds `doc.entities` with KB ids, canonical names, countries and
 * sectors as of the publication date. Extra KB files come from the `kb`
 * option (`--kb FILE`).
 */
export const linkStage: Stage = {
  name: "link",
  description: "entity linking to the actor KB: aliases, seats/metonyms, surnames, fuzzy names, coreference",
  requires: ["tokens", "deps", "entities"],
  assigns: ["links"],
  run(doc: Doc, ctx: StageContext): Doc {
    linkDocument(doc, kbFromOptions(ctx.options));
    return doc;
  },
};
