import { join } from "node:path";
import type { EvalSection, SectionResult } from "../section.js";
import { evaluateTagging, formatTaggingReport } from "./tagging.js";

/** The `tagging` section of `npm run eval`: UPOS/XPOS/lemma accuracy on EWT dev and test, gold tokenisation. */
export const taggingSection: EvalSection = {
  name: "tagging",
  description: "POS tagger + lemmatizer on UD English EWT dev/test (gold tokenisation)",
  needsShared: true,
  async run(shared: string | null): Promise<SectionResult> {
    const report = shared ? evaluateTagging(join(shared, "ud", "UD_English-EWT")) : null;
    if (!report) return { metrics: {}, lines: ["skipped: UD_English-EWT is absent from ../shared/ud"] };
    const metrics: Record<string, number> = { "tagging.load_ms": report.loadMs };
    for (const s of report.splits) {
      metrics[`tagging.${s.split}_upos`] = s.upos * 100;
      metrics[`tagging.${s.split}_xpos`] = s.xpos * 100;
      metrics[`tagging.${s.split}_lemma`] = s.lemma * 100;
      metrics[`tagging.${s.split}_words_per_s`] = s.wordsPerSecond;
    }
    return { metrics, lines: formatTaggingReport(report) };
  },
};
