import { ChanceryError } from "../../errors.js";
import { compilePattern, DataCache, readTable } from "../data.js";

/** Where and how a boilerplate rule applies (see `data/clean/boilerplate.tsv`). */
export type RuleScope = "line" | "edge-line" | "contains" | "edge-contains" | "header" | "suffix";

/** A compiled boilerplate rule. */
export interface BoilerplateRule {
  reason: string;
  scope: RuleScope;
  pattern: RegExp;
  /** Longest line the rule applies to. */
  maxLength: number;
  /** `file:line` of the rule, shown by the explanation. */
  where: string;
}

const SCOPES = new Set<RuleScope>(["line", "edge-line", "contains", "edge-contains", "header", "suffix"]);

const DEFAULT_MAX: Record<RuleScope, number> = {
  line: 200,
  "edge-line": 200,
  header: 200,
  contains: 300,
  "edge-contains": Number.POSITIVE_INFINITY,
  suffix: Number.POSITIVE_INFINITY,
};

function build(dirs: readonly string[]): BoilerplateRule[] {
  return readTable(dirs, "boilerplate.tsv", 3).map(({ fields, where }) => {
    const [reason = "", scopeField = "", source = "", max = "-", caseField = ""] = fields;
    if (!SCOPES.has(scopeField as RuleScope))
      throw new ChanceryError("CH_DATA_INVALID", `${where}: unknown scope "${scopeField}"`);
    const scope = scopeField as RuleScope;
    if (caseField !== "" && caseField !== "case-sensitive") {
      throw new ChanceryError(
        "CH_DATA_INVALID",
        `${where}: the fifth field must be "case-sensitive" or empty`,
      );
    }
    const whole = scope === "line" || scope === "edge-line" || scope === "header";
    const body = whole ? `^(?:${source})$` : scope === "suffix" ? `(?:${source})$` : source;
    const maxLength = max === "-" || max === "" ? DEFAULT_MAX[scope] : Number(max);
    if (!Number.isFinite(maxLength) && max !== "-" && max !== "") {
      throw new ChanceryError("CH_DATA_INVALID", `${where}: max-length "${max}" is not a number`);
    }
    const flags = caseField === "case-sensitive" ? "u" : "iu";
    return { reason, scope, pattern: compilePattern(body, flags, where), maxLength, where };
  });
}

const cache = new DataCache(build);

/** The boilerplate rules from the given data folders (read once per folder list). */
export function loadBoilerplateRules(dirs: readonly string[]): BoilerplateRule[] {
  return cache.get(dirs);
}
