import type { RemovedSpan } from "../../doc/types.js";
import type { MappedText } from "../mapped.js";
import { isTitleHeading } from "../title.js";
import type { ElementTable, TextBlock } from "./blocks.js";
import { linkDensity } from "./container.js";
import type { HtmlElement } from "./dom.js";
import { furnitureReason } from "./furniture.js";
import type { ClassHints } from "./hints.js";

/**
 * Whether a block is mostly a link (a related-story title, a "Read more:"
 * line, a tag list) rather than a sentence that happens to link a lot: over
 * half its characters are link text and it does not end as a sentence, or
 * over 80% are.
 */
export function isLinkList(b: TextBlock): boolean {
  const ld = linkDensity(b);
  if (ld <= 0.5 || b.chars >= 400) return false;
  return ld > 0.8 || !endsAsSentence(b);
}

/** Whether a block ends with sentence punctuation (closing quotes and brackets allowed after it). */
export function endsAsSentence(b: TextBlock): boolean {
  return /[.!?…。！？]["”’»)\]]*$/.test(b.text.text);
}

/** Furniture reasons that also apply to inline elements (their text leaves the sentence around them intact). */
const INLINE_FURNITURE = new Set(["caption", "hidden", "advert", "share", "newsletter", "cookie", "popup"]);

/** Why an inline element is furniture to leave out of its paragraph, or null. */
export function inlineFurniture(el: HtmlElement, hints: ClassHints): string | null {
  const reason = furnitureReason(el, hints);
  return reason && INLINE_FURNITURE.has(reason) ? reason : null;
}

/** The blocks of a container that make the article, with the reason each other block was left out. */
export function articleBlocks(
  table: ElementTable,
  blocks: readonly TextBlock[],
  inherited: readonly (string | null)[],
  container: number,
  titles: readonly string[],
  removed: RemovedSpan[],
  headline: { text: string | null },
): MappedText[] {
  const end = table.subtreeEnd[container] as number;
  const kept: MappedText[] = [];
  let titleSeen = false;
  for (const b of blocks) {
    const inside = b.owner >= container && b.owner < end;
    const record = (reason: string) =>
      removed.push({ text: b.text.text, reason, inputStart: b.text.inputOffset(0) });
    if (!inside) {
      const isTitle =
        !titleSeen && b.chars <= 250 && kept.length === 0 && isTitleHeading(b.text.text, titles);
      if (isTitle) {
        titleSeen = true;
        headline.text = b.text.text;
      }
      record(inherited[b.owner] ?? (isTitle ? "title-heading" : "outside-article"));
      continue;
    }
    const furniture = inherited[b.owner];
    if (furniture) {
      record(furniture);
      continue;
    }
    if (
      !titleSeen &&
      kept.length <= 2 &&
      b.chars <= 250 &&
      (b.heading > 0 || !/[.!?]$/.test(b.text.text)) &&
      isTitleHeading(b.text.text, titles)
    ) {
      titleSeen = true;
      headline.text = b.text.text;
      record("title-heading");
      continue;
    }
    if (isLinkList(b)) {
      record("link-dense");
      continue;
    }
    kept.push(b.text);
  }
  return kept;
}
