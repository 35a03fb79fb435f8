import { createInflateRaw, type InflateRaw } from "node:zlib";
import { ByteQueue } from "./byte-queue.js";

const FEED_BYTES = 64 * 1024;
const FLAG_HCRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;

/** The length of the gzip member header at the front of `queue`, or null when there is none. */
async function memberHeaderLength(queue: ByteQueue): Promise<number | null> {
  if (!(await queue.ensure(10))) return null;
  if (queue.byteAt(0) !== 0x1f || queue.byteAt(1) !== 0x8b || queue.byteAt(2) !== 8) return null;
  const flags = queue.byteAt(3)!;
  let length = 10;
  if (flags & FLAG_EXTRA) {
    if (!(await queue.ensure(length + 2))) return null;
    length += 2 + (queue.byteAt(length)! | (queue.byteAt(length + 1)! << 8));
  }
  for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
    if (!(flags & flag)) continue;
    const end = await queue.indexOf(new Uint8Array([0]), length, length + 65536);
    if (end < 0) return null;
    length = end + 1;
  }
  if (flags & FLAG_HCRC) length += 2;
  return (await queue.ensure(length)) ? length : null;
}

/** Write to the inflater and wait until it has processed the bytes, or failed. */
function write(inflater: InflateRaw, bytes: Uint8Array): Promise<Error | null> {
  return new Promise((resolve) => {
    const onError = (err: Error) => resolve(err);
    inflater.once("error", onError);
    inflater.write(bytes, (err) => {
      inflater.off("error", onError);
      resolve(err ?? null);
    });
  });
}

/** Decompress one member's deflate data from `queue`, leaving the bytes after it in the queue. */
async function* inflateMember(queue: ByteQueue, offset: number): AsyncGenerator<Uint8Array> {
  const inflater = createInflateRaw();
  const output: Uint8Array[] = [];
  // Flowing mode: output is handed over as it is produced, so the inflater never waits for a reader.
  inflater.on("data", (chunk: Buffer) => output.push(chunk));
  inflater.on("error", () => {
    // Reported through the write callback.
  });
  let fed = 0;
  try {
    for (;;) {
      if (!(await queue.ensure(1))) {
        if (queue.failure) throw queue.failure;
        throw new Error(`the gzip member at offset ${offset} is truncated`);
      }
      const piece = queue.take(Math.min(queue.length, FEED_BYTES));
      fed += piece.length;
      const failure = await write(inflater, piece);
      yield* output.splice(0);
      if (failure) throw new Error(`the gzip member at offset ${offset} is corrupt: ${failure.message}`);
      const unused = fed - inflater.bytesWritten;
      if (unused > 0) {
        queue.unshift(piece.subarray(piece.length - unused));
        return;
      }
    }
  } finally {
    inflater.destroy();
  }
}

/**
 * Decompress a gzip stream member by member (a `.warc.gz` holds one member
 * per record, or one for the whole file). Every byte of the members before
 * a corrupt or truncated one is yielded before the error is thrown, so the
 * records they hold can still be read.
 */
export async function* gunzipChunks(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const queue = new ByteQueue(source);
  for (let member = 0; ; member++) {
    if (!(await queue.ensure(1))) {
      if (queue.failure) throw queue.failure;
      return;
    }
    const offset = queue.position;
    const header = await memberHeaderLength(queue);
    if (header === null) {
      throw new Error(
        member === 0
          ? "the data is not gzip-compressed"
          : `the data at offset ${offset} is not a gzip member`,
      );
    }
    await queue.skip(header);
    yield* inflateMember(queue, offset);
    if ((await queue.skip(8)) < 8) throw new Error(`the gzip member at offset ${offset} is truncated`);
  }
}
