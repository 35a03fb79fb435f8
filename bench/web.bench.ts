/**
 * `node dist/bench/web.bench.js` — what the web app asks of the server on a
 * 1M-event store (the synthetic store of `npm run bench:api`, built once and
 * reused from `data/synthetic-<N>.db`):
 *
 * - `/api/overview` cold (first request after start: one scan of the dated
 *   events) per interval, and warm (cached until the ledger changes) p50/p95;
 * - the other requests the views make on load: the network of the last year,
 *   the country list of the dyad pickers, a dyad series, the first events page;
 * - the size of the app bundle (raw and gzip).
 *
 * Usage: node dist/bench/web.bench.js [--events N] [--db PATH] [--samples N]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { generateSyntheticStore } from "../scripts/gen-synthetic-store.js";
import { buildServer } from "../src/server/app.js";
import { defaultWebRoot, isWebAppBuilt } from "../src/server/web.js";
import { openStore } from "../src/store/open.js";
import { packageRoot } from "../src/util/paths.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const dbOption = (): string | undefined => {
  const i = args.indexOf("--db");
  return i >= 0 ? args[i + 1] : undefined;
};

/** Latency percentiles in milliseconds. */
interface Latency {
  p50: number;
  p95: number;
  samples: number;
}

async function time(base: string, path: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${base}${path}`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  return performance.now() - t;
}

async function measure(base: string, path: string, samples: number): Promise<Latency> {
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) ms.push(await time(base, path));
  ms.sort((a, b) => a - b);
  const at = (q: number): number => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), samples };
}

async function main(): Promise<void> {
  const events = option("events", 1_000_000);
  const samples = option("samples", 40);
  const db = dbOption() ?? join(packageRoot(), "data", `synthetic-${events}.db`);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  await generateSyntheticStore({ events, path: db, log });
  const store = await openStore(db);
  const app = await buildServer({ store, rateLimit: false });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  try {
    const lines: string[] = [`Web app requests on ${events.toLocaleString("en")} events (SQLite, ${db}):`];
    for (const interval of ["month", "week", "year"]) {
      const cold = await time(base, `/api/overview?interval=${interval}`);
      lines.push(`  GET /api/overview?interval=${interval} cold ${cold.toFixed(0).padStart(6)} ms`);
    }
    const row = (name: string, l: Latency): string =>
      `  ${name.padEnd(52)} p50 ${l.p50.toFixed(1).padStart(7)} ms  p95 ${l.p95.toFixed(1).padStart(7)} ms  (n=${l.samples})`;
    lines.push(
      row("GET /api/overview (warm, cached)", await measure(base, "/api/overview?interval=month", samples)),
    );
    for (const [name, path] of [
      ["GET /api/stats", "/api/stats"],
      ["GET /api/entities?kind=country&limit=500 (dyad pickers)", "/api/entities?kind=country&limit=500"],
      ["GET /api/dyads/USA/CHN/series?interval=month", "/api/dyads/USA/CHN/series?interval=month"],
      ["GET /api/events?actor=USA&recipient=CHN&limit=50", "/api/events?actor=USA&recipient=CHN&limit=50"],
      ["GET /api/network (last 365 days, 150 edges)", "/api/network?limit=150"],
    ] as const) {
      lines.push(row(name, await measure(base, path, Math.max(5, Math.round(samples / 4)))));
    }
    const web = defaultWebRoot();
    if (isWebAppBuilt(web)) {
      for (const file of ["app.js", "app.css"]) {
        const bytes = readFileSync(join(web, file));
        lines.push(
          `  ${file.padEnd(8)} ${(bytes.length / 1024).toFixed(0)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KiB gzip`,
        );
      }
    }
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await app.close();
    await store.close();
  }
}

await main();
