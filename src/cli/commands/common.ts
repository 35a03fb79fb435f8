import { ChanceryError } from "../../errors.js";
import { loadKnowledgeBase } from "../../kb/index.js";
import { buildPipeline } from "../../pipeline/registry.js";
import type { Pipeline } from "../../pipeline/pipeline.js";

/** Default database location. */
export const DEFAULT_DB = "./data/chancery.db";

/**
 * Parse a comma-separated `--stages` value into a pipeline. `kb` lists extra
 * knowledge-base files (`--kb`): they are loaded here, so a malformed file
 * fails before any input is read (`CH_DATA_INVALID` naming `file:line`), and
 * reach the `link` stage as the `kb` option.
 */
export function pipelineFromOption(stages: string | undefined, kb: readonly string[] = []): Pipeline {
  if (kb.length > 0) loadKnowledgeBase(kb);
  return buildPipeline(
    stages
      ? stages
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined,
    kb.length > 0 ? { kb: [...kb] } : {},
  );
}

/** Commander collector for a repeatable option (`--kb a.kb --kb b.kb`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Help text of the `--kb` option. */
export const KB_OPTION_HELP =
  "extra knowledge-base file (repeatable): adds to or overrides the shipped actor KB (see docs/kb.md)";

/** Parse a positive integer option or throw a usage error naming it. */
export function intOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new ChanceryError("CH_USAGE", `--${name} must be a whole number, got "${value}"`);
  return n;
}

/** Check that a value is one of the allowed choices, else a usage error naming the option. */
export function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ChanceryError("CH_USAGE", `--${name} must be one of ${allowed.join(", ")}, got "${value}"`);
}

/** Validate a date bound (YYYY, YYYY-MM or YYYY-MM-DD). */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new ChanceryError("CH_USAGE", `--${name} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
