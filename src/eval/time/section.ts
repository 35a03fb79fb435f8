import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc, type Doc } from "../../doc/doc.js";
import { buildPipeline } from "../../pipeline/registry.js";
import { eventDateFor } from "../../time/attach.js";
import { packageRoot } from "../../util/paths.js";
import type { EvalSection, SectionResult } from "../section.js";
import { evaluateTimeMl, prf } from "./tbaq.js";
import { readTimeMlDirs } from "./timeml.js";

/** The stages the time and place evaluations run on raw text. */
export const TIME_PLACE_STAGES = [
  "markup",
  "normalize",
  "clean",
  "language",
  "tokenize",
  "tag",
  "parse",
  "ner",
  "time",
  "place",
];

/**
 * A seed check: in seed `file`, the expression `text` must resolve to
 * `value`; with `trigger`, the event whose trigger is that word (in the
 * sentence holding the expression) must be dated `value`, stated.
 */
interface SeedCheck {
  metric: string;
  file: string;
  text: string;
  value: string;
  trigger?: string;
}

/** The issue's seed-date targets (the expected values are the dates the articles report). */
const SEED_CHECKS: readonly SeedCheck[] = [
  {
    metric: "seeds_march22",
    file: "001_e644ade6054f46fa.txt",
    text: "March 22",
    value: "2021-03-22",
    trigger: "arrive",
  },
  {
    metric: "seeds_thursday",
    file: "001_e644ade6054f46fa.txt",
    text: "Thursday",
    value: "2021-03-18",
    trigger: "talks",
  },
  {
    metric: "seeds_february_this_year",
    file: "000_c3d4f6bd60544925.txt",
    text: "February this year",
    value: "2023-02",
    trigger: "visit",
  },
  {
    metric: "seeds_wednesday",
    file: "003_d33dff97ce337833.txt",
    text: "Wednesday",
    value: "2024-04-24",
    trigger: "arrived",
  },
  { metric: "seeds_last_year", file: "003_d33dff97ce337833.txt", text: "last year", value: "2023" },
];

async function runSeed(shared: string, file: string, published: string): Promise<Doc> {
  const raw = readFileSync(join(shared, "seeds", file), "utf8");
  const doc = createDoc({ id: file, raw, rawKind: "text", published_at: published });
  return buildPipeline(TIME_PLACE_STAGES).run(doc);
}

/** Check one seed: every expression with the text has the value; the trigger's event date is it, stated. */
function checkSeed(doc: Doc, c: SeedCheck): { ok: boolean; detail: string } {
  const times = doc.times.filter((t) => t.text.toLowerCase() === c.text.toLowerCase());
  if (times.length === 0) return { ok: false, detail: `"${c.text}" not found` };
  if (!c.trigger) {
    const bad = times.filter((t) => t.value !== c.value);
    return { ok: bad.length === 0, detail: times.map((t) => t.value).join(", ") };
  }
  for (const t of times) {
    const tok = doc.tokens.findIndex((k) => k.start >= t.start);
    const sentence = doc.tokens[tok]?.sentence;
    const trigger = doc.tokens.findIndex((k) => k.sentence === sentence && k.text === c.trigger);
    if (trigger < 0) continue;
    const date = eventDateFor(doc, trigger);
    return {
      ok: date.value === c.value && date.stated,
      detail: `event "${c.trigger}" dated ${date.value || "-"} (${date.stated ? "stated" : "implied"}${date.text ? `: ${date.text}` : ""})`,
    };
  }
  return { ok: false, detail: `no "${c.trigger}" in the sentence of "${c.text}"` };
}

/**
 * `time`: TempEval-3 TimeBank + AQUAINT (TBAQ-cleaned) — strict and relaxed
 * span precision/recall/F1 and value accuracy on relaxed matches, anchored on
 * each document's creation time; and the seed-article date targets.
 */
