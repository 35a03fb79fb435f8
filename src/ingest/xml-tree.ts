import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ChanceryError } from "../errors.js";

/** An XML element as a small ordered tree. */
export interface XmlElement {
  /** The qualified name as written, e.g. `item`, `content:encoded`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** A child of an element: an element or a run of text (CDATA included). */
export type XmlNode = XmlElement | string;

const ATTR_PREFIX = "@_";

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR_PREFIX,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** One node of fast-xml-parser's `preserveOrder` output. */
type OrderedNode = Record<string, unknown>;

function convert(nodes: unknown): XmlNode[] {
  const out: XmlNode[] = [];
  if (!Array.isArray(nodes)) return out;
  for (const node of nodes as OrderedNode[]) {
    for (const [key, value] of Object.entries(node)) {
      if (key === ":@") continue;
      if (key === "#text") {
        out.push(String(value));
        continue;
      }
      if (key.startsWith("?") || key.startsWith("!")) continue;
      const attrs: Record<string, string> = {};
      const rawAttrs = node[":@"];
      if (rawAttrs && typeof rawAttrs === "object") {
        for (const [name, attr] of Object.entries(rawAttrs as Record<string, unknown>)) {
          attrs[name.startsWith(ATTR_PREFIX) ? name.slice(ATTR_PREFIX.length) : name] = String(attr);
        }
      }
      out.push({ name: key, attrs, children: convert(value) });
    }
  }
  return out;
}

/**
 * Check and parse an XML document into its root element.
 *
 * @throws ChanceryError `CH_FEED_INVALID` naming `item` and the line/column of the first error.
 */
export function parseXml(text: string, item: string): XmlElement {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ChanceryError(
      "CH_FEED_INVALID",
      `the XML is not well-formed at line ${line}, column ${col}: ${msg}`,
      {
        item,
      },
    );
  }
  const root = convert(parser.parse(text)).find((node): node is XmlElement => typeof node !== "string");
  if (!root) throw new ChanceryError("CH_FEED_INVALID", "the document has no root element", { item });
  return root;
}

/** The part of a qualified name after its prefix (`dc:date` → `date`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** Child elements of `el` with one of the given qualified names, in document order. */
export function childrenNamed(el: XmlElement, ...names: string[]): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== "string" && names.includes(c.name));
}

/** The first child element with one of the given qualified names (earlier names preferred). */
export function firstChild(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = childrenNamed(el, name)[0];
    if (found) return found;
  }
  return undefined;
}

/** All text inside `el`, concatenated. */
export function textContent(el: XmlElement | undefined): string {
  if (!el) return "";
  return el.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Serialise the children of `el` back to markup (for inline XHTML content). */
export function innerMarkup(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === "string") return escapeText(c);
      const attrs = Object.entries(c.attrs)
        .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
        .map(([name, value]) => ` ${localName(name)}="${escapeAttr(value)}"`)
        .join("");
      const name = localName(c.name);
      if (VOID_ELEMENTS.has(name) && c.children.length === 0) return `<${name}${attrs}>`;
      return `<${name}${attrs}>${innerMarkup(c)}</${name}>`;
    })
    .join("");
}
