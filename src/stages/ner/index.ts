import type { Doc } from "../../doc/doc.js";
import { loadNerRecognizer } from "../../nlp/ner/io.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { buildEntities, tagTokens, tokenMentions } from "./entities.js";
import { recognizerWords } from "./words.js";

/**
 * Named-entity stage: finds persons, organisations, locations and other
 * names (PER, ORG, LOC, MISC, CoNLL-2003 conventions) with the committed
 * recogniser (`models/ner.bin.gz`, read once per process), writes a BIO tag
 * on every token (`token.ner`) and one entity per distinct name and type in
 * `doc.entities`, each with its mentions' character offsets.
 */
export const nerStage: Stage = {
  name: "ner",
  description: "named entities (PER, ORG, LOC, MISC) as BIO token tags and document entities with mentions",
  requires: ["tokens"],
  assigns: ["ner", "entities"],
  run(doc: Doc, _ctx: StageContext): Doc {
    const words = recognizerWords(doc.text, doc.tokens);
    const spans =
      words.length === 0 ? [] : loadNerRecognizer().recognize(words.map((s) => s.map((w) => w.text)));
    const mentions = tokenMentions(words, spans);
    tagTokens(doc.tokens, mentions);
    doc.entities = buildEntities(doc.text, doc.tokens, mentions);
    return doc;
  },
};
