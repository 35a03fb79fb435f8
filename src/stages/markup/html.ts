import { cleanDataDirs } from "../../clean/data.js";
import { type ArticleExtraction, type ExtractionAttempt, extractArticle } from "../../clean/html/extract.js";
import { loadClassHints } from "../../clean/html/hints.js";
import type { HtmlMetadata } from "../../clean/html/metadata.js";
import type { RemovedSpan } from "../../doc/types.js";

export type { HtmlMetadata } from "../../clean/html/metadata.js";
export type { ArticleExtraction, ExtractionAttempt } from "../../clean/html/extract.js";

/** The result of reading an HTML page: paragraphs of article text, metadata and what was left out. */
export interface HtmlReading {
  paragraphs: string[];
  metadata: HtmlMetadata;
  removed: RemovedSpan[];
  /** The element the paragraphs came from (`article.story`, `main`, `document`) or `json-ld`. */
  container: string;
  /** The tag of that element (`article`, `main`, `div`, `#root` for the whole document) or `json-ld`. */
  containerTag: string;
  /** The numbered extraction cascade with the reason for each step. */
  attempts: ExtractionAttempt[];
}

/**
 * Read the article out of an HTML page (see {@link extractArticle}) with the
 * shipped class/id hints plus any extra data folders.
 *
 * @example
 * const r = readHtml("<article><h1>T</h1><p>Kenya and Ethiopia agreed …</p></article>");
 * r.paragraphs // ["Kenya and Ethiopia agreed …"]
 */
export function readHtml(html: string, dataDirs: readonly string[] = cleanDataDirs()): HtmlReading {
  const r = extractHtml(html, dataDirs);
  return {
    paragraphs: r.paragraphs.map((p) => p.text),
    metadata: r.metadata,
    removed: r.removed,
    container: r.container,
    containerTag: r.containerTag,
    attempts: r.attempts,
  };
}

/** {@link extractArticle} with the hints of the given data folders (paragraphs keep their input offsets). */
export function extractHtml(html: string, dataDirs: readonly string[] = cleanDataDirs()): ArticleExtraction {
  return extractArticle(html, { hints: loadClassHints(dataDirs) });
}
