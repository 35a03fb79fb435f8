/**
 * Finding the character encoding a document declares for itself: the
 * `charset` parameter of a Content-Type header, an HTML `<meta charset>` or
 * an XML declaration's `encoding`.
 */

const latin1 = new TextDecoder("latin1");

/** How many leading bytes are searched for an in-document declaration. */
const PRESCAN_BYTES = 4096;

/** The `charset` parameter of a Content-Type value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return match ? match[2]!.trim() : null;
}

/** The media type of a Content-Type value, lower-cased and without parameters (`text/html`), or null. */
export function mediaType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return type === "" ? null : type;
}

/**
 * The charset an HTML document declares in its first bytes, via
 * `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = latin1.decode(bytes.subarray(0, PRESCAN_BYTES));
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = tag[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(attrs);
    if (direct) return direct[1]!;
  }
  return null;
}

/** The `encoding` of an XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`), or null. */
export function sniffXmlEncoding(bytes: Uint8Array): string | null {
  const head = latin1.decode(bytes.subarray(0, 256));
  const match = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match ? match[1]! : null;
}

/**
 * The WHATWG name of an encoding label (`latin1` → `windows-1252`), or null
 * when the label is unknown. UTF-16 declared inside a document without a BOM
 * is read as UTF-8, as browsers do, since such a declaration cannot be true.
 */
export function canonicalEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    const name = new TextDecoder(label.trim().toLowerCase()).encoding;
    return name.startsWith("utf-16") ? "utf-8" : name;
  } catch {
    return null;
  }
}
