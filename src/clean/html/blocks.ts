import { MappedText } from "../mapped.js";
import { type HtmlElement, type HtmlNode, textOf } from "./dom.js";
import type { ElementTable } from "./table.js";

export { type ElementTable, tabulate } from "./table.js";

/** Elements that flow inside a line of text; every other element starts a new block. */
const INLINE = new Set(
  (
    "a abbr acronym b bdi bdo big cite code data del dfn em font i img ins kbd label mark meter nobr " +
    "output picture progress q rp rt ruby s samp small source span strike strong sub sup time tt u " +
    "var wbr"
  ).split(" "),
);

/** Elements that always start a new block. */
const BLOCK = new Set(
  (
    "#root address article aside blockquote body caption center dd details dialog dir div dl dt " +
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main " +
    "menu nav ol p pre section summary table tbody td tfoot th thead tr ul"
  ).split(" "),
);

/**
 * Whether an element flows inline (does not break the text into blocks).
 * Known inline tags do; known block tags do not; any other element (custom
 * elements such as `<hl-trusted-source>`, `<o:p>`) flows inline unless it
 * contains a block element, as browsers render unknown elements inline.
 */
export function isInline(el: HtmlElement): boolean {
  if (INLINE.has(el.tag)) return true;
  if (BLOCK.has(el.tag)) return false;
  return !hasBlockDescendant(el, 0);
}

function hasBlockDescendant(el: HtmlElement, depth: number): boolean {
  if (depth > 40) return true;
  for (const c of el.children) {
    if (c.kind !== "element") continue;
    if (BLOCK.has(c.tag) || (!INLINE.has(c.tag) && hasBlockDescendant(c, depth + 1))) return true;
  }
  return false;
}

/** A paragraph-like run of text between block boundaries. */
export interface TextBlock {
  /** Whitespace-collapsed text, with its offsets into the HTML input. */
  text: MappedText;
  /** Index (in the {@link ElementTable}) of the innermost block element holding the text. */
  owner: number;
  /** Tag of that element. */
  tag: string;
  /** Non-space characters. */
  chars: number;
  /** Non-space characters inside links. */
  linkChars: number;
  /** Heading level 1–6, or 0. */
  heading: number;
  /** Position of the block in document order. */
  index: number;
}

/** Collects one block's characters and their input offsets, collapsing whitespace as it goes. */
class BlockBuilder {
  private chars: string[] = [];
  private origin: number[] = [];
  private lastEnd = 0;
  nonSpace = 0;
  linkChars = 0;

  get empty(): boolean {
    return this.nonSpace === 0;
  }

  addText(text: string, start: number, end: number, entity: boolean, inLink: boolean): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      const at = entity ? start : Math.min(start + i, end - 1);
      if (/\s/.test(ch)) {
        const last = this.chars[this.chars.length - 1];
        if (last === undefined || last === " " || last === "\n") continue;
        this.chars.push(" ");
        this.origin.push(at);
      } else {
        this.chars.push(ch);
        this.origin.push(at);
        this.nonSpace++;
        if (inLink) this.linkChars++;
      }
    }
    this.lastEnd = end;
  }

  addLineBreak(at: number): void {
    if (this.chars.length === 0) return;
    if (this.chars[this.chars.length - 1] === " ") {
      this.chars.pop();
      this.origin.pop();
    }
    if (this.chars[this.chars.length - 1] === "\n") return;
    this.chars.push("\n");
    this.origin.push(at);
    this.lastEnd = at + 1;
  }

  take(): MappedText {
    while (this.chars.length > 0 && /\s/.test(this.chars[this.chars.length - 1] as string)) {
      this.chars.pop();
      this.origin.pop();
    }
    const origin = new Int32Array(this.chars.length + 1);
    origin.set(this.origin);
    origin[this.chars.length] =
      this.chars.length > 0 ? (this.origin[this.origin.length - 1] as number) + 1 : this.lastEnd;
    const text = new MappedText(this.chars.join(""), origin);
    this.chars = [];
    this.origin = [];
    this.nonSpace = 0;
    this.linkChars = 0;
    return text;
  }
}

/** Tags whose content is never text of the article, whatever the class hints say. */
export const NEVER_TEXT = new Set(
  (
    "svg math iframe object embed canvas audio video map select option optgroup button input head " +
    "title meta link base frame frameset applet datalist"
  ).split(" "),
);

/** Inline content left out of a block (a caption span, screen-reader text …). */
export interface SkippedInline {
  text: string;
  reason: string;
  start: number;
}

/** The blocks of a page and the inline content left out of them. */
export interface Segmentation {
  blocks: TextBlock[];
  skipped: SkippedInline[];
}

/**
 * Split a page into text blocks in document order. Text under elements in
 * {@link NEVER_TEXT} is skipped; `<br>` becomes a line break inside a block.
 * An inline element for which `skipInline` gives a reason is left out of its
 * block (and listed in `skipped`) without splitting the block.
 */
export function segmentBlocks(
  table: ElementTable,
  skipInline: (el: HtmlElement) => string | null = () => null,
): Segmentation {
  const blocks: TextBlock[] = [];
  const skipped: SkippedInline[] = [];
  const builder = new BlockBuilder();
  let owner = 0;
  const flush = () => {
    if (builder.empty) {
      builder.take();
      return;
    }
    const chars = builder.nonSpace;
    const linkChars = builder.linkChars;
    const el = table.elements[owner] as HtmlElement;
    const m = /^h([1-6])$/.exec(el.tag);
    blocks.push({
      text: builder.take(),
      owner,
      tag: el.tag,
      chars,
      linkChars,
      heading: m ? Number(m[1]) : 0,
      index: blocks.length,
    });
  };
  type Frame = { el: HtmlElement; child: number; block: boolean; prevOwner: number; link: boolean };
  const root = table.elements[0] as HtmlElement;
  const stack: Frame[] = [{ el: root, child: 0, block: true, prevOwner: 0, link: false }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    if (f.child >= f.el.children.length) {
      stack.pop();
      if (f.block) {
        flush();
        owner = f.prevOwner;
      }
      continue;
    }
    const node = f.el.children[f.child++] as HtmlNode;
    if (node.kind === "text") {
      builder.addText(node.text, node.start, node.end, node.entity, f.link);
      continue;
    }
    if (NEVER_TEXT.has(node.tag)) continue;
    if (node.tag === "br") {
      builder.addLineBreak(node.start);
      continue;
    }
    const block = !isInline(node);
    if (!block) {
      const reason = skipInline(node);
      if (reason) {
        const text = textOf(node);
        if (text) skipped.push({ text, reason, start: node.start });
        continue;
      }
    }
    if (block) flush();
    const frame: Frame = { el: node, child: 0, block, prevOwner: owner, link: f.link || node.tag === "a" };
    if (block) owner = table.indexOf.get(node) ?? owner;
    stack.push(frame);
  }
  flush();
  return { blocks, skipped };
}
