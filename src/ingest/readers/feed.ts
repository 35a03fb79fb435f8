import { ChanceryError } from "../../errors.js";
import { type ByteInput, readCapped } from "../bytes.js";
import { sniffXmlEncoding } from "../charset.js";
import { errorItem, type IngestContext, recordItem } from "../context.js";
import { decodeDocument } from "../decode.js";
import { FULL_TEXT_MIN_CHARS } from "../options.js";
import { orderedMap } from "../ordered.js";
import type { IngestItem, InputRecord } from "../types.js";
import { type FeedItem, parseFeed } from "./feed-parse.js";
import { pageRecord } from "./page.js";
import { htmlRecord } from "./text.js";

/** Where a feed came from. */
export interface FeedOrigin {
  /** The feed's path or URL, naming it in records and errors. */
  label: string;
  /** The base of fallback item ids (`<stem>#item<N>`). */
  stem: string;
  /** The feed's URL, for resolving relative item links; null for files. */
  baseUrl: string | null;
  /** A charset declared by the transport, if any. */
  declared: string | null;
}

/** Whether an item is followed to its page under the `followFeedLinks` option. */
export function shouldFollow(item: FeedItem, mode: "auto" | "always" | "never"): boolean {
  if (!item.link || !/^https?:\/\//i.test(item.link) || mode === "never") return false;
  return mode === "always" || item.bodyChars < FULL_TEXT_MIN_CHARS;
}

/** The record built from an item's inline content. */
function embeddedRecord(item: FeedItem, origin: FeedOrigin, ctx: IngestContext): InputRecord {
  const source = `${origin.label}#item${item.number}`;
  const fields = {
    id: item.id ?? `${origin.stem}#item${item.number}`,
    source,
    url: item.link,
    title: item.title,
    published_at: item.published,
  };
  const body = item.body;
  if (!body) {
    throw new ChanceryError(
      "CH_RECORD_INVALID",
      item.link
        ? `the item has no content of its own and following its link is disabled (followFeedLinks: ${ctx.options.followFeedLinks})`
        : "the item has neither content nor a link",
      { item: source },
    );
  }
  const bytes = new TextEncoder().encode(body.value);
  if (bytes.length > ctx.options.maxBytes) {
    throw new ChanceryError(
      "CH_INPUT_TOO_LARGE",
      `the item's content is more than ${ctx.options.maxBytes} bytes`,
      {
        item: source,
      },
    );
  }
  if (body.kind === "text") return { ...fields, text: body.value };
  return htmlRecord(bytes, ctx, fields, "utf-8");
}

/**
 * Fetch an item's page. On failure, fall back to the item's inline content
 * (with a warning naming the failure) when it has any, else report the error.
 */
async function followItem(item: FeedItem, origin: FeedOrigin, ctx: IngestContext): Promise<IngestItem> {
  const link = item.link!;
  try {
    const page = await ctx.fetcher().fetch(link);
    return recordItem(
      pageRecord(page, ctx, {
        id: item.id ?? link,
        source: link,
        url: page.url,
        title: item.title,
        published_at: item.published,
      }),
    );
  } catch (err) {
    if (item.bodyChars > 0) {
      const reason = err instanceof Error ? err.message : String(err);
      const code = err instanceof ChanceryError ? err.code : "CH_FETCH_FAILED";
      ctx.warn(
        link,
        code,
        `could not follow the item's link (${reason}); used the feed's own content instead`,
      );
      return embeddedItem(item, origin, ctx);
    }
    return errorItem(err, link, "CH_FETCH_FAILED");
  }
}

function embeddedItem(item: FeedItem, origin: FeedOrigin, ctx: IngestContext): IngestItem {
  try {
    return recordItem(embeddedRecord(item, origin, ctx));
  } catch (err) {
    return errorItem(err, `${origin.label}#item${item.number}`);
  }
}

/**
 * Read a feed (RSS 2.0, RSS 1.0/RDF or Atom) from its bytes. Each item
 * becomes a record with its title, link, date (ISO 8601) and id (guid / id,
 * else link); its body is the item's own content, or its page, fetched when
 * `followFeedLinks` says so (pages are fetched concurrently, in the limits
 * of the fetch options, and yielded in feed order).
 */
export async function* readFeedBytes(
  bytes: Uint8Array,
  origin: FeedOrigin,
  ctx: IngestContext,
): AsyncGenerator<IngestItem> {
  let items: FeedItem[];
  try {
    const decoded = decodeDocument(bytes, {
      item: origin.label,
      encoding: ctx.options.encoding,
      declared: sniffXmlEncoding(bytes) ?? origin.declared,
    });
    for (const warning of decoded.warnings) ctx.warn(origin.label, warning.code, warning.message);
    items = parseFeed(decoded.text, origin.label, origin.baseUrl).items;
  } catch (err) {
    yield errorItem(err, origin.label, "CH_FEED_INVALID");
    return;
  }
  if (items.length === 0) {
    yield errorItem(
      new ChanceryError("CH_INPUT_EMPTY", "the feed has no items", { item: origin.label }),
      origin.label,
    );
    return;
  }
  const mode = ctx.options.followFeedLinks;
  const task = async (item: FeedItem): Promise<IngestItem> =>
    shouldFollow(item, mode) ? followItem(item, origin, ctx) : embeddedItem(item, origin, ctx);
  yield* orderedMap(items, task, ctx.options.fetch.concurrency * 2);
}

/** Read a feed file (`.rss`, `.atom`, or `.xml` with a feed root). */
export async function* readFeedInput(input: ByteInput, ctx: IngestContext): AsyncGenerator<IngestItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(input, ctx.options.maxBytes);
  } catch (err) {
    yield errorItem(err, input.label);
    return;
  }
  yield* readFeedBytes(bytes, { label: input.label, stem: input.stem, baseUrl: null, declared: null }, ctx);
}
