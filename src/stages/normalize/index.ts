import type { Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import type { Stage } from "../../pipeline/stage.js";
import { normalizeText } from "./normalize.js";

/**
 * Normalise stage: produces the clean text (`doc.text`) that every later
 * offset refers to. See {@link normalizeText} for what it changes.
 */
export const normalizeStage: Stage = {
  name: "normalize",
  description: "Unicode NFC, control/zero-width characters, spaces and blank lines → the clean text all offsets use",
  requires: ["metadata"],
  assigns: ["text"],
  run(doc: Doc): Doc {
    doc.text = normalizeText(doc.text);
    if (!doc.text) throw new ChanceryError("CH_INPUT_EMPTY", "no text left after normalisation", { item: doc.id });
    return doc;
  },
};
