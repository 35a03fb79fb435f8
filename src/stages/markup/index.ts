import { cleanDataDirs } from "../../clean/data.js";
import { MappedText } from "../../clean/mapped.js";
import { setMappedText } from "../../clean/offsets.js";
import { addWarning, type Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { normalizePublishedAt } from "../../util/dates.js";
import { extractHtml } from "./html.js";

/**
 * Markup stage: turns the raw input into article text and page metadata.
 *
 * - HTML: the article's paragraphs (see `extractArticle`: the container that
 *   gathers the most prose against the least junk, furniture such as
 *   scripts, navigation, share bars, comments, related links, captions and
 *   author boxes left out, with JSON-LD `articleBody` and all-prose
 *   fallbacks), each left-out block recorded in `doc.removed`; title,
 *   publication date, canonical URL, language, site name and byline from
 *   meta tags, JSON-LD, `<time>` and `<title>`. Fields the input record
 *   states win; page metadata only fills gaps, and `doc.provenance` says
 *   where each came from, which container was used (`container`) and which
 *   step of the cascade produced the text (`extraction`).
 * - Plain text: the text as given.
 *
 * Either way the text keeps a map to input offsets (`paragraphSources`).
 * The `cleanData` option names extra data folders (see `docs/cleaning.md`).
 */
export const markupStage: Stage = {
  name: "markup",
  description:
    "HTML → article paragraphs + metadata (title, date, canonical URL, language, byline); plain text passes through",
  requires: ["raw"],
  assigns: ["metadata"],
  run(doc: Doc, ctx?: StageContext): Doc {
    if (doc.rawKind === "text") {
      setMappedText(doc, MappedText.identity(doc.raw));
      return doc;
    }
    const page = extractHtml(doc.raw, cleanDataDirs(ctx?.options["cleanData"]));
    const body = MappedText.join(page.paragraphs, "\n\n");
    if (!body.text.trim())
      throw new ChanceryError("CH_HTML_NO_BODY", "no visible text in the page body", { item: doc.id });
    setMappedText(doc, body);
    doc.removed.push(...page.removed);
    const m = page.metadata;
    if (!doc.title && m.title) {
      // A <title> usually carries the site name too; the headline shown in the body does not.
      const fromHeading =
        m.title.from === "title-tag" && page.headline && m.title.value.includes(page.headline);
      doc.title = fromHeading ? (page.headline as string) : m.title.value;
      doc.provenance["title"] = fromHeading ? "heading" : m.title.from;
    }
    if (!doc.published_at && m.publishedAt) {
      const value = normalizePublishedAt(m.publishedAt.value);
      if (value) {
        doc.published_at = value;
        doc.provenance["published_at"] = m.publishedAt.from;
      } else {
        addWarning(
          doc,
          "CH_W_DATE_UNREADABLE",
          `publication date "${m.publishedAt.value}" (${m.publishedAt.from}) could not be read`,
        );
      }
    }
    if (!doc.url && m.canonicalUrl) {
      doc.url = m.canonicalUrl.value;
      doc.provenance["url"] = m.canonicalUrl.from;
    }
    if (!doc.language && m.language) {
      const code = m.language.value.trim().slice(0, 2).toLowerCase();
      if (/^[a-z]{2}$/.test(code)) {
        doc.language = code;
        doc.provenance["language"] = m.language.from;
      }
    }
    if (m.siteName) doc.provenance["site_name"] = m.siteName.value;
    if (m.byline) doc.provenance["byline"] = m.byline.value;
    doc.provenance["container"] = page.container;
    const used = page.attempts.find((a) => a.used);
    if (used) doc.provenance["extraction"] = `step ${used.step} ${used.method}: ${used.reason}`;
    if (used && used.step > 1) {
      const first = page.attempts[0];
      addWarning(
        doc,
        "CH_W_EXTRACTION_FALLBACK",
        `article text from step ${used.step} (${used.method}); step 1 ${first ? `failed: ${first.reason}` : "failed"}`,
      );
    }
    return doc;
  },
};
