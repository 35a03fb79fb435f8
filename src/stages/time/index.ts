import type { Doc } from "../../doc/doc.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { detectPublishedAt } from "../../time/published.js";
import { findTimes } from "../../time/extract.js";

/**
 * Time stage: fills a missing publication date from fallbacks (HTML
 * `itemprop`/JSON-LD/`<time>` text, a dateline, the URL path; the source goes
 * to `provenance.published_at`), then finds the temporal expressions of the
 * text and normalises them TIMEX3-style (type DATE/TIME/DURATION/SET, value,
 * precision), anchored on the publication date; the parse, when present,
 * gives each expression its clause's tense ("met on Thursday" vs "will meet
 * on Thursday"). The `timeData` option names extra phrase-table folders.
 */
export const timeStage: Stage = {
  name: "time",
  description: "temporal expressions (TIMEX3 type, value, precision) anchored on the publication date",
  requires: ["sentences", "tokens"],
  assigns: ["times"],
  run(doc: Doc, ctx?: StageContext): Doc {
    detectPublishedAt(doc);
    const extra = ctx?.options["timeData"];
    doc.times = findTimes(doc, {
      timeData: Array.isArray(extra) ? extra.filter((x): x is string => typeof x === "string") : [],
    });
    return doc;
  },
};
