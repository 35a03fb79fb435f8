import { ChanceryError } from "../../errors.js";
import { fileStem, memoryInput } from "../bytes.js";
import { charsetFromContentType, mediaType } from "../charset.js";
import { errorItem, type IngestContext, recordItem } from "../context.js";
import type { FetchedResource } from "../fetch/fetcher.js";
import { orderedMap } from "../ordered.js";
import { formatFromExtension, sniffFormat } from "../sniff.js";
import type { IngestItem } from "../types.js";
import { readCsvInput } from "./csv.js";
import { readFeedBytes } from "./feed.js";
import { readJsonInput } from "./json.js";
import { readJsonlInput } from "./jsonl.js";
import { pageRecord } from "./page.js";
import { readWarcInput } from "./warc.js";

/** Content types that say little; the URL's extension then decides (raw file hosts serve `.jsonl` as text/plain). */
const GENERIC_TYPES = new Set([
  "text/plain",
  "application/octet-stream",
  "binary/octet-stream",
  "application/gzip",
  "application/x-gzip",
]);

/** Whether a source string is a URL (`scheme://…`) rather than a path. */
export function isUrl(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

/** The stem used for ids derived from a URL: its last path segment without extension, else its host. */
function urlStem(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split("/").filter(Boolean).pop();
    return last ? fileStem(decodeURIComponent(last)) : parsed.host;
  } catch {
    return url;
  }
}

/**
 * Turn a fetched resource into items, by its Content-Type, else its URL's
 * extension, else its first bytes: a page (HTML or text) becomes one record
 * (id and source = the requested URL, url = the final URL); a feed is read
 * item by item; JSON, JSON Lines, CSV and WARC bodies are read like files.
 */
export async function* readFetched(
  resource: FetchedResource,
  ctx: IngestContext,
): AsyncGenerator<IngestItem> {
  const label = resource.requestedUrl;
  const head = resource.body.subarray(0, 8192);
  const path = new URL(resource.url).pathname;
  const type = mediaType(resource.contentType);
  const generic = type === null || GENERIC_TYPES.has(type);
  const format =
    generic && formatFromExtension(path) !== null
      ? sniffFormat({ name: path, head })
      : (sniffFormat({ contentType: resource.contentType, head }) ?? sniffFormat({ name: path, head }));
  const input = memoryInput(label, urlStem(resource.url), resource.body);
  switch (format) {
    case "html":
    case "text":
      try {
        yield recordItem(pageRecord(resource, ctx, { id: label, source: label, url: resource.url }));
      } catch (err) {
        yield errorItem(err, label);
      }
      return;
    case "feed":
      yield* readFeedBytes(
        resource.body,
        {
          label,
          stem: input.stem,
          baseUrl: resource.url,
          declared: charsetFromContentType(resource.contentType),
        },
        ctx,
      );
      return;
    case "json":
      yield* readJsonInput(input, ctx);
      return;
    case "jsonl":
      yield* readJsonlInput(input, ctx);
      return;
    case "csv":
      yield* readCsvInput(input, ctx);
      return;
    case "warc":
      yield* readWarcInput(input, ctx);
      return;
    default:
      yield errorItem(
        new ChanceryError(
          "CH_INPUT_UNSUPPORTED",
          `the server sent ${resource.contentType ? `"${resource.contentType}"` : "content of unknown type"}, which Chancery does not read`,
          { item: label },
        ),
        label,
      );
  }
}

/** Fetch a URL, turning a failure into an error item. */
async function fetchSettled(url: string, ctx: IngestContext): Promise<FetchedResource | IngestItem> {
  try {
    return await ctx.fetcher().fetch(url);
  } catch (err) {
    return errorItem(err, url, "CH_FETCH_FAILED");
  }
}

/**
 * Read a run of URL sources: fetched concurrently (within the fetch
 * options' limits) and yielded in the order given.
 */
export async function* readUrls(urls: readonly string[], ctx: IngestContext): AsyncGenerator<IngestItem> {
  for await (const fetched of orderedMap(
    urls,
    (url) => fetchSettled(url, ctx),
    ctx.options.fetch.concurrency,
  )) {
    if ("kind" in fetched) yield fetched;
    else yield* readFetched(fetched, ctx);
  }
}
