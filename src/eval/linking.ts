#!/usr/bin/env node
/**
 * Linking evaluation: the table of linking cases in
 * `eval/linking-cases.jsonl` (a sentence, a publication date, a mention and
 * the actors it should resolve to, or none), run through the real pipeline
 * up to the `link` stage and scored through `resolveActors`, the API the
 * event coder uses. Prints precision and recall overall and per category,
 * plus a check on the seed articles in `../shared/seeds` (skipped when
 * absent) that the issue's target names resolve.
 *
 * CLI: `node dist/src/eval/linking.js [--failures]` prints the figures and,
 * with `--failures`, every case that did not come out right.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createDoc, type Doc } from "../doc/doc.js";
import type { Actor } from "../doc/types.js";
import { resolveActors } from "../link/index.js";
import type { Pipeline } from "../pipeline/pipeline.js";
import { buildPipeline } from "../pipeline/registry.js";
import { packageRoot, sharedDir } from "../util/paths.js";
import type { EvalSection, SectionResult } from "./section.js";

/** An actor a case expects; a field left out is not checked, `null` must be null. */
export interface ExpectedActor {
  id?: string;
  country?: string | null;
  sector?: string | null;
}

/** One row of the case table. */
export interface LinkingCase {
  id: string;
  category: string;
  /** Publication date (roles are resolved as of it). */
  date: string;
  text: string;
  /** The phrase to resolve, found as a whole word in the text. */
  mention: string;
  /** Which occurrence of `mention` (1-based, default 1). */
  nth?: number;
  /** The actors expected; empty for "no actor". */
  expect: ExpectedActor[];
  note?: string;
}

/** Counts of one category (or all). */
export interface LinkingCounts {
  cases: number;
  correct: number;
  tp: number;
  fp: number;
  fn: number;
}

/** The outcome of one case. */
export interface CaseOutcome {
  case: LinkingCase;
  actors: Actor[];
  ok: boolean;
  error?: string;
}

/** The stages the evaluation runs: the default pipeline up to and including `link`. */
export const LINK_STAGES = [
  "markup",
  "normalize",
  "clean",
  "language",
  "tokenize",
  "tag",
  "parse",
  "ner",
  "link",
];

/** The case table shipped with Chancery. */
export function readLinkingCases(path = join(packageRoot(), "eval", "linking-cases.jsonl")): LinkingCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as LinkingCase);
}

/** Offsets of the `nth` whole-word occurrence of `needle` in `text`, or null. */
export function findMention(text: string, needle: string, nth = 1): [number, number] | null {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu");
  let k = 0;
  for (const m of text.matchAll(re)) if (++k === nth) return [m.index, m.index + needle.length];
  return null;
}

/** The syntactic head of the tokens covering `[start, end)`: the last token whose head lies outside. */
export function headOfSpan(doc: Doc, start: number, end: number): number {
  const inside: number[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.start >= start && t.end <= end) inside.push(i);
  });
  const set = new Set(inside);
  const heads = inside.filter(
    (i) => !set.has(doc.tokens[i]!.head ?? -1) && doc.tokens[i]!.deprel !== "punct",
  );
  return heads[heads.length - 1] ?? inside[inside.length - 1] ?? -1;
}

/** Whether `actor` satisfies `e`. */
export function actorMatches(actor: Actor, e: ExpectedActor): boolean {
  if (e.id !== undefined && actor.entity_id !== e.id) return false;
  if (e.country !== undefined && actor.country !== e.country) return false;
  if (e.sector !== undefined && actor.sector !== e.sector) return false;
  return true;
}

/** Resolve one case through `pipeline` and `resolveActors`. */
export async function runCase(c: LinkingCase, pipeline: Pipeline): Promise<CaseOutcome> {
  const doc = await pipeline.run(
    createDoc({ id: c.id, raw: c.text, rawKind: "text", published_at: c.date, language: "en" }),
  );
  const span = findMention(doc.text, c.mention, c.nth ?? 1);
  if (span === null)
    return { case: c, actors: [], ok: false, error: `mention "${c.mention}" not in the text` };
  const head = headOfSpan(doc, span[0], span[1]);
  const actors = head < 0 ? [] : resolveActors(doc, head);
  const ok =
    actors.length === c.expect.length && c.expect.every((e) => actors.some((a) => actorMatches(a, e)));
  return { case: c, actors, ok };
}

