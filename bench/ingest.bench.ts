/**
 * `npm run bench` — ingest throughput and peak memory.
 *
 * Builds the sample corpus scaled ×N (default 50; each copy gets its own id,
 * URL and a marker so no copy is skipped as a duplicate) as one JSONL file in
 * a temp folder, ingests it into a fresh SQLite database through the same
 * path `chancery ingest` uses, and prints articles/s and peak RSS.
 * Usage: node dist/bench/ingest.bench.js [--scale N] [--json]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestSources } from "../src/app/ingest-run.js";
import { readSources } from "../src/ingest/index.js";
import type { InputRecord } from "../src/ingest/types.js";
import { buildPipeline } from "../src/pipeline/registry.js";
import { openStore } from "../src/store/open.js";
import { packageRoot } from "../src/util/paths.js";

const args = process.argv.slice(2);
const scale = args.includes("--scale") ? Number(args[args.indexOf("--scale") + 1]) : 50;
const asJson = args.includes("--json");

const records: InputRecord[] = [];
for await (const item of readSources([join(packageRoot(), "examples", "corpus")])) {
  if (item.kind === "record") records.push(item.record);
}
const dir = mkdtempSync(join(tmpdir(), "chancery-bench-"));
const input = join(dir, "scaled.jsonl");
const lines: string[] = [];
let bytes = 0;
for (let k = 0; k < scale; k++) {
  for (const r of records) {
    const marker = `\n\n(bench copy ${k})`;
    const rec = {
      id: `${r.id}~${k}`,
      url: r.url ? `${r.url}${r.url.includes("?") ? "&" : "?"}copy=${k}` : null,
      title: r.title ?? null,
      published_at: r.published_at ?? null,
      ...(r.html !== undefined
        ? {
            html: r.html.includes("</body>")
              ? r.html.replace("</body>", `<p>${marker}</p></body>`)
              : `${r.html}<p>${marker}</p>`,
          }
        : { text: r.text + marker }),
    };
    const line = JSON.stringify(rec);
    bytes += line.length;
    lines.push(line);
  }
}
writeFileSync(input, `${lines.join("\n")}\n`);

const pipeline = buildPipeline();
const store = await openStore(join(dir, "bench.db"));
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const summary = await ingestSources([input], pipeline, store, { progress: false });
const secs = (performance.now() - t0) / 1000;
await store.close();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
rmSync(dir, { recursive: true, force: true });

const result = {
  bench: "ingest",
  stages: pipeline.stages.map((s) => s.name),
  scale,
  articles: summary.inserted + summary.versions,
  skipped: summary.skipped,
  failed: summary.failed,
  input_mb: +(bytes / 1e6).toFixed(2),
  seconds: +secs.toFixed(3),
  articles_per_s: +((summary.inserted + summary.versions) / secs).toFixed(1),
  mb_per_s: +(bytes / 1e6 / secs).toFixed(2),
  peak_rss_mb: +peakRssMb.toFixed(1),
  rss_before_mb: +(rssBefore / 1048576).toFixed(1),
  node: process.version,
};
if (asJson) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  process.stdout.write(
    `ingest bench: ${result.articles} articles (sample corpus ×${scale}, ${result.input_mb} MB) in ${result.seconds}s\n` +
      `  throughput: ${result.articles_per_s} articles/s (${result.mb_per_s} MB/s), failed ${result.failed}\n` +
      `  peak RSS: ${result.peak_rss_mb} MB\n  stages: ${result.stages.join(" → ")}\n`,
  );
}
