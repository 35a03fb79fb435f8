import { ChanceryError } from "../../errors.js";
import { type ByteInput, concatBytes, memoryInput, tooLargeError } from "../bytes.js";
import { errorItem, type IngestContext } from "../context.js";
import { decodeDocument } from "../decode.js";
import { feedKind, firstLineIsJson, firstSignificantByte } from "../sniff.js";
import type { IngestItem } from "../types.js";
import { readFeedBytes } from "./feed.js";
import { readJsonInput, recordsFromJsonText } from "./json.js";
import { readJsonlInput } from "./jsonl.js";
import { readHtmlInput, readTextInput } from "./text.js";

/** The label naming standard input in records and errors. */
export const STDIN_LABEL = "<stdin>";
const STDIN_STEM = "stdin";

/** A stream read on demand, with the bytes read so far kept for replay. */
class Peeker {
  readonly held: Uint8Array[] = [];
  size = 0;
  ended = false;
  private readonly iterator: AsyncIterator<Uint8Array>;

  constructor(stream: AsyncIterable<Uint8Array>) {
    this.iterator = stream[Symbol.asyncIterator]();
  }

  /** Read one more chunk; false at the end. */
  async more(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.held.push(next.value);
    this.size += next.value.length;
    return true;
  }

  get bytes(): Uint8Array {
    return concatBytes(this.held, this.size);
  }

  /** Everything: the held bytes, then the rest of the stream (read once). */
  async *replay(): AsyncGenerator<Uint8Array> {
    yield* this.held;
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }

  /** Read to the end, refusing more than `maxBytes`. */
  async all(maxBytes: number): Promise<Uint8Array> {
    while (this.size <= maxBytes && (await this.more())) {
      // Keep reading.
    }
    if (this.size > maxBytes) throw tooLargeError(STDIN_LABEL, maxBytes);
    return this.bytes;
  }
}

/** Read a `{`-led input: JSON Lines when its first line is complete JSON (streamed), else one JSON document. */
async function* readJsonish(peeker: Peeker, ctx: IngestContext): AsyncGenerator<IngestItem> {
  const { maxBytes } = ctx.options;
  let sawNewline = peeker.held.some((chunk) => chunk.includes(0x0a));
  while (!sawNewline && peeker.size <= maxBytes && (await peeker.more())) {
    sawNewline = peeker.held[peeker.held.length - 1]!.includes(0x0a);
  }
  if (firstLineIsJson(peeker.bytes)) {
    const streamed: ByteInput = {
      label: STDIN_LABEL,
      stem: STDIN_STEM,
      size: null,
      chunks: () => peeker.replay(),
    };
    yield* readJsonlInput(streamed, ctx);
    return;
  }
  const bytes = await peeker.all(maxBytes);
  const input = memoryInput(STDIN_LABEL, STDIN_STEM, bytes);
  try {
    const text = decodeDocument(bytes, { item: STDIN_LABEL, encoding: ctx.options.encoding }).text;
    JSON.parse(text);
    yield* recordsFromJsonText(text, input, ctx);
  } catch {
    // Not one JSON document: read it line by line so each broken line is reported on its own.
    yield* readJsonlInput(input, ctx);
  }
}

/**
 * Read standard input, sniffing its format from the first non-blank byte:
 * `{` → JSON Lines (or one JSON object), `[` → a JSON array, `<` → a feed
 * (by its root element) or HTML, anything else → plain text. Records are
 * named `<stdin>`; derived ids start with `stdin`.
 */
export async function* readStdin(
  ctx: IngestContext,
  stream: AsyncIterable<Uint8Array> = process.stdin,
): AsyncGenerator<IngestItem> {
  const peeker = new Peeker(stream);
  try {
    let first = firstSignificantByte(peeker.bytes);
    while (first === undefined && peeker.size <= ctx.options.maxBytes && (await peeker.more())) {
      first = firstSignificantByte(peeker.bytes);
    }
    if (first === undefined) {
      const detail =
        peeker.size === 0 ? "standard input is empty" : "standard input contains only whitespace";
      throw new ChanceryError("CH_INPUT_EMPTY", detail, { item: STDIN_LABEL });
    }
    if (first === 0x7b) {
      yield* readJsonish(peeker, ctx);
      return;
    }
    const bytes = await peeker.all(ctx.options.maxBytes);
    const input = memoryInput(STDIN_LABEL, STDIN_STEM, bytes);
    if (first === 0x5b) yield* readJsonInput(input, ctx);
    else if (first === 0x3c && feedKind(bytes)) {
      yield* readFeedBytes(
        bytes,
        { label: STDIN_LABEL, stem: STDIN_STEM, baseUrl: null, declared: null },
        ctx,
      );
    } else if (first === 0x3c) yield* readHtmlInput(input, ctx);
    else yield* readTextInput(input, ctx);
  } catch (err) {
    yield errorItem(err, STDIN_LABEL, "CH_INPUT_UNREADABLE");
  }
}
