import type { RemovedSpan } from "../../doc/types.js";
import type { MappedText } from "../mapped.js";
import { isTitleHeading } from "../title.js";
import { segmentBlocks, tabulate } from "./blocks.js";
import { bestContainer, describeElement, isProse, scoreContainers } from "./container.js";
import { type HtmlPage, parseHtml } from "./dom.js";
import { articleBlocks, endsAsSentence, inlineFurniture, isLinkList } from "./filters.js";
import { markFurniture } from "./furniture.js";
import { jsonBodyParagraphs, jsonLdOffset } from "./jsonld-body.js";
import type { ClassHints } from "./hints.js";
import { type HtmlMetadata, readMetadata } from "./metadata.js";

/** One step of the extraction cascade and what became of it. */
export interface ExtractionAttempt {
  /** 1-based step number. */
  step: number;
  /** `container`, `json-ld`, `all-prose`. */
  method: string;
  /** Characters the step produced. */
  chars: number;
  /** Whether this step's output was used. */
  used: boolean;
  /** Why the step was used or passed over. */
  reason: string;
}

/** The article read out of an HTML page. */
export interface ArticleExtraction {
  /** Paragraphs of the article, each mapped to its input offsets. */
  paragraphs: MappedText[];
  metadata: HtmlMetadata;
  /** What was left out and why. */
  removed: RemovedSpan[];
  /** The element the paragraphs came from (`article.post`, `div#content`, `document`), or `json-ld`. */
  container: string;
  /** The tag of that element (`article`, `main`, `div`, `body`, …), or `json-ld`. */
  containerTag: string;
  /** The numbered cascade, each attempt with its reason. */
  attempts: ExtractionAttempt[];
  /** The page's headline as shown in the body (the heading that repeats a title), when found. */
  headline: string | null;
}

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  hints: ClassHints;
  /** Below this many characters the container result counts as a failure and the cascade goes on. */
  minChars?: number;
}

/** Default for {@link ExtractOptions.minChars}. */
export const DEFAULT_MIN_CHARS = 250;

/** Shortest JSON-LD `articleBody` worth using (shorter ones are teasers). */
const MIN_JSON_CHARS = 80;

/**
 * Extract the article from an HTML page with a numbered cascade:
 *
 * 1. `container` — the element that gathers the most prose against the least
 *    junk (see {@link scoreContainers}), furniture (hidden elements, nav,
 *    aside, footer, header, forms, captions, share/comment/related/newsletter/
 *    ad/author-bio containers by class and id) left out, the title heading
 *    and link-dense blocks dropped;
 * 2. `json-ld` — the JSON-LD `articleBody`, when step 1 gave less than
 *    `minChars` or less than half of what the page itself states is the
 *    article, and the JSON-LD body is longer than step 1's text;
 * 3. `all-prose` — every prose block of the page outside furniture, when
 *    both gave less than `minChars`.
 *
 * Every step is recorded in `attempts` with the reason it was used or passed over.
 */
export function extractArticle(html: string, options: ExtractOptions): ArticleExtraction {
  const minChars = options.minChars ?? DEFAULT_MIN_CHARS;
  const page: HtmlPage = parseHtml(html);
  const metadata = readMetadata(page);
  const table = tabulate(page.root);
  const { blocks, skipped } = segmentBlocks(table, (e) => inlineFurniture(e, options.hints));
  const furniture = markFurniture(table, blocks, options.hints, isProse);
  const scores = scoreContainers(table, blocks, furniture, options.hints);
  const best = bestContainer(table, scores, furniture);
  const removed: RemovedSpan[] = page.rawBlocks
    .filter((r) => r.text.trim())
    .map((r) => ({ text: r.text.trim(), reason: `${r.tag}-element`, inputStart: r.start }));
  for (const s of skipped) removed.push({ text: s.text, reason: s.reason, inputStart: s.start });
  const titles = metadata.titles;
  const attempts: ExtractionAttempt[] = [];

  const stepRemoved: RemovedSpan[] = [];
  const found = { text: null as string | null };
  const paragraphs = articleBlocks(table, blocks, furniture.inherited, best, titles, stepRemoved, found);
  const headline = found.text;
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
  const el = table.elements[best];
  const container = el ? describeElement(el) : "document";
  const jsonBody = metadata.articleBody?.value.trim() ?? "";
  const jsonChars = jsonBody.length;

  if (chars >= minChars && !(jsonChars > Math.max(minChars, 2 * chars))) {
    attempts.push({
      step: 1,
      method: "container",
      chars,
      used: true,
      reason: `${container} holds ${chars} characters of article text`,
    });
    return {
      paragraphs,
      metadata,
      removed: [...removed, ...stepRemoved],
      container,
      containerTag: el?.tag ?? "#root",
      attempts,
      headline,
    };
  }
  attempts.push({
    step: 1,
    method: "container",
    chars,
    used: false,
    reason:
      chars < minChars
        ? `${container} holds only ${chars} characters (< ${minChars})`
        : `JSON-LD articleBody is over twice as long (${jsonChars} characters)`,
  });

  if (jsonChars > chars && jsonChars >= MIN_JSON_CHARS) {
    const start = metadata.articleBody ? jsonLdOffset(html, jsonBody) : 0;
    const json = jsonBodyParagraphs(jsonBody, start);
    attempts.push({
      step: 2,
      method: "json-ld",
      chars: jsonChars,
      used: true,
      reason: `JSON-LD articleBody has ${jsonChars} characters`,
    });
    const notUsed = paragraphs.map((p) => ({
      text: p.text,
      reason: "superseded-by-json-ld",
      inputStart: p.inputOffset(0),
    }));
    return {
      paragraphs: json,
      metadata,
      removed: [...removed, ...notUsed],
      container: "json-ld",
      containerTag: "json-ld",
      attempts,
      headline,
    };
  }
  attempts.push({
    step: 2,
    method: "json-ld",
    chars: jsonChars,
    used: false,
    reason:
      jsonChars === 0
        ? "no JSON-LD articleBody"
        : `JSON-LD articleBody has only ${jsonChars} characters (step 1: ${chars})`,
  });

  const proseRemoved: RemovedSpan[] = [];
  const prose: MappedText[] = [];
  for (const b of blocks) {
    const reason = furniture.inherited[b.owner];
    if (reason) proseRemoved.push({ text: b.text.text, reason, inputStart: b.text.inputOffset(0) });
    else if (
      !isLinkList(b) &&
      (isProse(b) || endsAsSentence(b) || (b.heading > 0 && !isTitleHeading(b.text.text, titles)))
    )
      prose.push(b.text);
    else proseRemoved.push({ text: b.text.text, reason: "not-prose", inputStart: b.text.inputOffset(0) });
  }
  const proseChars = prose.reduce((n, p) => n + p.text.length, 0);
  if (proseChars > chars) {
    attempts.push({
      step: 3,
      method: "all-prose",
      chars: proseChars,
      used: true,
      reason: `more text (${proseChars}) than step 1 (${chars})`,
    });
    return {
      paragraphs: prose,
      metadata,
      removed: [...removed, ...proseRemoved],
      container: "document",
      containerTag: "#root",
      attempts,
      headline,
    };
  }
  attempts.push({
    step: 3,
    method: "all-prose",
    chars: proseChars,
    used: false,
    reason: `no more text than step 1 (${proseChars} ≤ ${chars}); step 1 kept`,
  });
  const first = attempts[0] as ExtractionAttempt;
  first.used = true;
  return {
    paragraphs,
    metadata,
    removed: [...removed, ...stepRemoved],
    container,
    containerTag: el?.tag ?? "#root",
    attempts,
    headline,
  };
}
