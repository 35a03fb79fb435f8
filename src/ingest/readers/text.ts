import { ChanceryError } from "../../errors.js";
import { type ByteInput, readCapped } from "../bytes.js";
import { sniffHtmlCharset } from "../charset.js";
import { errorItem, type IngestContext, recordItem } from "../context.js";
import { decodeDocument } from "../decode.js";
import { hasVisibleText } from "../html-text.js";
import type { IngestItem, InputRecord } from "../types.js";

/** Metadata for a document record besides its body. */
export type DocumentFields = Omit<InputRecord, "text" | "html">;

/** Decode `bytes` and report decoding warnings about `item`. */
function decodeWithWarnings(
  bytes: Uint8Array,
  ctx: IngestContext,
  item: string,
  declared: string | null,
): string {
  const decoded = decodeDocument(bytes, { item, encoding: ctx.options.encoding, declared });
  for (const warning of decoded.warnings) ctx.warn(item, warning.code, warning.message);
  return decoded.text;
}

/**
 * A plain-text record from the bytes of one document.
 *
 * @throws ChanceryError `CH_INPUT_EMPTY`, `CH_INPUT_BINARY`, `CH_INPUT_NOT_UTF8`.
 */
export function textRecord(
  bytes: Uint8Array,
  ctx: IngestContext,
  fields: DocumentFields,
  declared: string | null = null,
): InputRecord {
  return { ...fields, text: decodeWithWarnings(bytes, ctx, fields.source, declared) };
}

/**
 * An HTML record from the bytes of one document, decoded by its BOM, else the
 * transport's charset (`declared`), else its `<meta charset>`, else the
 * `encoding` option.
 *
 * @throws ChanceryError `CH_INPUT_EMPTY`, `CH_INPUT_BINARY`, `CH_INPUT_NOT_UTF8`,
 *   `CH_HTML_NO_BODY` (no visible text outside script/style).
 */
export function htmlRecord(
  bytes: Uint8Array,
  ctx: IngestContext,
  fields: DocumentFields,
  declared: string | null = null,
): InputRecord {
  const html = decodeWithWarnings(bytes, ctx, fields.source, declared ?? sniffHtmlCharset(bytes));
  if (!hasVisibleText(html)) {
    throw new ChanceryError(
      "CH_HTML_NO_BODY",
      "the HTML has no visible body text (script and style ignored)",
      {
        item: fields.source,
      },
    );
  }
  return { ...fields, html };
}

/** Read a `.txt` input as one record: id = file stem, source = path. */
export async function* readTextInput(input: ByteInput, ctx: IngestContext): AsyncGenerator<IngestItem> {
  try {
    const bytes = await readCapped(input, ctx.options.maxBytes);
    yield recordItem(textRecord(bytes, ctx, { id: input.stem, source: input.label }));
  } catch (err) {
    yield errorItem(err, input.label);
  }
}

/** Read an `.html`/`.htm` input as one record: id = file stem, source = path. */
export async function* readHtmlInput(input: ByteInput, ctx: IngestContext): AsyncGenerator<IngestItem> {
  try {
    const bytes = await readCapped(input, ctx.options.maxBytes);
    yield recordItem(htmlRecord(bytes, ctx, { id: input.stem, source: input.label }));
  } catch (err) {
    yield errorItem(err, input.label);
  }
}
