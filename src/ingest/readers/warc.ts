import { WARCParser } from "warcio";
import { ChanceryError } from "../../errors.js";
import type { ByteInput } from "../bytes.js";
import { concatBytes, tooLargeError } from "../bytes.js";
import { charsetFromContentType, mediaType } from "../charset.js";
import { errorItem, type IngestContext, recordItem } from "../context.js";
import { gunzipChunks } from "../gunzip.js";
import type { IngestItem, InputRecord } from "../types.js";
import { htmlRecord, textRecord } from "./text.js";
import { frameWarc, type WarcFrameHead } from "./warc-frames.js";

/** Record types that carry documents. */
const DOCUMENT_TYPES = new Set(["response", "resource"]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const TEXT_TYPES = new Set(["text/plain"]);
/** Room for HTTP headers on top of the document itself. */
const HTTP_HEADER_ALLOWANCE = 64 * 1024;
const latin1 = new TextDecoder("latin1");

/** Whether a record may hold a document, judged from its WARC headers. */
function wanted(headers: Map<string, string>): boolean {
  const type = headers.get("warc-type") ?? "";
  if (!DOCUMENT_TYPES.has(type)) return false;
  if (type === "response") return true;
  const media = mediaType(headers.get("content-type"));
  return media !== null && (HTML_TYPES.has(media) || TEXT_TYPES.has(media));
}

/** Decompress when the stream starts with the gzip magic bytes (`.warc.gz`: one member per record, or one for all). */
async function* maybeGunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const all: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield first.value;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    },
  };
  if (first.value[0] === 0x1f && first.value[1] === 0x8b) yield* gunzipChunks(all);
  else yield* all;
}

/** The uuid inside a `WARC-Record-ID` (`<urn:uuid:…>`), else the id without angle brackets, else null. */
export function warcRecordUuid(recordId: string | undefined): string | null {
  if (!recordId) return null;
  const uuid = /urn:uuid:([0-9a-f-]{8,})/i.exec(recordId);
  if (uuid) return uuid[1]!.toLowerCase();
  const bare = recordId.replace(/^<|>$/g, "").trim();
  return bare === "" ? null : bare;
}

/** Turn one complete WARC record into an input record, or null when it holds no document. */
async function documentFromRecord(
  head: WarcFrameHead,
  block: Uint8Array,
  input: ByteInput,
  ctx: IngestContext,
): Promise<InputRecord | null> {
  const item = `${input.label}#record${head.number}`;
  const bytes = concatBytes([head.headerBytes, block, new Uint8Array([13, 10, 13, 10])]);
  const record = await new WARCParser([bytes]).parse();
  if (!record) throw new ChanceryError("CH_WARC_INVALID", "warcio could not parse the record", { item });
  let contentType: string | null = record.warcContentType ?? null;
  if (record.warcType === "response") {
    const http = record.httpHeaders;
    if (!http) return null;
    const status = Number(http.statusCode);
    if (!(status >= 200 && status < 300)) return null;
    contentType = http.headers.get("content-type") ?? null;
  }
  const media = mediaType(contentType);
  const isHtml = media !== null && HTML_TYPES.has(media);
  if (!isHtml && !(media !== null && TEXT_TYPES.has(media))) return null;
  const payload = await record.readFully(true);
  if (payload.length > ctx.options.maxBytes) throw tooLargeError(item, ctx.options.maxBytes, payload.length);
  const fields = {
    id:
      warcRecordUuid(record.warcHeader("WARC-Record-ID") ?? undefined) ??
      `${input.stem}#record${head.number}`,
    source: item,
    url: record.warcTargetURI || null,
  };
  const declared = charsetFromContentType(contentType);
  return isHtml ? htmlRecord(payload, ctx, fields, declared) : textRecord(payload, ctx, fields, declared);
}

/** Whether the start of a skipped response block announces an HTML or text payload. */
function skippedDocument(head: WarcFrameHead, blockStart: Uint8Array): boolean {
  if (head.headers.get("warc-type") === "resource") return true;
  if (head.headers.get("warc-type") !== "response") return false;
  const httpHead = latin1.decode(blockStart).split(/\r?\n\r?\n/, 1)[0] ?? "";
  const type = mediaType(/^content-type:\s*([^\r\n]+)/im.exec(httpHead)?.[1]);
  return type !== null && (HTML_TYPES.has(type) || TEXT_TYPES.has(type));
}

/**
 * Read a `.warc` or `.warc.gz` file: `response` records with a 2xx HTML or
 * plain-text payload and `resource` records of those types become records
 * (id = the uuid of `WARC-Record-ID`, url = `WARC-Target-URI`; the WARC date
 * is the capture date, not the publication date, so `published_at` is left
 * empty). Other records are skipped. A corrupt or truncated record gives
 * `CH_WARC_INVALID` naming `file#recordN`, and reading resumes at the next
 * record where one can be found (in a `.warc.gz`, the records before a
 * corrupt compressed member are kept and reading stops there).
 */
export async function* readWarcInput(input: ByteInput, ctx: IngestContext): AsyncGenerator<IngestItem> {
  const maxBlockBytes = ctx.options.maxBytes + HTTP_HEADER_ALLOWANCE;
  let records = 0;
  let lastNumber = 0;
  try {
    for await (const event of frameWarc(maybeGunzip(input.chunks()), { wanted, maxBlockBytes })) {
      if (event.kind === "corrupt") {
        lastNumber = event.number;
        const item = `${input.label}#record${event.number}`;
        yield errorItem(
          new ChanceryError(
            "CH_WARC_INVALID",
            `record ${event.number} at offset ${event.offset}: ${event.detail}`,
            {
              item,
            },
          ),
          item,
        );
        continue;
      }
      records++;
      lastNumber = event.head.number;
      const item = `${input.label}#record${event.head.number}`;
      if (event.kind === "skipped") {
        if (wanted(event.head.headers) && skippedDocument(event.head, event.blockStart)) {
          yield errorItem(tooLargeError(item, ctx.options.maxBytes, event.head.blockLength), item);
        }
        continue;
      }
      try {
        const document = await documentFromRecord(event.head, event.block, input, ctx);
        if (document) yield recordItem(document);
      } catch (err) {
        yield errorItem(err, item, "CH_WARC_INVALID");
      }
    }
    if (records === 0 && lastNumber === 0) {
      yield errorItem(
        new ChanceryError("CH_INPUT_EMPTY", "the WARC file has no records", { item: input.label }),
        input.label,
      );
    }
  } catch (err) {
    yield errorItem(err, `${input.label}#record${lastNumber + 1}`, "CH_WARC_INVALID");
  }
}
