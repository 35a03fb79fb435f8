import type { Doc } from "../../doc/doc.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { segment } from "../../nlp/tokenize/index.js";

/**
 * Tokenize stage: splits the clean text into sentences (`doc.sentences`) and
 * tokens (`doc.tokens`, each with the index of its sentence), following UD
 * English EWT conventions so the tagger and parser trained on EWT see the
 * tokens they were trained on. See `segment` in `src/nlp/tokenize/`.
 */
export const tokenizeStage: Stage = {
  name: "tokenize",
  description: "sentences and UD English (EWT) tokens of the clean text, with character offsets",
  requires: ["text"],
  assigns: ["sentences", "tokens"],
  run(doc: Doc, _ctx: StageContext): Doc {
    const { sentences, tokens } = segment(doc.text);
    doc.sentences = sentences.map(({ start, end, text }) => ({ start, end, text }));
    doc.tokens = tokens.map(({ start, end, text, sentence, contraction }) =>
      contraction
        ? { start, end, text, sentence, contraction: true as const }
        : { start, end, text, sentence },
    );
    return doc;
  },
};
