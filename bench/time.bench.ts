/**
 * `npm run bench` (time/place part) — gazetteer load time and size, and the
 * throughput of the `time` and `place` stages on news text, one core.
 *
 * Text: the sample corpus, prepared once up to `ner`; the two stages are then
 * run over it repeatedly until ~N sentences and timed separately.
 * Usage: node dist/bench/time.bench.js [--sentences N] [--json]
 */
import { join } from "node:path";
import { createDoc, type Doc } from "../src/doc/doc.js";
import { loadGazetteer } from "../src/geo/gazetteer.js";
import { readSources } from "../src/ingest/index.js";
import { buildPipeline } from "../src/pipeline/registry.js";
import { placeStage } from "../src/stages/place/index.js";
import { timeStage } from "../src/stages/time/index.js";
import { packageRoot } from "../src/util/paths.js";

const args = process.argv.slice(2);
const target = args.includes("--sentences") ? Number(args[args.indexOf("--sentences") + 1]) : 20000;
const asJson = args.includes("--json");

// Gazetteer: first load in this process, heap growth as its size.
global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const tGaz = performance.now();
const gaz = loadGazetteer();
const gazMs = performance.now() - tGaz;
const gazHeapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;

// The corpus, prepared once up to `ner`.
const prep = buildPipeline(["markup", "normalize", "clean", "language", "tokenize", "tag", "parse", "ner"]);
const docs: Doc[] = [];
for await (const item of readSources([join(packageRoot(), "examples", "corpus")])) {
  if (item.kind !== "record") continue;
  const r = item.record;
  const doc = createDoc({
    id: r.id,
    raw: r.html ?? r.text ?? "",
    rawKind: r.html !== undefined ? "html" : "text",
    published_at: r.published_at ?? null,
  });
  try {
    await prep.run(doc);
    if (doc.tokens.length > 0 && doc.tokens[0]?.head !== undefined) docs.push(doc);
  } catch {
    // a corpus record the prep stages reject is not part of the benchmark
  }
}

const ctx = { options: {} };
timeStage.run(docs[0] as Doc, ctx); // warm-up: phrase table, chrono
let sentences = 0;
let timeMs = 0;
let placeMs = 0;
let times = 0;
let places = 0;
while (sentences < target && docs.length > 0) {
  for (const doc of docs) {
    const t0 = performance.now();
    timeStage.run(doc, ctx);
    const t1 = performance.now();
    placeStage.run(doc, ctx);
    const t2 = performance.now();
    timeMs += t1 - t0;
    placeMs += t2 - t1;
    sentences += doc.sentences.length;
    times += doc.times.length;
    places += doc.places.length;
    if (sentences >= target) break;
  }
}

const report = {
  gazetteer: { ...gaz.stats, loadMs: Math.round(gazMs), heapMb: Math.round(gazHeapMb) },
  documents: docs.length,
  sentences,
  timeSentencesPerSecond: Math.round(sentences / (timeMs / 1000)),
  placeSentencesPerSecond: Math.round(sentences / (placeMs / 1000)),
  timesPerSentence: Number((times / Math.max(1, sentences)).toFixed(3)),
  placesPerSentence: Number((places / Math.max(1, sentences)).toFixed(3)),
  peakRssMb: Math.round(process.memoryUsage().rss / 1e6),
};
if (asJson) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  process.stdout.write(
    [
      `gazetteer: ${report.gazetteer.countries} countries, ${report.gazetteer.regions} regions, ${report.gazetteer.cities} cities ≥ 15,000, ${report.gazetteer.names} names; load ${report.gazetteer.loadMs} ms, heap +${report.gazetteer.heapMb} MB`,
      `time stage:  ${report.timeSentencesPerSecond} sentences/s (${report.timesPerSentence} expressions/sentence)`,
      `place stage: ${report.placeSentencesPerSecond} sentences/s (${report.placesPerSentence} places/sentence)`,
      `${report.sentences} sentences over ${report.documents} documents; peak RSS ${report.peakRssMb} MB`,
    ].join("\n") + "\n",
  );
}
