import { ChanceryError } from "../../errors.js";
import { type ByteInput, splitLines } from "../bytes.js";
import { errorItem, type IngestContext, recordItem } from "../context.js";
import { decodeFragment, guardBinary } from "../decode.js";
import { toInputRecord } from "../record.js";
import type { IngestItem } from "../types.js";

/** Whether a line holds only whitespace. */
function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0c) return false;
  }
  return true;
}

/** The message of a `JSON.parse` error, without V8's quoting of the whole input. */
export function jsonErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/, "[\s\S]*" is not valid JSON$/, " is not valid JSON");
}

/**
 * Read JSON Lines: one record object per line, streamed line by line, blank
 * lines skipped. Each line becomes a record (id = its `id`, else
 * `<stem>:<line>`) or an error naming `file:line` (`CH_JSON_INVALID`,
 * `CH_RECORD_INVALID`, `CH_INPUT_TOO_LARGE` for a line over `maxBytes`,
 * `CH_INPUT_NOT_UTF8`); the following lines are still read.
 */
export async function* readJsonlInput(input: ByteInput, ctx: IngestContext): AsyncGenerator<IngestItem> {
  const { maxBytes, encoding } = ctx.options;
  let records = 0;
  try {
    for await (const line of splitLines(guardBinary(input.chunks(), input.label), maxBytes)) {
      const item = `${input.label}:${line.number}`;
      if (line.bytes === null) {
        yield errorItem(
          new ChanceryError(
            "CH_INPUT_TOO_LARGE",
            `the line is ${line.length} bytes, more than ${maxBytes} (maxBytes)`,
            {
              item,
            },
          ),
          item,
        );
        continue;
      }
      let bytes = line.bytes;
      if (line.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        bytes = bytes.subarray(3);
      if (isBlank(bytes)) continue;
      records++;
      try {
        const { text, warning } = decodeFragment(bytes, encoding, item, line.offset);
        if (warning) ctx.warn(item, warning.code, warning.message);
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (err) {
          throw new ChanceryError("CH_JSON_INVALID", `the line is not valid JSON: ${jsonErrorMessage(err)}`, {
            item,
          });
        }
        yield recordItem(
          toInputRecord(value, { item, fallbackId: `${input.stem}:${line.number}`, maxBytes }),
        );
      } catch (err) {
        yield errorItem(err, item);
      }
    }
    if (records === 0) {
      yield errorItem(
        new ChanceryError("CH_INPUT_EMPTY", "the file has only blank lines", { item: input.label }),
        input.label,
      );
    }
  } catch (err) {
    yield errorItem(err, input.label);
  }
}
