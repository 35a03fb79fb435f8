import { cleanDataDirs } from "../../clean/data.js";
import { detectLanguage, loadLanguageTable } from "../../clean/language.js";
import { addWarning, type Doc } from "../../doc/doc.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";

/** The warning code attached to documents that are not in English. */
export const NOT_ENGLISH = "CH_W_NOT_ENGLISH";

/**
 * Whether English-only stages should process a document: its language is
 * English, or unknown (short texts, language stage not run).
 *
 * @example
 * if (!isEnglishDoc(doc)) return doc; // an English-only stage skips it
 */
export function isEnglishDoc(doc: Doc): boolean {
  return doc.language === null || doc.language === "en";
}

/**
 * Language stage: detects the language of the clean text (franc, among the
 * languages of `data/clean/languages.tsv`) and sets `doc.language` (ISO
 * 639-1), with `doc.provenance.language` = `detected`. A language the input
 * record states is kept. A language the page declares (`<html lang>`, meta)
 * breaks near ties and stands when the text is too short to tell. Documents
 * not in English are kept but get a `CH_W_NOT_ENGLISH` warning saying why, so
 * English-only stages can skip them ({@link isEnglishDoc}).
 */
export const languageStage: Stage = {
  name: "language",
  description:
    "detects the text's language (franc); non-English documents are kept and flagged CH_W_NOT_ENGLISH",
  requires: ["text"],
  assigns: ["language"],
  run(doc: Doc, ctx?: StageContext): Doc {
    const table = loadLanguageTable(cleanDataDirs(ctx?.options["cleanData"]));
    const stated = doc.provenance["language"] === "record";
    const guess = detectLanguage(doc.text, table, { declared: doc.language });
    if (!stated && guess.language && guess.language.iso1 !== doc.language) {
      const before = doc.language;
      doc.language = guess.language.iso1;
      doc.provenance["language"] = before ? `detected (page said ${before})` : "detected";
    } else if (
      !stated &&
      guess.language &&
      doc.provenance["language"] !== undefined &&
      !doc.provenance["language"].startsWith("detected")
    ) {
      doc.provenance["language"] = `${doc.provenance["language"]}, confirmed by detection`;
    } else if (!stated && guess.language && doc.provenance["language"] === undefined) {
      doc.provenance["language"] = "detected";
    }
    if (doc.language && doc.language !== "en") {
      const row = table.byIso1.get(doc.language);
      const name = row ? `${row.name} (${doc.language})` : doc.language;
      const why = stated ? "the input record states it" : guess.reason;
      addWarning(
        doc,
        NOT_ENGLISH,
        `the text is in ${name}, not English (${why}); English-only stages skip it`,
      );
    }
    return doc;
  },
};
