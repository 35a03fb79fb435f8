/**
 * `npm run bench` (NLP part) — throughput of the linguistic stages on news
 * text, one core, plus pathological inputs (which must finish in linear time).
 *
 * Text: the clean texts of the sample corpus, repeated until ~N sentences.
 * Every stage of the default pipeline after `normalize` is timed separately,
 * so adding a stage (tag, parse, ner …) adds a row. Prints sentences/s,
 * tokens/s, model load time and peak RSS.
 * Usage: node dist/bench/nlp.bench.js [--sentences N] [--json]
 */
import { join } from "node:path";
import { createDoc, type Doc } from "../src/doc/doc.js";
import { readSources } from "../src/ingest/index.js";
import { Pipeline } from "../src/pipeline/pipeline.js";
import { DEFAULT_STAGES } from "../src/pipeline/registry.js";
import { packageRoot } from "../src/util/paths.js";

const args = process.argv.slice(2);
const target = args.includes("--sentences") ? Number(args[args.indexOf("--sentences") + 1]) : 20000;
const asJson = args.includes("--json");

// Cleaning stages prepare the text once; the linguistic core after them is what is timed (the
// linking, time/place and event stages have their own benchmarks: link, time and events).
const CLEANING = ["markup", "normalize", "clean", "language"];
const CORE = ["tokenize", "tag", "parse", "ner"];
const prep = new Pipeline(DEFAULT_STAGES.filter((s) => CLEANING.includes(s.name)));
const nlpStages = DEFAULT_STAGES.filter((s) => CORE.includes(s.name));

// Clean texts of the sample corpus.
const texts: string[] = [];
for await (const item of readSources([join(packageRoot(), "examples", "corpus")])) {
  if (item.kind !== "record") continue;
  const r = item.record;
  const doc = createDoc({
    id: r.id,
    raw: r.html ?? r.text ?? "",
    rawKind: r.html !== undefined ? "html" : "text",
  });
  try {
    await prep.run(doc);
    texts.push(doc.text);
  } catch {
    // a corpus record the prep stages reject is not part of the benchmark
  }
}

// Warm-up run: loads models lazily; timed separately as load time.
const warm = createDoc({ id: "warm", raw: "", rawKind: "text" });
warm.text = texts[0] ?? "Warm-up sentence.";
for (const l of ["raw", "metadata", "text"] as const) warm.layers.add(l);
const tLoad = performance.now();
const nlp = new Pipeline(nlpStages, ["raw", "metadata", "text"]);
await nlp.run(warm);
const loadMs = performance.now() - tLoad;

const perStage: Record<string, number> = {};
let sentences = 0;
let tokens = 0;
let docs = 0;
const t0 = performance.now();
while (sentences < target) {
  for (const text of texts) {
    const doc: Doc = createDoc({ id: `b${docs}`, raw: "", rawKind: "text" });
    doc.text = text;
    for (const l of ["raw", "metadata", "text"] as const) doc.layers.add(l);
    await nlp.run(doc);
    for (const [k, v] of Object.entries(doc.timings)) perStage[k] = (perStage[k] ?? 0) + v;
    sentences += doc.sentences.length;
    tokens += doc.tokens.length;
    docs++;
    if (sentences >= target) break;
  }
}
const secs = (performance.now() - t0) / 1000;

// Pathological inputs: time each; linear behaviour is what matters.
const patho: Record<string, string> = {
  empty: "",
  "1MB-no-punctuation": "word ".repeat(200_000),
  "10k-spaces": `Before.${" ".repeat(10_000)}After.`,
  "emoji-mixed-scripts": "Путин 会见 🇨🇳 Xi 😀😀 مرحبا Lavrov arrived. ".repeat(2000),
  "control-chars": "A\u0001B\u0002C\u0007 text\u0000. ".repeat(5000),
};
const pathoMs: Record<string, number | string> = {};
for (const [name, text] of Object.entries(patho)) {
  const doc = createDoc({ id: name, raw: "", rawKind: "text" });
  doc.text = text;
  for (const l of ["raw", "metadata", "text"] as const) doc.layers.add(l);
  const t = performance.now();
  try {
    await nlp.run(doc);
    pathoMs[name] = +(performance.now() - t).toFixed(1);
  } catch (err) {
    pathoMs[name] = `error ${(err as { code?: string }).code ?? String(err)}`;
  }
}

const result = {
  bench: "nlp",
  stages: nlpStages.map((s) => s.name),
  sentences,
  tokens,
  seconds: +secs.toFixed(3),
  sentences_per_s: Math.round(sentences / secs),
  tokens_per_s: Math.round(tokens / secs),
  per_stage_sentences_per_s: Object.fromEntries(
    Object.entries(perStage).map(([k, ms]) => [k, Math.round(sentences / (ms / 1000))]),
  ),
  model_load_ms: +loadMs.toFixed(1),
  pathological_ms: pathoMs,
  peak_rss_mb: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
};
if (asJson) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  process.stdout.write(
    `nlp bench (${result.stages.join(" → ")}): ${sentences} sentences, ${tokens} tokens in ${result.seconds}s\n` +
      `  throughput: ${result.sentences_per_s} sentences/s, ${result.tokens_per_s} tokens/s (one core)\n` +
      `  per stage (sentences/s): ${Object.entries(result.per_stage_sentences_per_s)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}\n` +
      `  first-run (model load) ${result.model_load_ms} ms; peak RSS ${result.peak_rss_mb} MB\n` +
      `  pathological inputs (ms): ${Object.entries(pathoMs)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}\n`,
  );
}
