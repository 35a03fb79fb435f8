import { Parser } from "htmlparser2";

/** A run of text in the page, with the input range it was decoded from. */
export interface HtmlText {
  readonly kind: "text";
  /** Decoded text (entities resolved, whitespace as written). */
  readonly text: string;
  /** Offset of the first input character of this run. */
  readonly start: number;
  /** Offset one past the last input character of this run. */
  readonly end: number;
  /** True when the run is one decoded entity, so its characters cannot be mapped one to one. */
  readonly entity: boolean;
  parent: HtmlElement;
}

/** An element of the page. */
export interface HtmlElement {
  readonly kind: "element";
  /** Lower-case tag name; `#root` for the document. */
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  parent: HtmlElement | null;
  /** Input offset of the `<` of the start tag. */
  readonly start: number;
  /** Input offset one past the end tag (or the last child when the tag was never closed). */
  end: number;
}

/** A node of the page tree. */
export type HtmlNode = HtmlElement | HtmlText;

/** A parsed page: its tree plus the raw-text blocks the tree leaves out. */
export interface HtmlPage {
  root: HtmlElement;
  /** Text of the `<title>` element. */
  titleText: string;
  /** Bodies of `<script type="application/ld+json">` blocks. */
  jsonLd: string[];
  /** Input ranges of script/style/… blocks left out of the tree, for the removal record. */
  rawBlocks: { tag: string; start: number; end: number; text: string }[];
}

/** Elements whose content is never text of the page (kept out of the tree, recorded in {@link HtmlPage.rawBlocks}). */
export const RAW_TEXT = new Set(["script", "style", "noscript", "template", "textarea", "xmp", "plaintext"]);

/**
 * Parse HTML into a light tree that keeps input offsets, in one pass of
 * htmlparser2 (which repairs misnesting the way browsers mostly do: implied
 * end tags, stray closing tags ignored). Never throws on malformed input.
 */
export function parseHtml(html: string): HtmlPage {
  const root: HtmlElement = {
    kind: "element",
    tag: "#root",
    attrs: {},
    children: [],
    parent: null,
    start: 0,
    end: html.length,
  };
  const page: HtmlPage = { root, titleText: "", jsonLd: [], rawBlocks: [] };
  let current = root;
  let rawDepth = 0;
  let rawStart = 0;
  let rawText = "";
  let rawTag = "";
  let inTitle = false;
  let isJsonLd = false;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (rawDepth > 0) {
          rawDepth++;
          return;
        }
        if (RAW_TEXT.has(name)) {
          rawDepth = 1;
          rawStart = parser.startIndex;
          rawText = "";
          rawTag = name;
          isJsonLd = name === "script" && /ld\+json/i.test(attrs["type"] ?? "");
          return;
        }
        const el: HtmlElement = {
          kind: "element",
          tag: name,
          attrs,
          children: [],
          parent: current,
          start: parser.startIndex,
          end: parser.endIndex + 1,
        };
        current.children.push(el);
        current = el;
        if (name === "title") inTitle = true;
      },
      ontext(data) {
        if (rawDepth > 0) {
          rawText += data;
          return;
        }
        if (inTitle) {
          page.titleText += data;
          return;
        }
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        current.children.push({
          kind: "text",
          text: data,
          start,
          end,
          entity: end - start !== data.length,
          parent: current,
        });
      },
      onclosetag(name) {
        if (rawDepth > 0) {
          rawDepth--;
          if (rawDepth > 0) return;
          const end = parser.endIndex + 1;
          if (isJsonLd) page.jsonLd.push(rawText);
          else page.rawBlocks.push({ tag: rawTag, start: rawStart, end, text: rawText });
          return;
        }
        if (name === "title") inTitle = false;
        // htmlparser2 only reports closes of open elements, innermost first.
        if (current.tag === name && current.parent) {
          current.end = Math.max(current.end, parser.endIndex + 1);
          current = current.parent;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return page;
}

/** Every descendant element, depth first (the element itself excluded). */
export function* descendants(el: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i];
    if (c?.kind === "element") stack.push(c);
  }
  while (stack.length > 0) {
    const next = stack.pop() as HtmlElement;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) {
      const c = next.children[i];
      if (c?.kind === "element") stack.push(c);
    }
  }
}

/** The decoded text of a subtree, whitespace collapsed (iterative, so deep nesting cannot overflow the stack). */
export function textOf(node: HtmlNode): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode;
    if (n.kind === "text") parts.push(n.text);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as HtmlNode);
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}
