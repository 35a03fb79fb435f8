import { ChanceryError } from "../errors.js";
import { canonicalEncoding } from "./charset.js";
import { findInvalidUtf8 } from "./utf8.js";

/** How many leading bytes the binary check inspects. */
export const BINARY_SNIFF_BYTES = 8192;

/** Share of control characters above which input counts as binary. */
const MAX_CONTROL_SHARE = 0.1;

/** A warning produced while decoding: a stable code and a plain sentence. */
export interface DecodeWarning {
  code: string;
  message: string;
}

/** What {@link decodeDocument} needs besides the bytes. */
export interface DecodeRequest {
  /** The file, record or URL being decoded, named in errors. */
  item: string;
  /** The resolved `encoding` option: `utf-8`, `auto` or a WHATWG encoding name. */
  encoding: string;
  /** A charset the transport or the document itself declares (Content-Type, `<meta>`, XML declaration). */
  declared?: string | null;
}

/** A decoded document. */
export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used. */
  encoding: string;
  warnings: DecodeWarning[];
}

/** Whether a byte is a control character that does not occur in ordinary text. */
function isOddControl(byte: number): boolean {
  return (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f;
}

/**
 * Whether the leading bytes look like binary data: any NUL byte, or more than
 * 10% control characters other than tab, line feed, vertical tab, form feed
 * and carriage return.
 */
export function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, BINARY_SNIFF_BYTES);
  if (sample.length === 0) return false;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isOddControl(byte)) controls++;
  }
  return controls / sample.length > MAX_CONTROL_SHARE;
}

/** Throw `CH_INPUT_BINARY` naming `item` when {@link looksBinary} holds for `head`. */
export function assertNotBinary(head: Uint8Array, item: string): void {
  if (looksBinary(head)) {
    throw new ChanceryError(
      "CH_INPUT_BINARY",
      "the input looks like binary data (NUL bytes or many control characters in its first 8 KiB), not text",
      { item },
    );
  }
}

/** The encoding named by a byte-order mark and the mark's length, or null. */
export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Decode bytes with a WHATWG encoding, keeping any BOM. Streaming mode is
 * used on purpose: Node 20's one-shot windows-1252 decoder takes a Latin-1
 * shortcut that turns bytes 0x80–0x9F (curly quotes, dashes, €) into C1
 * control characters.
 */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/** The hint appended to `CH_INPUT_NOT_UTF8` errors. */
export const ENCODING_HINT =
  "if the input uses another encoding, pass it with --encoding (e.g. --encoding latin1), or use --encoding auto to fall back to windows-1252";

/** The `CH_INPUT_NOT_UTF8` error for an invalid byte at `offset`. */
export function notUtf8Error(byte: number | undefined, offset: number, item: string): ChanceryError {
  const shown =
    byte === undefined
      ? "an incomplete sequence"
      : `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return new ChanceryError(
    "CH_INPUT_NOT_UTF8",
    `${shown} at offset ${offset} is not valid UTF-8; ${ENCODING_HINT}`,
    {
      item,
    },
  );
}

/**
 * Decode one fragment of a larger input (a JSON Lines line, say) by the
 * `encoding` option alone: `utf-8` strictly, `auto` as UTF-8 or else
 * windows-1252 with a warning, anything else by that encoding.
 * `baseOffset` is the fragment's offset in the input, for error messages.
 *
 * @throws ChanceryError `CH_INPUT_NOT_UTF8` naming the byte offset in the whole input.
 */
export function decodeFragment(
  bytes: Uint8Array,
  encoding: string,
  item: string,
  baseOffset: number,
): { text: string; warning: DecodeWarning | null } {
  if (encoding !== "utf-8" && encoding !== "auto") {
    return { text: decodeBytes(bytes, encoding), warning: null };
  }
  const bad = findInvalidUtf8(bytes);
  if (bad < 0) return { text: decodeBytes(bytes, "utf-8"), warning: null };
  if (encoding === "utf-8") throw notUtf8Error(bytes[bad], baseOffset + bad, item);
  return {
    text: decodeBytes(bytes, "windows-1252"),
    warning: {
      code: "CH_INPUT_NOT_UTF8",
      message: `not valid UTF-8 (first invalid byte at offset ${baseOffset + bad}); decoded as windows-1252`,
    },
  };
}

/**
 * Pass a byte stream through unchanged after checking its first 8 KiB with
 * {@link assertNotBinary}; `CH_INPUT_EMPTY` when it has no bytes at all.
 */
export async function* guardBinary(
  chunks: AsyncIterable<Uint8Array>,
  item: string,
): AsyncGenerator<Uint8Array> {
  const held: Uint8Array[] = [];
  let size = 0;
  let checked = false;
  for await (const chunk of chunks) {
    if (checked) {
      yield chunk;
      continue;
    }
    held.push(chunk);
    size += chunk.length;
    if (size >= BINARY_SNIFF_BYTES) {
      checked = true;
      assertNotBinary(concatHead(held, BINARY_SNIFF_BYTES), item);
      yield* held;
    }
  }
  if (checked) return;
  if (size === 0) throw new ChanceryError("CH_INPUT_EMPTY", "the input has no bytes", { item });
  assertNotBinary(concatHead(held, BINARY_SNIFF_BYTES), item);
  yield* held;
}

function concatHead(chunks: readonly Uint8Array[], limit: number): Uint8Array {
  const out = new Uint8Array(
    Math.min(
      limit,
      chunks.reduce((n, c) => n + c.length, 0),
    ),
  );
  let at = 0;
  for (const chunk of chunks) {
    if (at >= out.length) break;
    const part = chunk.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Decide the encoding of `bytes` and decode them.
 *
 * Order of precedence: a byte-order mark; a declared charset; the
 * `encoding` option. UTF-8 is decoded strictly: invalid bytes give
 * `CH_INPUT_NOT_UTF8` naming the byte offset, unless the option is `auto`
 * (then windows-1252 is used, with a warning) or names another encoding
 * (then that encoding is used, with a warning).
 *
 * @throws ChanceryError `CH_INPUT_EMPTY` (no bytes, or only whitespace), `CH_INPUT_BINARY`, `CH_INPUT_NOT_UTF8`.
 */
export function decodeDocument(bytes: Uint8Array, request: DecodeRequest): Decoded {
  const { item } = request;
  if (bytes.length === 0) throw new ChanceryError("CH_INPUT_EMPTY", "the input has no bytes", { item });
  const bom = detectBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (!bom?.encoding.startsWith("utf-16")) assertNotBinary(body, item);
  const warnings: DecodeWarning[] = [];
  const option = request.encoding;
  let encoding =
    bom?.encoding ?? canonicalEncoding(request.declared) ?? (option === "auto" ? "utf-8" : option);
  if (encoding === "utf-8") {
    const bad = findInvalidUtf8(body);
    if (bad >= 0) {
      const offset = bad + (bom?.length ?? 0);
      const fallback = option === "auto" ? "windows-1252" : option === "utf-8" ? null : option;
      if (fallback === null) throw notUtf8Error(body[bad], offset, item);
      warnings.push({
        code: "CH_INPUT_NOT_UTF8",
        message: `not valid UTF-8 (first invalid byte at offset ${offset}); decoded as ${fallback}`,
      });
      encoding = fallback;
    }
  }
  const text = decodeBytes(body, encoding);
  if (text.trim() === "")
    throw new ChanceryError("CH_INPUT_EMPTY", "the input contains only whitespace", { item });
  return { text, encoding, warnings };
}
