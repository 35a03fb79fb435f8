import { ChanceryError } from "../../errors.js";
import { type ByteInput, readCapped } from "../bytes.js";
import { errorItem, type IngestContext, recordItem } from "../context.js";
import { decodeDocument } from "../decode.js";
import { toInputRecord } from "../record.js";
import type { IngestItem } from "../types.js";
import { jsonErrorMessage } from "./jsonl.js";

/**
 * Records from already decoded JSON text: one record object, or an array of
 * them (each named `file[index]`, id `<stem>:<index>` unless it has an id).
 */
export function* recordsFromJsonText(
  text: string,
  input: ByteInput,
  ctx: IngestContext,
): Generator<IngestItem> {
  const { maxBytes } = ctx.options;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield errorItem(
      new ChanceryError("CH_JSON_INVALID", `the file is not valid JSON: ${jsonErrorMessage(err)}`, {
        item: input.label,
      }),
      input.label,
    );
    return;
  }
  if (!Array.isArray(value)) {
    try {
      yield recordItem(toInputRecord(value, { item: input.label, fallbackId: input.stem, maxBytes }));
    } catch (err) {
      yield errorItem(err, input.label);
    }
    return;
  }
  if (value.length === 0) {
    yield errorItem(
      new ChanceryError("CH_INPUT_EMPTY", "the JSON array has no records", { item: input.label }),
      input.label,
    );
  }
  for (const [index, element] of value.entries()) {
    const item = `${input.label}[${index}]`;
    try {
      yield recordItem(toInputRecord(element, { item, fallbackId: `${input.stem}:${index}`, maxBytes }));
    } catch (err) {
      yield errorItem(err, item);
    }
  }
}

/**
 * Read a `.json` file: one record object or an array of them. The file is
 * parsed whole, so it may be at most `maxBytes` (use JSON Lines for large
 * collections).
 */
export async function* readJsonInput(input: ByteInput, ctx: IngestContext): AsyncGenerator<IngestItem> {
  let text: string;
  try {
    const bytes = await readCapped(
      input,
      ctx.options.maxBytes,
      "a .json file is parsed whole, so store large collections as JSON Lines (.jsonl)",
    );
    const decoded = decodeDocument(bytes, { item: input.label, encoding: ctx.options.encoding });
    for (const warning of decoded.warnings) ctx.warn(input.label, warning.code, warning.message);
    text = decoded.text;
  } catch (err) {
    yield errorItem(err, input.label);
    return;
  }
  yield* recordsFromJsonText(text, input, ctx);
}
