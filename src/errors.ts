/**
 * The catalogue of Chancery's stable error and warning codes.
 *
 * Every failure a user can see carries one of these codes and a plain
 * sentence. Codes never change meaning once released; new ones are appended.
 */
export const ErrorCatalogue = {
  // Input and decoding
  CH_INPUT_EMPTY: "The input is empty.",
  CH_INPUT_BINARY: "The input looks like binary data, not text.",
  CH_INPUT_NOT_UTF8: "The input is not valid UTF-8.",
  CH_INPUT_TOO_LARGE: "The input is larger than the configured size limit.",
  CH_INPUT_UNREADABLE: "The input could not be read.",
  CH_INPUT_UNSUPPORTED: "The input format is not supported.",
  CH_JSON_INVALID: "A JSON record could not be parsed.",
  CH_RECORD_INVALID: "A record lacks a required field or has a field of the wrong type.",
  CH_CSV_INVALID: "A CSV file could not be parsed or lacks the required columns.",
  CH_HTML_NO_BODY: "The HTML document has no body text.",
  CH_WARC_INVALID: "A WARC record is corrupt or truncated.",
  CH_FEED_INVALID: "The feed is not valid RSS or Atom.",
  // Network
  CH_FETCH_TIMEOUT: "The request timed out.",
  CH_FETCH_HTTP: "The server answered with an error status.",
  CH_FETCH_REDIRECTS: "Too many redirects.",
  CH_FETCH_ROBOTS: "robots.txt disallows fetching this URL.",
  CH_FETCH_FAILED: "The request failed.",
  CH_FETCH_TOO_LARGE: "The response is larger than the configured size limit.",
  // Pipeline
  CH_PIPELINE_ORDER: "A stage requires an annotation that no earlier stage assigns.",
  CH_PIPELINE_DUPLICATE: "Two stages in the pipeline have the same name.",
  CH_STAGE_FAILED: "A pipeline stage failed.",
  CH_STAGE_BAD_RETURN: "A pipeline stage returned something other than the document it was given.",
  CH_STAGE_UNKNOWN: "No stage with this name is registered.",
  // Storage
  CH_STORE_OPEN: "The database could not be opened.",
  CH_STORE_MIGRATION: "A database migration failed.",
  CH_STORE_WRITE: "Writing to the database failed.",
  CH_STORE_SCHEMA_NEWER: "The database was written by a newer version of Chancery.",
  // Models and knowledge
  CH_MODEL_VERSION: "A model or data file has an unsupported format version.",
  CH_DATA_INVALID: "A knowledge or data file is invalid.",
  CH_EVENT_PATTERN: "An event pattern file is malformed (file:line and the reason are given).",
  // HTTP API
  CH_API_INVALID: "A request parameter or the request body is invalid.",
  CH_API_NOT_FOUND: "There is no such resource.",
  CH_API_UNAUTHORIZED: "The request needs a valid bearer token.",
  CH_API_DISABLED: "This endpoint is disabled on this server.",
  CH_API_RATE_LIMITED: "Too many requests; wait before trying again.",
  // CLI
  CH_USAGE: "The command was called with invalid arguments.",
  CH_INTERNAL: "An unexpected internal error occurred.",
} as const;

/** A stable error code from {@link ErrorCatalogue}. */
export type ErrorCode = keyof typeof ErrorCatalogue;

/** The JSON shape of an error as written to output records. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

/**
 * An error with a stable code, a plain message and (where known) the item it
 * concerns, e.g. a file, a line of a JSONL file or a URL.
 *
 * @example
 * throw new ChanceryError("CH_INPUT_NOT_UTF8", "byte 0xE9 at offset 120 is not valid UTF-8", { item: "a.txt" });
 */
export class ChanceryError extends Error {
  readonly code: ErrorCode;
  /** The file, record or URL the error concerns, when known. */
  readonly item: string | undefined;

  constructor(code: ErrorCode, detail?: string, options: { item?: string; cause?: unknown } = {}) {
    const base = ErrorCatalogue[code];
    const where = options.item ? `${options.item}: ` : "";
    super(
      `${code}: ${where}${detail ?? base}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = "ChanceryError";
    this.code = code;
    this.item = options.item;
  }

  /** The error as `{code, message}` for output records. */
  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

/** Wrap anything thrown into a {@link ChanceryError}, keeping coded errors as they are. */
export function asChanceryError(
  err: unknown,
  fallback: ErrorCode = "CH_INTERNAL",
  item?: string,
): ChanceryError {
  if (err instanceof ChanceryError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new ChanceryError(fallback, detail, item === undefined ? { cause: err } : { item, cause: err });
}
