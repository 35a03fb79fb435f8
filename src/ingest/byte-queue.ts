import { concatBytes } from "./bytes.js";

/**
 * A pull-based byte buffer over a chunk stream, for parsers that need to
 * look ahead, search, consume exact lengths and put bytes back.
 */
export class ByteQueue {
  private readonly chunks: Uint8Array[] = [];
  private available = 0;
  private ended = false;
  /** Stream offset of the first byte still in the queue. */
  private consumed = 0;
  private readonly source: AsyncIterator<Uint8Array>;
  /** The error the source threw, if it failed; the queue then behaves as if the stream had ended. */
  failure: Error | null = null;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.source = source[Symbol.asyncIterator]();
  }

  /** Offset of the next unread byte in the whole stream. */
  get position(): number {
    return this.consumed;
  }

  /** Bytes buffered and not yet consumed. */
  get length(): number {
    return this.available;
  }

  /**
   * Pull chunks until at least `count` bytes are buffered; false when the
   * stream ends (or fails, see {@link failure}) first.
   */
  async ensure(count: number): Promise<boolean> {
    while (this.available < count && !this.ended) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await this.source.next();
      } catch (err) {
        this.failure = err instanceof Error ? err : new Error(String(err));
        this.ended = true;
        break;
      }
      if (next.done) {
        this.ended = true;
        break;
      }
      if (next.value.length > 0) {
        this.chunks.push(next.value);
        this.available += next.value.length;
      }
    }
    return this.available >= count;
  }

  /** The buffered byte at `index` (relative to the read position), or undefined. */
  byteAt(index: number): number | undefined {
    let at = index;
    for (const chunk of this.chunks) {
      if (at < chunk.length) return chunk[at];
      at -= chunk.length;
    }
    return undefined;
  }

  /** A copy of the first `count` buffered bytes (fewer if fewer are buffered), not consumed. */
  peek(count: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let need = Math.min(count, this.available);
    let total = 0;
    for (const chunk of this.chunks) {
      if (need === 0) break;
      const part = chunk.subarray(0, need);
      parts.push(part);
      need -= part.length;
      total += part.length;
    }
    return concatBytes(parts, total).slice();
  }

  /** Consume and return `count` bytes (fewer at the end of the stream); call {@link ensure} first. */
  take(count: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let need = Math.min(count, this.available);
    let total = 0;
    while (need > 0) {
      const chunk = this.chunks[0]!;
      if (chunk.length <= need) {
        parts.push(chunk);
        this.chunks.shift();
        need -= chunk.length;
        total += chunk.length;
      } else {
        parts.push(chunk.subarray(0, need));
        this.chunks[0] = chunk.subarray(need);
        total += need;
        need = 0;
      }
    }
    this.available -= total;
    this.consumed += total;
    return concatBytes(parts, total);
  }

  /** Consume up to `count` bytes, pulling as needed; returns how many were skipped. */
  async skip(count: number): Promise<number> {
    let skipped = 0;
    while (skipped < count) {
      if (this.available === 0 && !(await this.ensure(1))) break;
      skipped += this.take(Math.min(count - skipped, this.chunks[0]!.length)).length;
    }
    return skipped;
  }

  /** Put bytes back in front of the queue (they were taken from its front). */
  unshift(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.unshift(bytes);
    this.available += bytes.length;
    this.consumed -= bytes.length;
  }

  /**
   * Find `pattern` at or after `from`, pulling chunks as needed but looking
   * no further than `limit` bytes from the read position. Returns the
   * index relative to the read position, or -1.
   */
  async indexOf(pattern: Uint8Array, from = 0, limit = Number.POSITIVE_INFINITY): Promise<number> {
    let start = from;
    for (;;) {
      const end = Math.min(this.available, limit);
      const found = this.search(pattern, start, end);
      if (found >= 0) return found;
      if (end >= limit || this.ended) return -1;
      start = Math.max(from, end - pattern.length + 1);
      const before = this.available;
      await this.ensure(this.available + 1);
      if (this.available === before) return -1;
    }
  }

  /** Whether `pattern` occurs at `index` (relative to the read position). */
  private matchesAt(pattern: Uint8Array, index: number): boolean {
    for (let j = 0; j < pattern.length; j++) {
      if (this.byteAt(index + j) !== pattern[j]) return false;
    }
    return true;
  }

  private search(pattern: Uint8Array, from: number, end: number): number {
    const first = pattern[0]!;
    let base = 0;
    for (const chunk of this.chunks) {
      if (base >= end) break;
      if (base + chunk.length > from) {
        let i = Math.max(0, from - base);
        for (;;) {
          const hit = chunk.indexOf(first, i);
          if (hit < 0) break;
          const at = base + hit;
          if (at + pattern.length > end) return -1;
          const inChunk = hit + pattern.length <= chunk.length;
          if (inChunk ? pattern.every((b, j) => chunk[hit + j] === b) : this.matchesAt(pattern, at))
            return at;
          i = hit + 1;
        }
      }
      base += chunk.length;
    }
    return -1;
  }
}
