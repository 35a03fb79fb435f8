/**
 * Loader for the cleaning data files in `data/clean/` (class/id hints,
 * boilerplate line patterns, languages). Each file is a TAB-separated table
 * with `#` comments and documents its own format in its header. A user adds
 * rules without forking by putting files of the same names in an extra
 * folder, named by the `cleanData` stage option or the `CHANCERY_CLEAN_DATA`
 * environment variable (several folders separated by the path delimiter);
 * their rows are appended to ours. Tables are read once per set of folders.
 */
import { existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { ChanceryError } from "../errors.js";
import { packageRoot } from "../util/paths.js";

/** One row of a data table with the place it came from, for error messages. */
export interface DataRow {
  fields: string[];
  /** `file:line` of the row. */
  where: string;
}

/** The folder holding the shipped cleaning data. */
export function defaultCleanDataDir(): string {
  return join(packageRoot(), "data", "clean");
}

/**
 * The folders to read, in order: ours, then any extra folders from
 * `option` (a string or list of strings) or else `CHANCERY_CLEAN_DATA`.
 */
export function cleanDataDirs(option?: unknown): string[] {
  const extra: string[] = [];
  if (typeof option === "string" && option) extra.push(...option.split(delimiter));
  else if (Array.isArray(option))
    extra.push(...option.filter((x): x is string => typeof x === "string" && x !== ""));
  else {
    const env = process.env["CHANCERY_CLEAN_DATA"];
    if (env) extra.push(...env.split(delimiter).filter((x) => x !== ""));
  }
  return [defaultCleanDataDir(), ...extra];
}

/**
 * The rows of `file` across `dirs`: TAB-separated fields, blank lines and
 * lines starting with `#` skipped. The file must exist in the first folder;
 * extra folders may lack it.
 *
 * @throws ChanceryError `CH_DATA_INVALID` when the shipped file cannot be read
 * or a row has fewer than `minFields` fields.
 */
export function readTable(dirs: readonly string[], file: string, minFields: number): DataRow[] {
  const rows: DataRow[] = [];
  dirs.forEach((dir, d) => {
    const path = join(dir, file);
    if (d > 0 && !existsSync(path)) return;
    let source: string;
    try {
      source = readFileSync(path, "utf8");
    } catch (err) {
      throw new ChanceryError("CH_DATA_INVALID", `cannot read cleaning data ${path}`, { cause: err });
    }
    source.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "" || line.trimStart().startsWith("#")) return;
      const fields = line.split("\t").map((f) => f.trim());
      const where = `${path}:${i + 1}`;
      if (fields.length < minFields) {
        throw new ChanceryError(
          "CH_DATA_INVALID",
          `${where}: expected ${minFields} TAB-separated fields, found ${fields.length}`,
        );
      }
      rows.push({ fields, where });
    });
  });
  return rows;
}

/** Compile a pattern from a data row, naming the row when it is not a valid regular expression. */
export function compilePattern(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new ChanceryError(
      "CH_DATA_INVALID",
      `${where}: invalid pattern /${source}/: ${(err as Error).message}`,
    );
  }
}

/** A cache of values derived from data folders, keyed by the folder list. */
export class DataCache<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly build: (dirs: readonly string[]) => T) {}

  /** The value for `dirs`, built on first use. */
  get(dirs: readonly string[]): T {
    const key = dirs.join("\u0000");
    let value = this.values.get(key);
    if (value === undefined) {
      value = this.build(dirs);
      this.values.set(key, value);
    }
    return value;
  }
}
