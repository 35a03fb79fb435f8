/**
 * The ingest layer: turns user inputs (files, directories, standard input,
 * URLs, feeds, WARC archives) into a stream of {@link IngestItem}s, each a
 * record or a coded error naming the file, line, record or URL, so a batch
 * always goes on.
 */
import { fileURLToPath } from "node:url";
import { ChanceryError } from "../errors.js";
import { fileInput, readHead } from "./bytes.js";
import { createContext, errorItem, type IngestContext } from "./context.js";
import { type IngestOptionsInput, resolveIngestOptions } from "./options.js";
import { readCsvInput } from "./readers/csv.js";
import { readFeedInput } from "./readers/feed.js";
import { readJsonInput } from "./readers/json.js";
import { readJsonlInput } from "./readers/jsonl.js";
import { readStdin } from "./readers/stdin.js";
import { readHtmlInput, readTextInput } from "./readers/text.js";
import { isUrl, readUrls } from "./readers/url.js";
import { readWarcInput } from "./readers/warc.js";
import { feedKind, rootElement } from "./sniff.js";
import type { IngestItem } from "./types.js";
import { type WalkEntry, walkPath } from "./walk.js";

export { normaliseDate } from "./dates.js";
export { type FetchedResource, Fetcher } from "./fetch/fetcher.js";
export {
  DEFAULT_FETCH_OPTIONS,
  DEFAULT_INGEST_OPTIONS,
  type FetchOptions,
  FULL_TEXT_MIN_CHARS,
  type IngestOptions,
  type IngestOptionsInput,
  type IngestWarning,
  resolveIngestOptions,
} from "./options.js";
export { type FeedKind, type SniffInput, type SourceFormat, sniffFormat } from "./sniff.js";
export type { IngestItem, InputRecord } from "./types.js";

type FileEntry = Extract<WalkEntry, { kind: "file" }>;

/** Read one file found by {@link walkPath} with the reader its format calls for. */
async function* readFile(entry: FileEntry, ctx: IngestContext): AsyncGenerator<IngestItem> {
  const input = fileInput(entry.path, entry.size >= 0 ? entry.size : null);
  switch (entry.format) {
    case "text":
      return yield* readTextInput(input, ctx);
    case "html":
      return yield* readHtmlInput(input, ctx);
    case "json":
      return yield* readJsonInput(input, ctx);
    case "jsonl":
      return yield* readJsonlInput(input, ctx);
    case "csv":
      return yield* readCsvInput(input, ctx);
    case "warc":
      return yield* readWarcInput(input, ctx);
    case "feed":
      return yield* readFeedInput(input, ctx);
    case "xml": {
      let head: Uint8Array;
      try {
        head = await readHead(input, 8192);
      } catch (err) {
        return yield errorItem(err, entry.path, "CH_INPUT_UNREADABLE");
      }
      if (feedKind(head)) return yield* readFeedInput(input, ctx);
      if (!entry.explicit) return;
      const root = rootElement(head);
      return yield errorItem(
        new ChanceryError(
          "CH_INPUT_UNSUPPORTED",
          `an XML file is read only when it is a feed (root <rss>, <feed> or <rdf:RDF>), and this one's root is ${root ? `<${root}>` : "missing"}`,
          { item: entry.path },
        ),
        entry.path,
      );
    }
  }
}

/** Read a file or directory source. */
async function* readPath(path: string, ctx: IngestContext): AsyncGenerator<IngestItem> {
  for await (const entry of walkPath(path)) {
    if (entry.kind === "error") yield { kind: "error", error: entry.error };
    else yield* readFile(entry, ctx);
  }
}

/** Whether a source is an http(s) URL. */
function isHttpUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/**
 * Read every source in order and yield its records and errors.
 *
 * A source is a path (a file, or a directory walked recursively in sorted
 * order, hidden files skipped), `-` for standard input (format sniffed), an
 * http(s) URL (a page, a feed, or a data file), or a `file://` URL. Files
 * are read by extension: `.txt`, `.html`/`.htm`, `.json`, `.jsonl`/`.ndjson`,
 * `.csv`, `.warc`/`.warc.gz`, `.rss`/`.atom`, and `.xml` feeds. Consecutive
 * URL sources are fetched concurrently within the fetch limits; output
 * order always follows the input order.
 *
 * Nothing is thrown for bad inputs: each becomes an error item and reading
 * goes on. Invalid options throw `CH_USAGE` when iteration starts.
 *
 * @example
 * for await (const item of readSources(["examples/corpus"], { encoding: "auto" })) {
 *   if (item.kind === "record") console.log(item.record.id);
 *   else console.error(item.error.message);
 * }
 */
export async function* readSources(
  sources: readonly string[],
  options?: IngestOptionsInput,
): AsyncGenerator<IngestItem> {
  const ctx = createContext(resolveIngestOptions(options));
  let index = 0;
  while (index < sources.length) {
    const source = sources[index]!;
    if (isHttpUrl(source)) {
      const run: string[] = [];
      while (index < sources.length && isHttpUrl(sources[index]!)) run.push(sources[index++]!);
      yield* readUrls(run, ctx);
      continue;
    }
    index++;
    if (source === "-") {
      yield* readStdin(ctx);
    } else if (/^file:\/\//i.test(source)) {
      let path: string;
      try {
        path = fileURLToPath(source);
      } catch (err) {
        yield errorItem(err, source, "CH_INPUT_UNREADABLE");
        continue;
      }
      yield* readPath(path, ctx);
    } else if (isUrl(source)) {
      yield errorItem(
        new ChanceryError("CH_INPUT_UNSUPPORTED", "only http(s) and file URLs can be read", { item: source }),
        source,
      );
    } else {
      yield* readPath(source, ctx);
    }
  }
}
