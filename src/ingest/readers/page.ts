import { ChanceryError } from "../../errors.js";
import { charsetFromContentType } from "../charset.js";
import type { IngestContext } from "../context.js";
import type { FetchedResource } from "../fetch/fetcher.js";
import { sniffFormat } from "../sniff.js";
import type { InputRecord } from "../types.js";
import { type DocumentFields, htmlRecord, textRecord } from "./text.js";

/**
 * A record from a fetched web page: HTML (by Content-Type, else by its first
 * bytes) or plain text, decoded by the header's charset when it names one.
 *
 * @throws ChanceryError `CH_INPUT_UNSUPPORTED` for other content types, plus the decoding and
 *   `CH_HTML_NO_BODY` errors of {@link htmlRecord}.
 */
export function pageRecord(
  resource: FetchedResource,
  ctx: IngestContext,
  fields: DocumentFields,
): InputRecord {
  const format = sniffFormat({ contentType: resource.contentType, head: resource.body.subarray(0, 8192) });
  const declared = charsetFromContentType(resource.contentType);
  if (format === "html") return htmlRecord(resource.body, ctx, fields, declared);
  if (format === "text") return textRecord(resource.body, ctx, fields, declared);
  throw new ChanceryError(
    "CH_INPUT_UNSUPPORTED",
    `${resource.url} is ${resource.contentType ? `"${resource.contentType}"` : "of unknown type"}, not an HTML or text page`,
    { item: fields.source },
  );
}
