import { MappedText } from "../../clean/mapped.js";
import { setMappedText, textMap } from "../../clean/offsets.js";
import type { Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import type { Stage } from "../../pipeline/stage.js";
import { normalizeMapped } from "./normalize.js";

/**
 * Normalise stage: character-level normalisation of the text the markup
 * stage produced (see {@link normalizeMapped}: mojibake, NFC, invisible
 * characters, quotes/dashes/ellipsis, redaction marks, broken words,
 * whitespace), keeping the map to input offsets. How many changes each step
 * made is recorded in `doc.provenance.normalized` (e.g. `mojibake:3, redaction-marks:5`).
 */
export const normalizeStage: Stage = {
  name: "normalize",
  description:
    "mojibake repair, Unicode NFC, invisible characters, quotes/dashes, redaction marks, broken words, whitespace",
  requires: ["metadata"],
  assigns: ["text"],
  run(doc: Doc): Doc {
    const input = textMap(doc) ?? MappedText.identity(doc.text);
    const result = normalizeMapped(input);
    setMappedText(doc, result.text);
    const changes = Object.entries(result.changes).map(([k, v]) => `${k}:${v}`);
    if (changes.length > 0) doc.provenance["normalized"] = changes.join(", ");
    if (!doc.text)
      throw new ChanceryError("CH_INPUT_EMPTY", "no text left after normalisation", { item: doc.id });
    return doc;
  },
};
