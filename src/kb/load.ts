/**
 * Loading: the shipped files under `data/kb/` (every `*.kb`, in path order)
 * are read once per process; each extra file (`--kb FILE`) is a further
 * layer whose records add to or replace shipped ones by id. Loading fails
 * fast on the first error with its `file:line`; warnings are kept on the
 * result.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ChanceryError } from "../errors.js";
import { packageRoot } from "../util/paths.js";
import { checkRecords } from "./check.js";
import { KnowledgeBase } from "./knowledge-base.js";
import { applyLayer, emptyRecords } from "./merge.js";
import { parseStatements, type RawStatement } from "./syntax.js";
import type { KbIssue, KbRecords } from "./types.js";

/** The folder of the shipped knowledge base. */
export function kbDataDir(): string {
  return join(packageRoot(), "data", "kb");
}

/** Every `*.kb` file under `dir`, sorted by path. */
export function listKbFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".kb")) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** How a file is named in issues: relative to the package root when inside it. */
function displayName(path: string): string {
  const rel = relative(packageRoot(), path);
  return rel.startsWith("..") || rel === path ? path : rel.split(sep).join("/");
}

/** Statements of one file, with read failures and syntax errors in `issues`. */
function readStatements(path: string, issues: KbIssue[], shown = displayName(path)): RawStatement[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    issues.push({ severity: "error", file: shown, line: 0, message: `cannot read file: ${why}` });
    return [];
  }
  return parseStatements(text, shown, issues);
}

/** The outcome of reading knowledge-base layers: merged records and every issue found. */
export interface KbReadResult {
  records: KbRecords;
  issues: KbIssue[];
  files: string[];
}

let shippedCache: { statements: RawStatement[]; issues: KbIssue[]; files: string[] } | null = null;

function shipped(): { statements: RawStatement[]; issues: KbIssue[]; files: string[] } {
  if (shippedCache === null) {
    const issues: KbIssue[] = [];
    const files = listKbFiles(kbDataDir());
    const statements = files.flatMap((f) => readStatements(f, issues));
    shippedCache = { statements, issues, files: files.map((f) => displayName(f)) };
  }
  return shippedCache;
}

/**
 * Read and check layers of knowledge-base files without throwing: the
 * shipped files first, then each of `extraFiles` as its own layer. Use
 * {@link loadKnowledgeBase} to get a usable knowledge base.
 */
export function readKnowledgeBase(extraFiles: readonly string[] = []): KbReadResult {
  const records = emptyRecords();
  const s = shipped();
  const issues: KbIssue[] = [...s.issues];
  const files: string[] = [...s.files];
  applyLayer(records, s.statements, issues);
  for (const f of extraFiles) {
    files.push(f);
    applyLayer(records, readStatements(f, issues, f), issues);
  }
  checkRecords(records, issues);
  return { records, issues, files };
}

/** `file:line` of an issue (just `file` for whole-file problems). */
export function issueLocation(i: KbIssue): string {
  return i.line > 0 ? `${i.file}:${i.line}` : i.file;
}

const loaded = new Map<string, KnowledgeBase>();

/**
 * The knowledge base: the shipped files plus `extraFiles` (each a layer that
 * adds or overrides records by id, later files winning). Built once per
 * process for each list of extra files. Throws `CH_DATA_INVALID` with the
 * `file:line` and reason of the first error.
 *
 * @example
 * const kb = loadKnowledgeBase();
 * kb.holderOf("USA", "foreign_minister", "2023-06-18")?.person.name // "Antony Blinken"
 */
export function loadKnowledgeBase(extraFiles: readonly string[] = []): KnowledgeBase {
  const key = JSON.stringify(extraFiles);
  const hit = loaded.get(key);
  if (hit) return hit;
  const { records, issues, files } = readKnowledgeBase(extraFiles);
  const first = issues.find((i) => i.severity === "error");
  if (first) throw new ChanceryError("CH_DATA_INVALID", first.message, { item: issueLocation(first) });
  const kb = new KnowledgeBase(
    records,
    issues.filter((i) => i.severity === "warning"),
    files,
  );
  loaded.set(key, kb);
  return kb;
}
