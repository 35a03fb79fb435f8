import { asChanceryError, type ChanceryError, type ErrorCode } from "../errors.js";
import { Fetcher } from "./fetch/fetcher.js";
import type { IngestOptions } from "./options.js";
import type { IngestItem, InputRecord } from "./types.js";

/** What every reader gets: the resolved options, a shared fetcher and a way to report warnings. */
export interface IngestContext {
  readonly options: IngestOptions;
  /** The fetcher shared by one {@link readSources} run (created on first use). */
  fetcher(): Fetcher;
  /** Report a warning about `item` through `options.onWarning`. */
  warn(item: string, code: string, message: string): void;
}

/** A context for one run over the given (already resolved) options. */
export function createContext(options: IngestOptions): IngestContext {
  let fetcher: Fetcher | undefined;
  return {
    options,
    fetcher() {
      fetcher ??= new Fetcher(options.fetch);
      return fetcher;
    },
    warn(item, code, message) {
      options.onWarning?.({ code, message, item });
    },
  };
}

/** An item carrying a record. */
export function recordItem(record: InputRecord): IngestItem {
  return { kind: "record", record };
}

/** An item carrying an error; anything thrown becomes a {@link ChanceryError} (default `fallback` code) about `item`. */
export function errorItem(err: unknown, item: string, fallback: ErrorCode = "CH_INTERNAL"): IngestItem {
  const error: ChanceryError = asChanceryError(err, fallback, item);
  return { kind: "error", error };
}
