import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { ChanceryError } from "../errors.js";
import { describeIoError } from "./bytes.js";
import { formatFromExtension, type SourceFormat } from "./sniff.js";

/** A file found under a source path, or a problem with one. */
export type WalkEntry =
  | {
      kind: "file";
      path: string;
      size: number;
      /** The format its extension implies (`xml`: a feed only if its root says so). */
      format: SourceFormat | "xml";
      /** Whether the file was named directly rather than found in a directory. */
      explicit: boolean;
    }
  | { kind: "error"; error: ChanceryError };

/** The extensions Chancery reads, for error messages. */
export const KNOWN_EXTENSIONS =
  ".txt, .html, .htm, .json, .jsonl, .ndjson, .csv, .warc, .warc.gz, .rss, .atom, .xml";

function unreadable(path: string, err: unknown): WalkEntry {
  return {
    kind: "error",
    error: new ChanceryError("CH_INPUT_UNREADABLE", describeIoError(err), { item: path, cause: err }),
  };
}

async function* walkDirectory(dir: string, visited: Set<string>): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    names = await readdir(dir);
  } catch (err) {
    yield unreadable(dir, err);
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const format = formatFromExtension(name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (err) {
      if (format !== null) yield unreadable(path, err);
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path, visited);
    else if (info.isFile() && format !== null)
      yield { kind: "file", path, size: info.size, format, explicit: false };
  }
}

/**
 * The files a source path stands for: the file itself, or every file under a
 * directory, walked recursively in sorted (code-point) order. Hidden files
 * and directories (name starting with `.`) are skipped, as are files with
 * unknown extensions inside directories; a file named directly with an
 * unknown extension gives `CH_INPUT_UNSUPPORTED`. A missing or unreadable
 * path gives `CH_INPUT_UNREADABLE`. Symbolic links are followed, each
 * directory visited once.
 */
export async function* walkPath(path: string): AsyncGenerator<WalkEntry> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    yield unreadable(path, err);
    return;
  }
  if (info.isDirectory()) {
    yield* walkDirectory(path, new Set());
    return;
  }
  const format = formatFromExtension(path);
  if (format === null) {
    yield {
      kind: "error",
      error: new ChanceryError(
        "CH_INPUT_UNSUPPORTED",
        `unknown file extension; Chancery reads ${KNOWN_EXTENSIONS}`,
        {
          item: path,
        },
      ),
    };
    return;
  }
  yield { kind: "file", path, size: info.isFile() ? info.size : -1, format, explicit: true };
}
