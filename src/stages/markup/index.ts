import { addWarning, type Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import type { Stage } from "../../pipeline/stage.js";
import { normalizePublishedAt } from "../../util/dates.js";
import { readHtml } from "./html.js";

/**
 * Markup stage: turns the raw input into body text and page metadata.
 *
 * - HTML: body text from `<article>` (or `<main>`, else `<body>`) with page
 *   chrome (script, style, nav, header, footer, aside, forms, share/comment/
 *   cookie containers) left out and recorded in `doc.removed`; title,
 *   publication date, canonical URL, language, site name and byline from meta
 *   tags, JSON-LD and `<time>`. Fields the input record states win; page
 *   metadata only fills gaps, and `doc.provenance` says where each came from.
 * - Plain text: the text as given.
 *
 * The text is normalised afterwards by the `normalize` stage.
 */
export const markupStage: Stage = {
  name: "markup",
  description: "HTML → body text + metadata (title, date, canonical URL, language); plain text passes through",
  requires: ["raw"],
  assigns: ["metadata"],
  run(doc: Doc): Doc {
    if (doc.rawKind === "text") {
      doc.text = doc.raw;
      return doc;
    }
    const page = readHtml(doc.raw);
    const body = page.paragraphs.join("\n\n");
    if (!body.trim()) throw new ChanceryError("CH_HTML_NO_BODY", "no visible text in the page body", { item: doc.id });
    doc.text = body;
    doc.removed.push(...page.removed);
    const m = page.metadata;
    if (!doc.title && m.title) {
      doc.title = m.title.value;
      doc.provenance["title"] = m.title.from;
    }
    if (!doc.published_at && m.publishedAt) {
      const value = normalizePublishedAt(m.publishedAt.value);
      if (value) {
        doc.published_at = value;
        doc.provenance["published_at"] = m.publishedAt.from;
      } else {
        addWarning(doc, "CH_W_DATE_UNREADABLE", `publication date "${m.publishedAt.value}" (${m.publishedAt.from}) could not be read`);
      }
    }
    if (!doc.url && m.canonicalUrl) {
      doc.url = m.canonicalUrl.value;
      doc.provenance["url"] = m.canonicalUrl.from;
    }
    if (!doc.language && m.language) {
      doc.language = m.language.value.slice(0, 2).toLowerCase();
      doc.provenance["language"] = m.language.from;
    }
    if (m.siteName) doc.provenance["site_name"] = m.siteName.value;
    if (m.byline) doc.provenance["byline"] = m.byline.value;
    doc.provenance["container"] = page.container;
    return doc;
  },
};
