import { ChanceryError } from "../errors.js";
import { defaultUserAgent } from "./fetch/user-agent.js";

/** How HTTP(S) sources and feed links are fetched. */
export interface FetchOptions {
  /** Milliseconds a single request (one redirect hop, body included) may take. Default 15000. */
  timeoutMs: number;
  /** Redirects followed before giving up with `CH_FETCH_REDIRECTS`. Default 5. */
  maxRedirects: number;
  /** Largest response body accepted, in bytes, else `CH_FETCH_TOO_LARGE`. Default 10 MiB. */
  maxBytes: number;
  /** The User-Agent header. Default `Chancery/<version> (+https://github.com/chancery-events/chancery)`. */
  userAgent: string;
  /** Fetch robots.txt once per origin and skip disallowed URLs (`CH_FETCH_ROBOTS`). Default true. */
  respectRobots: boolean;
  /** Requests in flight to one host at a time. Default 1. */
  perHostConcurrency: number;
  /** Milliseconds between requests to the same host. Default 500. */
  perHostDelayMs: number;
  /** Requests in flight overall. Default 4. */
  concurrency: number;
}

/** A non-fatal observation made while reading (e.g. an encoding guessed). */
export interface IngestWarning {
  /** A stable code from the error catalogue. */
  code: string;
  /** A plain sentence. */
  message: string;
  /** The file, record or URL the warning concerns. */
  item: string;
}

/** Options for {@link readSources}. */
export interface IngestOptions {
  /** Largest single document (txt/html file, JSON record, WARC record) in bytes. Default 10 MiB. */
  maxBytes: number;
  /**
   * `"utf-8"` (default, strict: invalid bytes give `CH_INPUT_NOT_UTF8`), `"auto"` (UTF-8, else
   * windows-1252 with a warning) or any WHATWG encoding label such as `"latin1"`.
   */
  encoding: string;
  /**
   * Whether feed items are followed to their pages: `"auto"` (default) only when the item carries
   * no full text (under {@link FULL_TEXT_MIN_CHARS} characters), `"always"` or `"never"`.
   */
  followFeedLinks: "auto" | "always" | "never";
  /** HTTP settings; see {@link FetchOptions}. */
  fetch: FetchOptions;
  /** Called for each warning (e.g. a file decoded as windows-1252). Default `null`: warnings are dropped. */
  onWarning: ((warning: IngestWarning) => void) | null;
}

/** What callers may pass: any subset of the options, with any subset of the fetch options. */
export type IngestOptionsInput = Partial<Omit<IngestOptions, "fetch">> & { fetch?: Partial<FetchOptions> };

/** Items whose embedded text is shorter than this many characters are followed in `"auto"` mode. */
export const FULL_TEXT_MIN_CHARS = 400;

const MiB = 1024 * 1024;

/** The default fetch options. */
export const DEFAULT_FETCH_OPTIONS: Readonly<FetchOptions> = Object.freeze({
  timeoutMs: 15_000,
  maxRedirects: 5,
  maxBytes: 10 * MiB,
  userAgent: defaultUserAgent(),
  respectRobots: true,
  perHostConcurrency: 1,
  perHostDelayMs: 500,
  concurrency: 4,
});

/** The default ingest options (frozen; {@link resolveIngestOptions} returns fresh copies). */
export const DEFAULT_INGEST_OPTIONS: Readonly<
  Omit<IngestOptions, "fetch"> & { fetch: Readonly<FetchOptions> }
> = Object.freeze({
  maxBytes: 10 * MiB,
  encoding: "utf-8",
  followFeedLinks: "auto",
  fetch: DEFAULT_FETCH_OPTIONS,
  onWarning: null,
});

/**
 * Merge caller options over the defaults into a new object (the caller's
 * object is never mutated) and check every value.
 *
 * @throws ChanceryError `CH_USAGE` for a value out of range or an unknown encoding label.
 */
export function resolveIngestOptions(input: IngestOptionsInput = {}): IngestOptions {
  const fetch: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...definedOnly(input.fetch ?? {}) };
  const { fetch: _ignored, ...rest } = input;
  const options: IngestOptions = { ...DEFAULT_INGEST_OPTIONS, ...definedOnly(rest), fetch };
  checkInteger("maxBytes", options.maxBytes, 1);
  checkInteger("fetch.timeoutMs", fetch.timeoutMs, 1);
  checkInteger("fetch.maxRedirects", fetch.maxRedirects, 0);
  checkInteger("fetch.maxBytes", fetch.maxBytes, 1);
  checkInteger("fetch.perHostConcurrency", fetch.perHostConcurrency, 1);
  checkInteger("fetch.perHostDelayMs", fetch.perHostDelayMs, 0);
  checkInteger("fetch.concurrency", fetch.concurrency, 1);
  if (typeof fetch.userAgent !== "string" || fetch.userAgent.trim() === "") {
    throw new ChanceryError("CH_USAGE", "fetch.userAgent must be a non-empty string");
  }
  if (!["auto", "always", "never"].includes(options.followFeedLinks)) {
    throw new ChanceryError(
      "CH_USAGE",
      `followFeedLinks must be "auto", "always" or "never", not ${JSON.stringify(options.followFeedLinks)}`,
    );
  }
  options.encoding = normaliseEncodingOption(options.encoding);
  return options;
}

/** Lower-case and check an `encoding` option: `auto` or a label the WHATWG decoder knows. */
function normaliseEncodingOption(encoding: unknown): string {
  if (typeof encoding !== "string") throw new ChanceryError("CH_USAGE", "encoding must be a string");
  const label = encoding.trim().toLowerCase();
  if (label === "auto") return label;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new ChanceryError(
      "CH_USAGE",
      `unknown encoding ${JSON.stringify(encoding)}; use "utf-8", "auto" or a WHATWG label such as "latin1" or "windows-1252"`,
    );
  }
}

function checkInteger(name: string, value: unknown, min: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new ChanceryError("CH_USAGE", `${name} must be an integer ≥ ${min}, not ${String(value)}`);
  }
}

/** Drop keys whose value is `undefined`, so they do not override defaults. */
function definedOnly<T extends object>(obj: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
