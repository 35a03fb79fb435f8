/**
 * Linking cost: how much the `link` stage adds to the pipeline.
 *
 * Runs the sample corpus (examples/corpus) through the default pipeline
 * `--passes` times (default 3) after one warm-up pass, sums the per-stage
 * timings the runner records, and prints the link stage's time against the
 * time of every other stage (the issue's budget: ≤ 15 %), with the one-time
 * cost of loading the knowledge base and building the name indexes.
 * Usage: node dist/bench/link.bench.js [--passes N] [--json]
 */
import { createDoc } from "../src/doc/doc.js";
import { readSources } from "../src/ingest/index.js";
import type { InputRecord } from "../src/ingest/types.js";
import { loadKnowledgeBase } from "../src/kb/index.js";
import { nameIndexOf } from "../src/link/index.js";
import { buildPipeline } from "../src/pipeline/registry.js";
import { packageRoot } from "../src/util/paths.js";
import { join } from "node:path";

const args = process.argv.slice(2);
const passes = args.includes("--passes") ? Number(args[args.indexOf("--passes") + 1]) : 3;
const asJson = args.includes("--json");

const records: InputRecord[] = [];
for await (const item of readSources([join(packageRoot(), "examples", "corpus")])) {
  if (item.kind === "record") records.push(item.record);
}

let t0 = performance.now();
const kb = loadKnowledgeBase();
const kbMs = performance.now() - t0;
t0 = performance.now();
nameIndexOf(kb);
const indexMs = performance.now() - t0;

const pipeline = buildPipeline();
const totals: Record<string, number> = {};
let tokens = 0;
for (let pass = 0; pass <= passes; pass++) {
  for (const r of records) {
    const doc = await pipeline.run(
      createDoc({
        id: r.id,
        raw: r.html ?? r.text ?? "",
        rawKind: r.html !== undefined ? "html" : "text",
        published_at: r.published_at ?? null,
      }),
    );
    if (pass === 0) continue; // warm-up: models, KB and indexes load here
    tokens += doc.tokens.length;
    for (const [stage, ms] of Object.entries(doc.timings)) totals[stage] = (totals[stage] ?? 0) + ms;
  }
}
const link = totals["link"] ?? 0;
const others = Object.entries(totals)
  .filter(([s]) => s !== "link")
  .reduce((sum, [, ms]) => sum + ms, 0);
const beforeLink = Object.entries(totals)
  .filter(([s]) =>
    ["markup", "normalize", "clean", "language", "tokenize", "tag", "parse", "ner"].includes(s),
  )
  .reduce((sum, [, ms]) => sum + ms, 0);
const result = {
  documents: records.length * passes,
  tokens,
  kb_load_ms: Math.round(kbMs),
  name_index_ms: Math.round(indexMs),
  link_ms_per_doc: link / (records.length * passes),
  link_tokens_per_s: tokens / (link / 1000),
  link_vs_other_stages_pct: (100 * link) / others,
  link_vs_stages_up_to_ner_pct: (100 * link) / beforeLink,
  stage_ms: Object.fromEntries(Object.entries(totals).map(([s, ms]) => [s, Math.round(ms)])),
};
if (asJson) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  process.stdout.write(
    `link: ${result.documents} documents (${tokens} tokens), ${result.link_ms_per_doc.toFixed(2)} ms/doc, ` +
      `${Math.round(result.link_tokens_per_s)} tokens/s\n` +
      `link adds ${result.link_vs_other_stages_pct.toFixed(1)} % to the other stages of the pipeline ` +
      `(${result.link_vs_stages_up_to_ner_pct.toFixed(1)} % to markup…ner); target ≤ 15 %\n` +
      `one-time: KB load ${result.kb_load_ms} ms, name indexes ${result.name_index_ms} ms\n` +
      `stage totals (ms): ${Object.entries(result.stage_ms)
        .map(([s, ms]) => `${s} ${ms}`)
        .join(", ")}\n`,
  );
}