export const timeSection: EvalSection = {
  name: "time",
  description: "temporal expressions on TempEval-3 TBAQ (span F1, value accuracy) and the seed dates",
  needsShared: true,
  async run(shared: string | null): Promise<SectionResult> {
    const metrics: Record<string, number> = {};
    const lines: string[] = [];
    if (!shared) return { metrics, lines: ["../shared is absent: skipped"] };
    const root = join(shared, "eval", "tempeval3", "TBAQ-cleaned");
    if (existsSync(root)) {
      const docs = readTimeMlDirs([join(root, "TimeBank"), join(root, "AQUAINT")]);
      const t0 = performance.now();
      const s = await evaluateTimeMl(docs);
      const ms = performance.now() - t0;
      const strict = prf(s.strictMatched, s.predicted, s.gold);
      const relaxed = prf(s.relaxedMatched, s.predicted, s.gold);
      metrics["time.tbaq_strict_f1"] = round(strict.f1);
      metrics["time.tbaq_relaxed_p"] = round(relaxed.p);
      metrics["time.tbaq_relaxed_r"] = round(relaxed.r);
      metrics["time.tbaq_relaxed_f1"] = round(relaxed.f1);
      metrics["time.tbaq_value_accuracy"] = round(s.relaxedMatched ? s.valueCorrect / s.relaxedMatched : 0);
      metrics["time.tbaq_type_accuracy"] = round(s.relaxedMatched ? s.typeCorrect / s.relaxedMatched : 0);
      metrics["time.tbaq_strict_value_f1"] = round(prf(s.strictValueCorrect, s.predicted, s.gold).f1);
      lines.push(
        `TBAQ: ${docs.length} documents, ${s.gold} gold TIMEX3, ${s.predicted} predicted (${(ms / 1000).toFixed(1)} s for tokenize+tag+parse+time)`,
        `  strict  P ${strict.p.toFixed(3)} R ${strict.r.toFixed(3)} F1 ${strict.f1.toFixed(3)}`,
        `  relaxed P ${relaxed.p.toFixed(3)} R ${relaxed.r.toFixed(3)} F1 ${relaxed.f1.toFixed(3)} (target ≥ 0.88)`,
        `  value accuracy on relaxed matches ${(s.valueCorrect / Math.max(1, s.relaxedMatched)).toFixed(3)} (target ≥ 0.85); type accuracy ${(s.typeCorrect / Math.max(1, s.relaxedMatched)).toFixed(3)}`,
      );
    } else lines.push(`TBAQ not found at ${root}: skipped`);
    const manifestPath = join(shared, "seeds", "manifest.json");
    if (existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
        documents: { file: string; published_at: string }[];
      };
      const docs = new Map<string, Doc>();
      let passed = 0;
      for (const c of SEED_CHECKS) {
        const published = manifest.documents.find((d) => d.file === c.file)?.published_at;
        if (!published) continue;
        let doc = docs.get(c.file);
        if (!doc) {
          doc = await runSeed(shared, c.file, published);
          docs.set(c.file, doc);
        }
        const r = checkSeed(doc, c);
        metrics[`time.${c.metric}`] = r.ok ? 1 : 0;
        if (r.ok) passed++;
        lines.push(
          `  seed ${c.file} "${c.text}" → ${c.value} (published ${published}): ${r.ok ? "ok" : "WRONG"} — ${r.detail}`,
        );
      }
      metrics["time.seeds_passed"] = passed;
    } else lines.push("seed manifest not found: seed checks skipped");
    return { metrics, lines };
  },
};

/** One place case: a sentence and the places (surface, ISO alpha-3 country) it must yield — none for a negative. */
export interface PlaceCase {
  id: string;
  text: string;
  places: [string, string][];
}

/** Read `eval/places.jsonl`. */
export function readPlaceCases(path = join(packageRoot(), "eval", "places.jsonl")): PlaceCase[] {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PlaceCase);
}

/**
 * `place`: the place cases of `eval/places.jsonl` (cities, countries,
 * regions, ambiguous names, metonymy and other negatives), each right only
 * when the set of (surface, country) pairs found equals the expected one.
 */
export const placeSection: EvalSection = {
  name: "place",
  description: "place recognition and disambiguation on eval/places.jsonl (≥ 100 cases with negatives)",
  needsShared: false,
  async run(): Promise<SectionResult> {
    const cases = readPlaceCases();
    const pipeline = buildPipeline(TIME_PLACE_STAGES);
    let right = 0;
    let heldout = 0;
    let heldoutRight = 0;
    let negatives = 0;
    let negativesRight = 0;
    const lines: string[] = [];
    const t0 = performance.now();
    for (const c of cases) {
      const doc = await pipeline.run(
        createDoc({ id: c.id, raw: c.text, rawKind: "text", published_at: "2024-01-15", language: "en" }),
      );
      const got = doc.places.map((p) => `${p.text}|${p.country ?? "-"}`).sort();
      const want = c.places.map(([t, k]) => `${t}|${k}`).sort();
      const ok = got.join(";") === want.join(";");
      if (ok) right++;
      if (c.id.startsWith("heldout-")) {
        heldout++;
        if (ok) heldoutRight++;
      }
      if (c.places.length === 0) {
        negatives++;
        if (ok) negativesRight++;
      }
      if (!ok) lines.push(`  ✗ ${c.id}: expected [${want.join(", ")}], got [${got.join(", ")}]`);
    }
    const ms = performance.now() - t0;
    lines.unshift(
      `${cases.length} cases (${negatives} negatives): ${right} right, accuracy ${(right / cases.length).toFixed(3)} (target ≥ 0.9); negatives ${negativesRight}/${negatives}; held-out cases (written after tuning, never tuned on) ${heldoutRight}/${heldout}; ${(ms / 1000).toFixed(1)} s`,
    );
    return {
      metrics: {
        "place.cases": cases.length,
        "place.accuracy": round(right / cases.length),
        "place.negative_accuracy": round(negatives ? negativesRight / negatives : 0),
        "place.heldout_accuracy": round(heldout ? heldoutRight / heldout : 0),
      },
      lines,
    };
  },
};

const round = (x: number) => Math.round(x * 10000) / 10000;
