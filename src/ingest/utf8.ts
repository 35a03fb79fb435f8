import { isUtf8 } from "node:buffer";

/**
 * Where a multi-byte sequence that the end of `chunk` cuts short begins, or
 * `chunk.length` when the chunk ends on a sequence boundary.
 */
function incompleteTailStart(chunk: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= chunk.length; back++) {
    const byte = chunk[chunk.length - back]!;
    if (byte < 0x80) return chunk.length;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? chunk.length - back : chunk.length;
    }
  }
  return chunk.length;
}

/**
 * A streaming, strict UTF-8 validator that reports the byte offset of the
 * first invalid byte (overlong forms, surrogates and code points above
 * U+10FFFF are invalid, as in the WHATWG decoder in fatal mode).
 */
export class Utf8Validator {
  /** Bytes still expected to complete the current sequence. */
  private needed = 0;
  /** Lower and upper bound for the next continuation byte. */
  private lower = 0x80;
  private upper = 0xbf;
  /** Offset (in the whole stream) where the current sequence started. */
  private sequenceStart = 0;
  /** Bytes seen so far. */
  private seen = 0;

  /**
   * Check the next chunk. Returns the stream offset of the first byte that
   * makes the input invalid, or -1 while everything so far is valid.
   */
  push(chunk: Uint8Array): number {
    // Finish a sequence left open by the previous chunk, byte by byte.
    const start = Math.min(this.needed, chunk.length);
    const head = this.scan(chunk, 0, start);
    if (head >= 0) return head;
    // The bulk is checked natively; only a sequence cut by the chunk's end is left to the byte loop.
    const tail = incompleteTailStart(chunk);
    const bulkEnd = Math.max(start, tail);
    if (!isUtf8(chunk.subarray(start, bulkEnd))) {
      const bad = this.scan(chunk, start, bulkEnd);
      if (bad >= 0) return bad;
    }
    const rest = this.scan(chunk, bulkEnd, chunk.length);
    if (rest >= 0) return rest;
    this.seen += chunk.length;
    return -1;
  }

  /** Check `chunk[from, to)` byte by byte; the stream offset of the first invalid byte, or -1. */
  private scan(chunk: Uint8Array, from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const byte = chunk[i]!;
      const offset = this.seen + i;
      if (this.needed === 0) {
        if (byte < 0x80) continue;
        this.sequenceStart = offset;
        this.lower = 0x80;
        this.upper = 0xbf;
        if (byte >= 0xc2 && byte <= 0xdf) {
          this.needed = 1;
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lower = 0xa0;
          if (byte === 0xed) this.upper = 0x9f;
          this.needed = 2;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lower = 0x90;
          if (byte === 0xf4) this.upper = 0x8f;
          this.needed = 3;
        } else {
          return this.fail(offset);
        }
        continue;
      }
      if (byte < this.lower || byte > this.upper) return this.fail(this.sequenceStart);
      this.lower = 0x80;
      this.upper = 0xbf;
      this.needed--;
    }
    return -1;
  }

  /**
   * Signal the end of the input. Returns the offset of a trailing incomplete
   * sequence, or -1 when the whole input was valid.
   */
  end(): number {
    return this.needed === 0 ? -1 : this.sequenceStart;
  }

  private fail(offset: number): number {
    this.needed = 0;
    return offset;
  }
}

/** The offset of the first byte that makes `bytes` invalid UTF-8, or -1 when it is valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const validator = new Utf8Validator();
  const bad = validator.push(bytes);
  return bad >= 0 ? bad : validator.end();
}