/** Score outcomes: an expected actor found is a true positive, one missing a false negative, an extra actor a false positive. */
export function scoreOutcomes(outcomes: readonly CaseOutcome[]): Map<string, LinkingCounts> {
  const by = new Map<string, LinkingCounts>();
  const bump = (key: string, o: CaseOutcome, tp: number, fp: number, fn: number): void => {
    const c = by.get(key) ?? { cases: 0, correct: 0, tp: 0, fp: 0, fn: 0 };
    c.cases++;
    if (o.ok) c.correct++;
    c.tp += tp;
    c.fp += fp;
    c.fn += fn;
    by.set(key, c);
  };
  for (const o of outcomes) {
    const used = new Set<number>();
    let tp = 0;
    for (const e of o.case.expect) {
      const k = o.actors.findIndex((a, i) => !used.has(i) && actorMatches(a, e));
      if (k >= 0) {
        used.add(k);
        tp++;
      }
    }
    const fn = o.case.expect.length - tp;
    const fp = o.actors.length - used.size;
    bump("all", o, tp, fp, fn);
    bump(o.case.category, o, tp, fp, fn);
  }
  return by;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** A seed target: a phrase of a seed article and the actor it must resolve to. */
interface SeedTarget {
  label: string;
  phrase: string;
  expect: ExpectedActor;
}

/** The issue's targets (names only; the seed texts are read at run time). */
const SEED_TARGETS: SeedTarget[] = [
  {
    label: "Blanken → Blinken",
    phrase: "Blanken",
    expect: { id: "antony-blinken", country: "USA", sector: "GOV" },
  },
  { label: "Navalani → Navalny", phrase: "Navalani", expect: { id: "alexei-navalny", country: "RUS" } },
  {
    label: "Zhao Lijian",
    phrase: "Zhao Lijian",
    expect: { id: "zhao-lijian", country: "CHN", sector: "GOV" },
  },
  { label: "Lavrov", phrase: "Lavrov", expect: { id: "sergey-lavrov", country: "RUS", sector: "GOV" } },
  { label: "Kishida", phrase: "Kishida", expect: { id: "fumio-kishida", country: "JPN", sector: "GOV" } },
  {
    label: "Matthew Miller",
    phrase: "Matthew Miller",
    expect: { id: "matthew-miller", country: "USA", sector: "GOV" },
  },
  { label: "Chinese leaders", phrase: "Chinese leaders", expect: { country: "CHN", sector: "GOV" } },
  { label: "the Kremlin", phrase: "Kremlin", expect: { country: "RUS", sector: "GOV" } },
  { label: "Washington", phrase: "Washington", expect: { country: "USA", sector: "GOV" } },
];

/** The result of the seed check: each target with what it resolved to. */
export interface SeedCheck {
  resolved: number;
  total: number;
  lines: string[];
}

/**
 * Run the seed articles through the pipeline and check that each target
 * phrase resolves, in at least one of its occurrences, to the expected
 * actor, and in none of them to a different actor. Null when the seeds are absent.
 */
export async function checkSeeds(shared: string | null, pipeline: Pipeline): Promise<SeedCheck | null> {
  const dir = shared === null ? null : join(shared, "seeds");
  if (dir === null || !existsSync(join(dir, "manifest.json"))) return null;
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
    documents: { file: string; published_at: string }[];
  };
  const docs: Doc[] = [];
  for (const d of manifest.documents) {
    if (!readdirSync(dir).includes(d.file)) continue;
    const raw = readFileSync(join(dir, d.file), "utf8");
    docs.push(
      await pipeline.run(createDoc({ id: d.file, raw, rawKind: "text", published_at: d.published_at })),
    );
  }
  let resolved = 0;
  const lines: string[] = [];
  for (const t of SEED_TARGETS) {
    const found: string[] = [];
    let good = 0;
    let wrong = 0;
    for (const doc of docs) {
      for (let nth = 1; ; nth++) {
        const span = findMention(doc.text, t.phrase, nth);
        if (span === null) break;
        const actors = resolveActors(doc, headOfSpan(doc, span[0], span[1]));
        if (actors.length === 0) continue;
        if (actors.some((a) => actorMatches(a, t.expect))) {
          good++;
          const a = actors.find((x) => actorMatches(x, t.expect))!;
          if (found.length === 0)
            found.push(`${a.name ?? a.text} ${a.country ?? "-"} ${a.sector ?? "-"} (${doc.id.slice(0, 3)})`);
        } else wrong++;
      }
    }
    const ok = good > 0 && wrong === 0;
    if (ok) resolved++;
    lines.push(
      `${ok ? "ok  " : "FAIL"} ${t.label.padEnd(20)} ${found[0] ?? "not resolved"}  [${good} right, ${wrong} wrong]`,
    );
  }
  return { resolved, total: SEED_TARGETS.length, lines };
}

