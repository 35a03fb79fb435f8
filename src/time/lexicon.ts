import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DatePrecision, TimeExpression } from "../doc/types.js";
import { ChanceryError } from "../errors.js";
import { packageRoot } from "../util/paths.js";

/** One fixed phrase from `data/time/*.tsv`. */
export interface TimePhrase {
  phrase: string;
  type: TimeExpression["type"];
  rule: string;
  precision: DatePrecision;
}

const TYPES = new Set(["DATE", "TIME", "DURATION", "SET"]);
const PRECISIONS = new Set(["day", "week", "month", "quarter", "year", "decade", "unknown"]);
const RULE =
  /^(?:day[+-]\d+(?::(?:MO|AF|EV|NI))?|PRESENT_REF|PAST_REF|FUTURE_REF|P[0-9.X]+[DWMYQ]|PT[0-9.X]+[HMS])$/;

/** Read a phrase table (see `data/time/phrases.tsv` for the format). */
export function parsePhraseTable(text: string, file: string): TimePhrase[] {
  const out: TimePhrase[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line || line.startsWith("#")) return;
    const [phrase, type, rule, precision] = line.split("\t");
    if (
      !phrase ||
      !type ||
      !rule ||
      !precision ||
      !TYPES.has(type) ||
      !PRECISIONS.has(precision) ||
      !RULE.test(rule)
    )
      throw new ChanceryError(
        "CH_DATA_INVALID",
        `${file}:${i + 1}: expected "phrase<TAB>DATE|TIME|DURATION|SET<TAB>value rule<TAB>precision", got "${line}"`,
      );
    out.push({
      phrase: phrase.toLowerCase().trim(),
      type: type as TimePhrase["type"],
      rule,
      precision: precision as DatePrecision,
    });
  });
  return out;
}

let cached: { key: string; phrases: TimePhrase[] } | null = null;

/**
 * The fixed temporal phrases: `data/time/*.tsv` plus every `*.tsv` in the
 * extra folders named (users' additions; a later file's phrase overrides an
 * earlier one). Loaded once per process per folder list.
 */
export function loadTimePhrases(extraDirs: readonly string[] = []): TimePhrase[] {
  const dirs = [join(packageRoot(), "data", "time"), ...extraDirs];
  const key = dirs.join("\0");
  if (cached?.key === key) return cached.phrases;
  const byPhrase = new Map<string, TimePhrase>();
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir)
        .filter((f) => f.endsWith(".tsv"))
        .sort();
    } catch (e) {
      throw new ChanceryError(
        "CH_DATA_INVALID",
        `cannot read time data folder ${dir}: ${(e as Error).message}`,
      );
    }
    for (const f of files) {
      const path = join(dir, f);
      for (const p of parsePhraseTable(readFileSync(path, "utf8"), path)) byPhrase.set(p.phrase, p);
    }
  }
  const phrases = [...byPhrase.values()];
  cached = { key, phrases };
  return phrases;
}
