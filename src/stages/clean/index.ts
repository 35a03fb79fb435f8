import { cleanDataDirs } from "../../clean/data.js";
import { MappedText } from "../../clean/mapped.js";
import { setMappedText, textMap } from "../../clean/offsets.js";
import { cleanText } from "../../clean/text/clean.js";
import { loadBoilerplateRules } from "../../clean/text/rules.js";
import type { Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";

/**
 * Clean stage: removes the junk scrapes leave inside the text — embedded
 * script/CSS/JSON, share/cookie/newsletter/comment-form lines, author bios
 * and "View all posts by", navigation crumbs, "Read more"/"Related" lists,
 * repeated headers, captions ("Photo: File"), calls to follow or subscribe —
 * and records every removed span with its reason and input offset in
 * `doc.removed` (see `cleanText` and `data/clean/boilerplate.tsv`). A date
 * line at the top (`date 2024-04-26`) fills a missing publication date
 * (provenance `dateline`). The result is the clean text every later offset
 * refers to. The `cleanData` option names extra data folders.
 *
 * @throws ChanceryError `CH_INPUT_EMPTY` when nothing but junk was left.
 */
export const cleanStage: Stage = {
  name: "clean",
  description:
    "removes scrape junk (code, share/cookie/newsletter/comment lines, bios, related lists, captions) and records why",
  requires: ["text"],
  assigns: ["text"],
  run(doc: Doc, ctx?: StageContext): Doc {
    const rules = loadBoilerplateRules(cleanDataDirs(ctx?.options["cleanData"]));
    const input = textMap(doc) ?? MappedText.identity(doc.text);
    const result = cleanText(input, { rules, title: doc.title });
    doc.removed.push(...result.removed);
    setMappedText(doc, result.text);
    if (result.dateline && !doc.published_at) {
      doc.published_at = result.dateline;
      doc.provenance["published_at"] = "dateline";
    }
    if (!doc.text)
      throw new ChanceryError("CH_INPUT_EMPTY", "nothing but boilerplate was left after cleaning", {
        item: doc.id,
      });
    return doc;
  },
};
