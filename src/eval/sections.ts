import { cleaningSection } from "./cleaning.js";
import { corpusSection } from "./corpus.js";
import { segmentationSection } from "./nlp/segmentation.js";
import { taggingSection } from "./nlp/sections.js";
import { nerSection } from "./nlp/ner.js";
import { parsingSection } from "./nlp/parsing.js";
import { ploverGsrSection, syntheticSection } from "./events/plover.js";
import { placeSection, timeSection } from "./time/section.js";
import { linkingSection } from "./linking.js";
import type { EvalSection } from "./section.js";

/** Every evaluation section, in the order `npm run eval` runs them. */
export const EVAL_SECTIONS: readonly EvalSection[] = [
  corpusSection,
  cleaningSection,
  segmentationSection,
  taggingSection,
  parsingSection,
  nerSection,
  linkingSection,
  timeSection,
  placeSection,
  ploverGsrSection,
  syntheticSection,
];
