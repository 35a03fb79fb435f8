import { ByteQueue } from "../byte-queue.js";

/**
 * Splitting a (decompressed) WARC stream into records by their
 * `Content-Length`, checking that each record is complete and followed by
 * the blank line the format requires, and recovering after a corrupt
 * record by scanning for the next `WARC/x.y` version line.
 */

/** A record's position, header block and WARC headers (names lower-cased). */
export interface WarcFrameHead {
  /** 1-based number of the record in the file. */
  number: number;
  /** Byte offset of the record in the (decompressed) stream. */
  offset: number;
  headers: Map<string, string>;
  /** The record's header block, version line to blank line inclusive. */
  headerBytes: Uint8Array;
  /** Content-Length: the size of the record block. */
  blockLength: number;
}

/** What the framer reports for each record. */
export type WarcFrameEvent =
  | { kind: "record"; head: WarcFrameHead; block: Uint8Array }
  | { kind: "skipped"; head: WarcFrameHead; blockStart: Uint8Array }
  | { kind: "corrupt"; number: number; offset: number; detail: string };

/** Which records the framer keeps in memory. */
export interface WarcFrameOptions {
  /** Whether a record's block is wanted, judged from its headers. */
  wanted(headers: Map<string, string>): boolean;
  /** Blocks larger than this are skipped (reported as `skipped` with their first bytes). */
  maxBlockBytes: number;
}

const CRLFCRLF = new Uint8Array([13, 10, 13, 10]);
const LFLF = new Uint8Array([10, 10]);
const NEXT_RECORD = new TextEncoder().encode("\nWARC/");
const MAX_HEADER_BYTES = 64 * 1024;
const RESYNC_WINDOW = 1024 * 1024;
const latin1 = new TextDecoder("latin1");

