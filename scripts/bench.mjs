#!/usr/bin/env node
// `npm run bench`: every benchmark in turn, each in its own process so peak RSS is per benchmark.
import { spawnSync } from "node:child_process";

const benches = [
  "dist/bench/ingest.bench.js",
  "dist/bench/nlp.bench.js",
  "dist/bench/time.bench.js",
  "dist/bench/link.bench.js",
  "dist/bench/events.bench.js",
];
let failed = 0;
for (const b of benches) {
  const r = spawnSync(process.execPath, [b, ...process.argv.slice(2)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
