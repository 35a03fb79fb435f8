import { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { parse } from "csv-parse";
import { ChanceryError } from "../../errors.js";
import type { ByteInput } from "../bytes.js";
import { errorItem, type IngestContext, recordItem } from "../context.js";
import { guardBinary, notUtf8Error } from "../decode.js";
import { toInputRecord } from "../record.js";
import type { IngestItem } from "../types.js";
import { Utf8Validator } from "../utf8.js";

/** Columns that may hold a document body. */
const BODY_COLUMNS = ["text", "html"];

/**
 * Decide how to decode a CSV file, reading it once: strictly as UTF-8
 * (`CH_INPUT_NOT_UTF8` naming the byte offset), as UTF-8 or else
 * windows-1252 (`auto`, with a warning), or as the encoding the option names.
 */
async function chooseEncoding(input: ByteInput, ctx: IngestContext): Promise<string> {
  const option = ctx.options.encoding;
  const validating = option === "utf-8" || option === "auto";
  const validator = new Utf8Validator();
  let bad = -1;
  let badByte: number | undefined;
  let consumed = 0;
  for await (const chunk of guardBinary(input.chunks(), input.label)) {
    if (!validating) break;
    bad = validator.push(chunk);
    if (bad >= 0) {
      badByte = chunk[bad - consumed];
      break;
    }
    consumed += chunk.length;
  }
  if (!validating) return option;
  if (bad < 0) bad = validator.end();
  if (bad < 0) return "utf-8";
  if (option === "utf-8") throw notUtf8Error(badByte, bad, input.label);
  ctx.warn(
    input.label,
    "CH_INPUT_NOT_UTF8",
    `not valid UTF-8 (first invalid byte at offset ${bad}); decoded as windows-1252`,
  );
  return "windows-1252";
}

/**
 * The file as csv-parse should read it: UTF-8 bytes as they are (csv-parse
 * decodes UTF-8 itself, and faster), anything else decoded to strings.
 */
async function* parserInput(
  chunks: AsyncIterable<Uint8Array>,
  encoding: string,
): AsyncGenerator<Uint8Array | string> {
  if (encoding === "utf-8") {
    yield* chunks;
    return;
  }
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The field delimiter: a comma, unless the header line has none but has tabs or semicolons. */
function sniffDelimiter(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count(",") > 0) return ",";
  if (count("\t") > 0) return "\t";
  if (count(";") > 0) return ";";
  return ",";
}

type Piece = Uint8Array | string;

/** Read the start of the input up to its first line break; returns the pieces read and that line. */
async function peekFirstLine(pieces: AsyncIterator<Piece>): Promise<{ head: Piece[]; firstLine: string }> {
  const head: Piece[] = [];
  let joined = "";
  while (!joined.includes("\n") && joined.length < 65536) {
    const next = await pieces.next();
    if (next.done) break;
    head.push(next.value);
    joined += typeof next.value === "string" ? next.value : Buffer.from(next.value).toString("utf8");
  }
  return { head, firstLine: joined.replace(/^\uFEFF/, "").split("\n", 1)[0] ?? "" };
}

async function* replay(head: Piece[], rest: AsyncIterator<Piece>): AsyncGenerator<Piece> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

interface CsvRow {
  record: string[];
  info: { lines: number };
}

/** A CSV row as a record object: column name → cell, with empty optional cells left out. */
function rowObject(columns: readonly string[], cells: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  columns.forEach((name, i) => {
    const cell = cells[i] ?? "";
    if (name === "" || name in out) return;
    if (cell.trim() !== "" || BODY_COLUMNS.includes(name)) out[name] = cell;
  });
  return out;
}

/**
 * Read a CSV file with a header row naming the fields (`id`, `text` or
 * `html`, `url`, `title`, `published_at`, `source`, `language`; names are
 * matched case-insensitively). Each row becomes a record (id = `id` column,
 * else `<stem>:<row>`, rows counted from 1 after the header) or an error
 * naming `file:row`. A header without a `text`/`html` column gives one
 * `CH_CSV_INVALID` for the file; a malformed file (an unclosed quote) gives
 * `CH_CSV_INVALID` and ends the file.
 */
export async function* readCsvInput(input: ByteInput, ctx: IngestContext): AsyncGenerator<IngestItem> {
  const { maxBytes } = ctx.options;
  let parser: ReturnType<typeof parse>;
  try {
    const encoding = await chooseEncoding(input, ctx);
    const pieces = parserInput(input.chunks(), encoding)[Symbol.asyncIterator]();
    const { head, firstLine } = await peekFirstLine(pieces);
    parser = parse({
      delimiter: sniffDelimiter(firstLine),
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
      max_record_size: maxBytes,
    });
    pipeline(Readable.from(replay(head, pieces)), parser, () => {
      // Errors surface through the parser's async iterator below.
    });
  } catch (err) {
    yield errorItem(err, input.label);
    return;
  }
  let columns: string[] | null = null;
  let row = 0;
  try {
    for await (const parsed of parser as AsyncIterable<CsvRow>) {
      if (columns === null) {
        columns = parsed.record.map((name) => name.trim().toLowerCase());
        if (!columns.some((name) => BODY_COLUMNS.includes(name))) {
          const found = parsed.record.map((name) => JSON.stringify(name)).join(", ");
          throw new ChanceryError(
            "CH_CSV_INVALID",
            `the header row has no "text" or "html" column (found ${found}); the first row must name the columns`,
            { item: input.label },
          );
        }
        continue;
      }
      row++;
      const item = `${input.label}:${row}`;
      try {
        if (parsed.record.length > columns.length) {
          throw new ChanceryError(
            "CH_CSV_INVALID",
            `row ${row} (ending at line ${parsed.info.lines}) has ${parsed.record.length} fields but the header has ${columns.length}`,
            { item },
          );
        }
        const fields = rowObject(columns, parsed.record);
        yield recordItem(toInputRecord(fields, { item, fallbackId: `${input.stem}:${row}`, maxBytes }));
      } catch (err) {
        yield errorItem(err, item);
      }
    }
    if (columns === null) {
      throw new ChanceryError("CH_INPUT_EMPTY", "the CSV file has no header row", { item: input.label });
    }
  } catch (err) {
    yield errorItem(csvError(err, input.label, row + 1, maxBytes), input.label);
  } finally {
    parser.destroy();
  }
}

/** Map a csv-parse error to a coded error naming the row it stopped at. */
function csvError(err: unknown, label: string, row: number, maxBytes: number): unknown {
  if (err instanceof ChanceryError) return err;
  const code = (err as { code?: unknown }).code;
  const lines = (err as { lines?: unknown }).lines;
  const where = typeof lines === "number" ? ` near line ${lines}` : "";
  const item = `${label}:${row}`;
  if (code === "CSV_MAX_RECORD_SIZE") {
    return new ChanceryError(
      "CH_INPUT_TOO_LARGE",
      `row ${row}${where} is larger than ${maxBytes} bytes (maxBytes), often a sign of an unclosed quote; the rest of the file was not read`,
      { item },
    );
  }
  const reason = code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted field is never closed" : (err as Error).message;
  return new ChanceryError(
    "CH_CSV_INVALID",
    `row ${row}${where}: ${reason}; the rest of the file was not read`,
    {
      item,
      cause: err,
    },
  );
}