/** Run the case table and the seed check. */
export async function evaluateLinking(shared: string | null): Promise<{
  outcomes: CaseOutcome[];
  counts: Map<string, LinkingCounts>;
  seeds: SeedCheck | null;
  ms: number;
}> {
  const pipeline = buildPipeline(LINK_STAGES);
  const t0 = performance.now();
  const outcomes: CaseOutcome[] = [];
  for (const c of readLinkingCases()) outcomes.push(await runCase(c, pipeline));
  const ms = performance.now() - t0;
  return { outcomes, counts: scoreOutcomes(outcomes), seeds: await checkSeeds(shared, pipeline), ms };
}

/** The `linking` section of `npm run eval`. */
export const linkingSection: EvalSection = {
  name: "linking",
  description: "entity linking: case table (precision/recall by category) and seed targets",
  needsShared: false,
  async run(shared): Promise<SectionResult> {
    const { counts, seeds, outcomes, ms } = await evaluateLinking(shared);
    const all = counts.get("all")!;
    const p = ratio(all.tp, all.tp + all.fp);
    const r = ratio(all.tp, all.tp + all.fn);
    const metrics: Record<string, number> = {
      "linking.cases": all.cases,
      "linking.precision": p,
      "linking.recall": r,
      "linking.f1": p + r === 0 ? 0 : (2 * p * r) / (p + r),
      "linking.case_accuracy": all.correct / all.cases,
    };
    const lines = [
      `${all.cases} cases in ${(ms / 1000).toFixed(1)} s: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, ` +
        `cases right ${all.correct}/${all.cases}`,
    ];
    for (const [cat, c] of [...counts.entries()].filter(([k]) => k !== "all").sort()) {
      const cp = ratio(c.tp, c.tp + c.fp);
      const cr = ratio(c.tp, c.tp + c.fn);
      lines.push(
        `  ${cat.padEnd(16)} ${String(c.correct).padStart(3)}/${String(c.cases).padEnd(3)} P ${cp.toFixed(3)} R ${cr.toFixed(3)}`,
      );
    }
    const failed = outcomes.filter((o) => !o.ok).length;
    if (failed > 0)
      lines.push(`  ${failed} cases wrong: node dist/src/eval/linking.js --failures lists them`);
    if (seeds === null) lines.push("seeds: skipped (../shared/seeds is absent)");
    else {
      metrics["linking.seeds_resolved"] = seeds.resolved;
      metrics["linking.seeds_total"] = seeds.total;
      lines.push(
        `seeds: ${seeds.resolved}/${seeds.total} targets resolved`,
        ...seeds.lines.map((l) => `  ${l}`),
      );
    }
    return { metrics, lines };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await linkingSection.run(sharedDir());
  for (const l of result.lines) process.stdout.write(`${l}\n`);
  if (process.argv.includes("--failures")) {
    const { outcomes } = await evaluateLinking(null);
    for (const o of outcomes.filter((x) => !x.ok)) {
      const got = o.actors
        .map((a) => `${a.entity_id ?? "?"}|${a.country ?? "-"}|${a.sector ?? "-"}`)
        .join(" ");
      const want = o.case.expect
        .map((e) => `${e.id ?? "*"}|${e.country ?? "-"}|${e.sector ?? "*"}`)
        .join(" ");
      process.stdout.write(
        `${o.case.id}  "${o.case.mention}"  want [${want}] got [${got}]${o.error ? ` (${o.error})` : ""}\n    ${o.case.text}\n`,
      );
    }
  }
}
