import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { ChanceryError } from "../errors.js";

/** A source of bytes a reader consumes: a file, a buffer or a stream. */
export interface ByteInput {
  /** Names the input in records and errors: a path, `<stdin>` or a URL. */
  readonly label: string;
  /** The base of derived record ids: the file name without its extension, `stdin`, … */
  readonly stem: string;
  /** The size in bytes when known before reading, else null. */
  readonly size: number | null;
  /** The bytes, chunk by chunk. Files and buffers may be read more than once. */
  chunks(): AsyncIterable<Uint8Array>;
}

/** The file name of `path` without its extension (`a/b.warc.gz` → `b`, `x.txt` → `x`). */
export function fileStem(path: string): string {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (lower.endsWith(".warc.gz")) return name.slice(0, -".warc.gz".length);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A file as a {@link ByteInput}; read errors become `CH_INPUT_UNREADABLE` naming the path. */
export function fileInput(path: string, size: number | null = null): ByteInput {
  return {
    label: path,
    stem: fileStem(path),
    size,
    async *chunks() {
      try {
        for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
          yield chunk as Buffer;
        }
      } catch (err) {
        throw new ChanceryError("CH_INPUT_UNREADABLE", describeIoError(err), { item: path, cause: err });
      }
    },
  };
}

/** Bytes already in memory as a {@link ByteInput}. */
export function memoryInput(label: string, stem: string, bytes: Uint8Array): ByteInput {
  return {
    label,
    stem,
    size: bytes.length,
    async *chunks() {
      if (bytes.length > 0) yield bytes;
    },
  };
}

/** A plain sentence for a file-system error (`ENOENT` → "no such file or directory"). */
export function describeIoError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** Join chunks into one array. */
export function concatBytes(chunks: readonly Uint8Array[], total?: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const size = total ?? chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The `CH_INPUT_TOO_LARGE` error for `item`. */
export function tooLargeError(item: string, limit: number, size?: number, hint?: string): ChanceryError {
  const what = size === undefined ? "more than" : `${size} bytes, more than`;
  const tail = hint ? `; ${hint}` : "";
  return new ChanceryError(
    "CH_INPUT_TOO_LARGE",
    `the input is ${what} the limit of ${limit} bytes (maxBytes)${tail}`,
    {
      item,
    },
  );
}

/**
 * Read all of `input`, refusing more than `maxBytes` (without reading the
 * rest when the size is known up front). `hint` is appended to the error.
 *
 * @throws ChanceryError `CH_INPUT_TOO_LARGE`, `CH_INPUT_UNREADABLE`.
 */
export async function readCapped(input: ByteInput, maxBytes: number, hint?: string): Promise<Uint8Array> {
  if (input.size !== null && input.size > maxBytes)
    throw tooLargeError(input.label, maxBytes, input.size, hint);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of input.chunks()) {
    total += chunk.length;
    if (total > maxBytes) throw tooLargeError(input.label, maxBytes, undefined, hint);
    chunks.push(chunk);
  }
  return concatBytes(chunks, total);
}

/** Read at most the first `count` bytes of `input`. */
export async function readHead(input: ByteInput, count: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of input.chunks()) {
    chunks.push(chunk.subarray(0, count - total));
    total += Math.min(chunk.length, count - total);
    if (total >= count) break;
  }
  return concatBytes(chunks, total);
}

/** One line of a byte stream. */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte in the stream. */
  offset: number;
  /** The line without its line break, or null when it is longer than the cap. */
  bytes: Uint8Array | null;
  /** The line's length in bytes (without the line break). */
  length: number;
}

/**
 * Split a byte stream into lines (LF or CRLF), holding at most
 * `maxLineBytes` of any one line in memory: longer lines are reported with
 * `bytes: null`.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let held = 0;
  let length = 0;
  let lineOffset = 0;
  let number = 1;
  let streamOffset = 0;
  const finish = (): Line => {
    let bytes: Uint8Array | null = length > maxLineBytes + 1 ? null : concatBytes(parts, held);
    let lineLength = length;
    if (bytes && bytes[bytes.length - 1] === 0x0d) {
      bytes = bytes.subarray(0, bytes.length - 1);
      lineLength--;
    }
    if (bytes && bytes.length > maxLineBytes) bytes = null;
    const line: Line = { number, offset: lineOffset, bytes, length: lineLength };
    parts = [];
    held = 0;
    length = 0;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline < 0 ? chunk.length : newline;
      const piece = chunk.subarray(start, end);
      length += piece.length;
      if (length <= maxLineBytes + 1) {
        parts.push(piece);
        held += piece.length;
      } else if (parts.length > 0) {
        parts = [];
        held = 0;
      }
      if (newline < 0) break;
      yield finish();
      lineOffset = streamOffset + newline + 1;
      start = newline + 1;
    }
    streamOffset += chunk.length;
  }
  if (length > 0) yield finish();
}
