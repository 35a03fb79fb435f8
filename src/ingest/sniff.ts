import { mediaType } from "./charset.js";
import { detectBom, looksBinary } from "./decode.js";

/** The input formats Chancery reads. */
export type SourceFormat = "text" | "html" | "json" | "jsonl" | "csv" | "warc" | "feed";

/** The syndication formats recognised by their root element. */
export type FeedKind = "rss" | "atom" | "rdf";

const EXTENSIONS: Record<string, SourceFormat | "xml"> = {
  ".txt": "text",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".warc": "warc",
  ".warc.gz": "warc",
  ".rss": "feed",
  ".atom": "feed",
  ".xml": "xml",
};

/**
 * The format a file name's extension implies (case-insensitive), `"xml"`
 * when only the root element can tell (feed or not), or null for unknown
 * extensions.
 */
export function formatFromExtension(name: string): SourceFormat | "xml" | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".warc.gz")) return "warc";
  const dot = lower.lastIndexOf(".");
  const slash = Math.max(lower.lastIndexOf("/"), lower.lastIndexOf("\\"));
  if (dot <= slash + 1) return null;
  return EXTENSIONS[lower.slice(dot)] ?? null;
}

const latin1 = new TextDecoder("latin1");

/** The first element name of an XML/HTML head, skipping the prolog (declaration, comments, doctype). */
export function rootElement(head: Uint8Array): string | null {
  const bom = detectBom(head);
  let text = latin1.decode(head.subarray(bom?.length ?? 0, 8192));
  for (;;) {
    text = text.trimStart();
    if (text.startsWith("<?")) {
      const end = text.indexOf("?>");
      if (end < 0) return null;
      text = text.slice(end + 2);
    } else if (text.startsWith("<!--")) {
      const end = text.indexOf("-->");
      if (end < 0) return null;
      text = text.slice(end + 3);
    } else if (text.startsWith("<!")) {
      const end = text.indexOf(">");
      if (end < 0) return null;
      text = text.slice(end + 1);
    } else {
      break;
    }
  }
  const match = /^<([A-Za-z_][\w:.-]*)/.exec(text);
  return match ? match[1]! : null;
}

/** Which feed format the root element of `head` announces, or null when it is not a feed. */
export function feedKind(head: Uint8Array): FeedKind | null {
  const root = rootElement(head)?.toLowerCase();
  if (root === undefined) return null;
  const local = root.slice(root.indexOf(":") + 1);
  if (local === "rss") return "rss";
  if (local === "feed") return "atom";
  if (local === "rdf") return "rdf";
  return null;
}

/** The first byte of `head` that is not whitespace (after any BOM), or undefined. */
export function firstSignificantByte(head: Uint8Array): number | undefined {
  const start = detectBom(head)?.length ?? 0;
  for (let i = start; i < head.length; i++) {
    const byte = head[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return byte;
  }
  return undefined;
}

/** Whether the first line of `head` is a complete JSON value, i.e. the input reads as JSON Lines. */
export function firstLineIsJson(head: Uint8Array): boolean {
  const start = detectBom(head)?.length ?? 0;
  const text = new TextDecoder().decode(head.subarray(start));
  const line = text.trimStart().split("\n", 1)[0] ?? "";
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** Format from the content alone: `{` → JSONL or JSON, `[` → JSON, `<` → feed or HTML, else text. */
function formatFromContent(head: Uint8Array): SourceFormat | null {
  const first = firstSignificantByte(head);
  if (first === undefined) return "text";
  if (first === 0x7b) return firstLineIsJson(head) ? "jsonl" : "json";
  if (first === 0x5b) return "json";
  if (first === 0x3c) return feedKind(head) ? "feed" : "html";
  return looksBinary(head) ? null : "text";
}

function formatFromMediaType(type: string, head: Uint8Array | undefined): SourceFormat | null | undefined {
  const isFeed = head !== undefined && feedKind(head) !== null;
  switch (type) {
    case "text/html":
    case "application/xhtml+xml":
      return isFeed ? "feed" : "html";
    case "application/rss+xml":
    case "application/atom+xml":
    case "application/rdf+xml":
    case "application/xml":
    case "text/xml":
      if (head === undefined || isFeed) return "feed";
      return /^html$/i.test(rootElement(head) ?? "") ? "html" : null;
    case "text/plain":
      return isFeed ? "feed" : "text";
    case "application/json":
      return head
        ? firstLineIsJson(head) && firstSignificantByte(head) === 0x7b
          ? "jsonl"
          : "json"
        : "json";
    case "application/x-ndjson":
    case "application/jsonl":
    case "application/jsonlines":
    case "application/x-jsonlines":
      return "jsonl";
    case "text/csv":
      return "csv";
    case "application/warc":
      return "warc";
    case "application/octet-stream":
    case "binary/octet-stream":
      return undefined;
    default:
      return null;
  }
}

/** What {@link sniffFormat} may look at; any subset. */
export interface SniffInput {
  /** A file name or URL path; its extension decides first. */
  name?: string;
  /** A Content-Type header value. */
  contentType?: string | null;
  /** The first bytes of the input (a few KiB suffice; JSON Lines needs the whole first line). */
  head?: Uint8Array;
}

/**
 * Decide the format of an input from its name, then its Content-Type, then
 * its first bytes. Returns null for formats Chancery does not read
 * (e.g. an `.xml` file that is not a feed, a PDF, an image).
 *
 * @example
 * sniffFormat({ name: "news.jsonl" })                          // "jsonl"
 * sniffFormat({ contentType: "application/rss+xml" })          // "feed"
 * sniffFormat({ head: new TextEncoder().encode("<rss>…") })    // "feed"
 */
export function sniffFormat(input: SniffInput): SourceFormat | null {
  if (input.name) {
    const byName = formatFromExtension(input.name);
    if (byName === "xml") return input.head === undefined || feedKind(input.head) ? "feed" : null;
    if (byName) return byName;
  }
  const type = mediaType(input.contentType);
  if (type) {
    const byType = formatFromMediaType(type, input.head);
    if (byType !== undefined) return byType;
  }
  return input.head ? formatFromContent(input.head) : null;
}