/** Parse a WARC header block into lower-cased names → values (continuation lines joined). */
export function parseWarcHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split(/\r?\n/).slice(1)) {
    if (line === "") continue;
    if ((line.startsWith(" ") || line.startsWith("\t")) && last !== null) {
      headers.set(last, `${headers.get(last) ?? ""} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
  }
  return headers;
}

/** Skip to just after the next `\n` that starts a `WARC/` line; false at the end of the stream. */
async function resync(queue: ByteQueue): Promise<boolean> {
  for (;;) {
    const found = await queue.indexOf(NEXT_RECORD, 0, RESYNC_WINDOW);
    if (found >= 0) {
      await queue.skip(found + 1);
      return true;
    }
    if (queue.length < RESYNC_WINDOW && !(await queue.ensure(RESYNC_WINDOW))) {
      await queue.skip(queue.length);
      return false;
    }
    await queue.skip(queue.length - NEXT_RECORD.length);
  }
}

/** Skip the CR/LF bytes between records; false at the end of the stream. */
async function skipBlankLines(queue: ByteQueue): Promise<boolean> {
  for (;;) {
    if (!(await queue.ensure(1))) return false;
    const byte = queue.byteAt(0);
    if (byte !== 13 && byte !== 10) return true;
    await queue.skip(1);
  }
}

/** Where the header block ends (index just past the blank line), or -1 if not within the limit. */
async function headerEnd(queue: ByteQueue): Promise<number> {
  const crlf = await queue.indexOf(CRLFCRLF, 0, MAX_HEADER_BYTES);
  const lf = await queue.indexOf(LFLF, 0, crlf >= 0 ? crlf + 2 : MAX_HEADER_BYTES);
  if (lf >= 0 && (crlf < 0 || lf < crlf)) return lf + 2;
  return crlf >= 0 ? crlf + 4 : -1;
}

/** Whether the record is followed by its blank line (CRLF CRLF, or LF LF), consuming it; true at a clean end. */
async function consumeTrailer(queue: ByteQueue): Promise<boolean> {
  await queue.ensure(4);
  if (queue.length === 0) return true;
  const next = queue.peek(4);
  if (next[0] === 13 && next[1] === 10 && ((next[2] === 13 && next[3] === 10) || next.length === 2)) {
    await queue.skip(next.length === 2 ? 2 : 4);
    return true;
  }
  if (next[0] === 10 && (next[1] === 10 || next.length === 1)) {
    await queue.skip(Math.min(2, next.length));
    return true;
  }
  return false;
}

/**
 * Split a WARC byte stream (already decompressed) into records; see
 * {@link WarcFrameEvent}. When the stream itself fails (corrupt compressed
 * data), the records before the failure are still reported; the failure is
 * then reported as a corrupt record, unless the record it cut short already
 * was.
 */
export async function* frameWarc(
  chunks: AsyncIterable<Uint8Array>,
  options: WarcFrameOptions,
): AsyncGenerator<WarcFrameEvent> {
  const queue = new ByteQueue(chunks);
  let last: WarcFrameEvent | null = null;
  for await (const event of frames(queue, options)) {
    last = event;
    yield event;
  }
  if (queue.failure && last?.kind !== "corrupt") {
    const number = last ? last.head.number + 1 : 1;
    yield {
      kind: "corrupt",
      number,
      offset: queue.position,
      detail: `the data cannot be read: ${queue.failure.message}`,
    };
  }
}

async function* frames(queue: ByteQueue, options: WarcFrameOptions): AsyncGenerator<WarcFrameEvent> {
  let number = 0;
  let needsSkip = true;
  for (;;) {
    if (needsSkip && !(await skipBlankLines(queue))) return;
    needsSkip = true;
    number++;
    const offset = queue.position;
    const corrupt = (detail: string): WarcFrameEvent => {
      const cause = queue.failure ? ` (${queue.failure.message})` : "";
      return { kind: "corrupt", number, offset, detail: `${detail}${cause}` };
    };
    const end = await headerEnd(queue);
    const firstLine = latin1.decode(queue.peek(Math.min(64, end < 0 ? 64 : end))).split(/\r?\n/, 1)[0] ?? "";
    if (!/^WARC\/\d+\.\d+\s*$/.test(firstLine)) {
      yield corrupt(`expected a "WARC/1.x" version line, found ${JSON.stringify(firstLine.slice(0, 40))}`);
      await queue.skip(1);
      if (!(await resync(queue))) return;
      needsSkip = false;
      continue;
    }
    if (end < 0) {
      const truncated = queue.length < MAX_HEADER_BYTES;
      yield corrupt(
        truncated ? "the file ends inside the record's headers" : "the record's headers do not end",
      );
      if (truncated) return;
      await queue.skip(1);
      if (!(await resync(queue))) return;
      needsSkip = false;
      continue;
    }
    const headerBytes = queue.take(end);
    const headers = parseWarcHeaders(latin1.decode(headerBytes));
    const lengthText = headers.get("content-length") ?? "";
    const blockLength = /^\d+$/.test(lengthText) ? Number(lengthText) : Number.NaN;
    if (!Number.isSafeInteger(blockLength)) {
      yield corrupt(`the record has no valid Content-Length (${JSON.stringify(lengthText)})`);
      if (!(await resync(queue))) return;
      needsSkip = false;
      continue;
    }
    const head: WarcFrameHead = { number, offset, headers, headerBytes, blockLength };
    const keep = options.wanted(headers) && blockLength <= options.maxBlockBytes;
    let block: Uint8Array | null = null;
    let blockStart: Uint8Array = new Uint8Array(0);
    if (keep) {
      await queue.ensure(blockLength);
      block = queue.take(blockLength);
      if (block.length < blockLength) {
        yield corrupt(
          `the file ends inside the record: Content-Length is ${blockLength} but only ${block.length} bytes follow`,
        );
        return;
      }
    } else {
      await queue.ensure(Math.min(blockLength, 8192));
      blockStart = queue.peek(Math.min(blockLength, 8192));
      const skipped = await queue.skip(blockLength);
      if (skipped < blockLength) {
        yield corrupt(
          `the file ends inside the record: Content-Length is ${blockLength} but only ${skipped} bytes follow`,
        );
        return;
      }
    }
    if (!(await consumeTrailer(queue))) {
      yield corrupt(
        `the record is not followed by a blank line, so its Content-Length (${blockLength}) is wrong`,
      );
      if (block) queue.unshift(block);
      if (!(await resync(queue))) return;
      needsSkip = false;
      continue;
    }
    if (block) yield { kind: "record", head, block };
    else yield { kind: "skipped", head, blockStart };
  }
}
