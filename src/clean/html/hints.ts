import { ChanceryError } from "../../errors.js";
import { compilePattern, DataCache, readTable } from "../data.js";
import type { HtmlElement } from "./dom.js";

/** The compiled class/id hints of `data/clean/html-hints.tsv`. */
export interface ClassHints {
  /** Page-furniture rules, each with the reason recorded when it drops an element. */
  drop: { reason: string; pattern: RegExp }[];
  negative: RegExp | null;
  positive: RegExp | null;
  body: RegExp | null;
  /** Class/id words that keep an element even when a drop rule matches (embedded posts). */
  keep: RegExp | null;
}

const KINDS = new Set(["drop", "negative", "positive", "body", "keep"]);
type Merged = "negative" | "positive" | "body" | "keep";

/** Wrap an alternation so it matches whole class/id words (see the file header). */
function wordPattern(source: string, where: string): RegExp {
  return compilePattern(`(?:^|[^a-z0-9])(?:${source})(?![a-z0-9])`, "", where);
}

function build(dirs: readonly string[]): ClassHints {
  const hints: ClassHints = { drop: [], negative: null, positive: null, body: null, keep: null };
  const merged: Record<Merged, string[]> = { negative: [], positive: [], body: [], keep: [] };
  for (const { fields, where } of readTable(dirs, "html-hints.tsv", 3)) {
    const [kind = "", reason = "", source = ""] = fields;
    if (!KINDS.has(kind)) throw compileError(where, `unknown kind "${kind}"`);
    wordPattern(source, where); // validate each row on its own so errors name it
    if (kind === "drop") hints.drop.push({ reason, pattern: wordPattern(source, where) });
    else merged[kind as Merged].push(source);
  }
  for (const kind of ["negative", "positive", "body", "keep"] as const) {
    if (merged[kind].length > 0)
      hints[kind] = wordPattern(merged[kind].join("|"), `html-hints.tsv (${kind})`);
  }
  return hints;
}

function compileError(where: string, detail: string): ChanceryError {
  return new ChanceryError("CH_DATA_INVALID", `${where}: ${detail}`);
}

const cache = new DataCache(build);

/** The class/id hints from the given data folders (read once per folder list). */
export function loadClassHints(dirs: readonly string[]): ClassHints {
  return cache.get(dirs);
}

/**
 * The string hints are matched against: class and id, camelCase split
 * (`relatedPosts` → `related-posts`), lower-cased. Empty when neither is set.
 */
export function classKey(el: HtmlElement): string {
  const raw = `${el.attrs["class"] ?? ""} ${el.attrs["id"] ?? ""}`;
  if (raw.length === 1) return "";
  return raw.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/** The reason of the first drop rule matching `key`, or null. */
export function dropReason(hints: ClassHints, key: string): string | null {
  if (!key.trim() || hints.keep?.test(key)) return null;
  for (const rule of hints.drop) if (rule.pattern.test(key)) return rule.reason;
  return null;
}
