/**
 * `npm run bench:api` — latency and throughput of the API on a 1M-event store.
 *
 * Builds the synthetic store (scripts/gen-synthetic-store.ts) once and reuses
 * it from `data/synthetic-<N>.db`, starts the real server in a child process
 * on 127.0.0.1 (port 0, no rate limit), then measures from this process:
 *
 * - p50/p95/p99 latency of `/api/events?limit=100` with two filters (actor +
 *   PLOVER type), first pages and follow-up pages through the cursor, varied
 *   over busy and quiet countries and all 16 types;
 * - p50/p95/p99 latency of a 5-year monthly dyad series (USA–CHN and other
 *   pairs);
 * - sustained requests/s with autocannon over a mix of those requests, for a
 *   bounded duration (10 s).
 *
 * Targets: p95 events ≤ 50 ms, p95 dyad series ≤ 100 ms. Exit code 1 when a
 * target is missed.
 * Usage: node dist/bench/api.bench.js [--events N] [--db PATH] [--samples N] [--duration S] [--connections N] [--json]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { generateSyntheticStore } from "../scripts/gen-synthetic-store.js";
import { buildServer } from "../src/server/app.js";
import { openStore } from "../src/store/open.js";
import { packageRoot } from "../src/util/paths.js";

/** The part of autocannon's result this bench reads. */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}

type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests: Array<{ path: string }>;
}) => Promise<AutocannonResult>;

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const pathOption = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const TYPES = [
  "CONSULT",
  "ACCUSE",
  "ASSAULT",
  "AGREE",
  "SUPPORT",
  "COOPERATE",
  "REQUEST",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "COERCE",
  "SANCTION",
  "AID",
  "MOBILIZE",
  "CONCEDE",
  "RETREAT",
];
/** Busy and quiet countries (the synthetic store draws actors with a Zipf law in this order). */
const ACTORS = [
  "USA",
  "CHN",
  "RUS",
  "GBR",
  "UKR",
  "ISR",
  "IRN",
  "FRA",
  "IND",
  "TUR",
  "SYR",
  "KEN",
  "NOR",
  "PER",
  "BTN",
];
const PAIRS: Array<[string, string]> = [
  ["USA", "CHN"],
  ["RUS", "UKR"],
  ["ISR", "IRN"],
  ["GBR", "FRA"],
  ["IND", "PAK"],
  ["USA", "RUS"],
];

/** Serve `db` on 127.0.0.1 and print the address on stdout (the child-process mode of this file). */
async function serveOnly(db: string): Promise<void> {
  const store = await openStore(db);
  const app = await buildServer({ store, rateLimit: false });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  process.stdout.write(`${address}\n`);
  process.once("SIGTERM", () => {
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}

/** Start the server child and wait for its address. */
async function startChild(db: string): Promise<{ child: ChildProcess; base: string }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [self, "--serve-only", db], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const base = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
    lines.once("line", (line) => resolve(line.trim()));
  });
  return { child, base };
}

/** p-th percentile (nearest rank) of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

interface Latency {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Time `paths` one after another (keep-alive), failing on any non-200. */
async function measure(base: string, paths: readonly string[]): Promise<Latency> {
  const times: number[] = [];
  for (const path of paths) {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`);
    const body = await res.text();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${body.slice(0, 200)}`);
  }
  times.sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    samples: times.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    max: round(times.at(-1) ?? NaN),
  };
}

/** Event-list paths: first pages, and second pages through each first page's cursor. */
async function eventPaths(base: string, samples: number): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; paths.length < samples; i++) {
    const actor = ACTORS[i % ACTORS.length] as string;
    const type = TYPES[(i * 7) % TYPES.length] as string;
    const first = `/api/events?actor=${actor}&type=${type}&limit=100`;
    paths.push(first);
    if (i % 2 === 0 && paths.length < samples) {
      const res = await fetch(`${base}${first}`);
      const page = (await res.json()) as { next_cursor: string | null };
      if (page.next_cursor) paths.push(`${first}&cursor=${page.next_cursor}`);
    }
  }
  return paths;
}

/** Five-year monthly dyad series, mostly USA–CHN. */
function seriesPaths(samples: number): string[] {
  return Array.from({ length: samples }, (_, i) => {
    const [a, b] = i % 2 === 0 ? ["USA", "CHN"] : (PAIRS[i % PAIRS.length] as [string, string]);
    return `/api/dyads/${a}/${b}/series?interval=month&from=2020-01&to=2024-12`;
  });
}

async function main(): Promise<void> {
  const events = option("events", 1_000_000);
  const samples = option("samples", 300);
  const duration = option("duration", 10);
  const connections = option("connections", 10);
  const asJson = args.includes("--json");
  const db = pathOption("db") ?? join(packageRoot(), "data", `synthetic-${events}.db`);
  const log = (line: string): void => {
    if (!asJson) process.stderr.write(`${line}\n`);
  };

  log(`bench:api: store ${db} (${events.toLocaleString("en")} events; built once, then reused)`);
  const t0 = performance.now();
  const store = await generateSyntheticStore({ events, path: db, log });
  log(
    `bench:api: store ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (${(store.bytes / 1e9).toFixed(2)} GB)`,
  );

  const { child, base } = await startChild(db);
  try {
    // Warm the page cache the way a running server is warm.
    await measure(base, [...(await eventPaths(base, 60)), ...seriesPaths(20)]);
    const eventList = await measure(base, await eventPaths(base, samples));
    const dyadSeries = await measure(base, seriesPaths(Math.max(50, Math.round(samples / 2))));

    const require = createRequire(import.meta.url);
    const autocannon = require("autocannon") as Autocannon;
    const mix = [...(await eventPaths(base, 40)), ...seriesPaths(10)].map((path) => ({ path }));
    const load = await autocannon({ url: base, connections, duration, requests: mix });

    const report = {
      events: store.events,
      articles: store.articles,
      eventList,
      dyadSeries,
      sustained: {
        connections,
        seconds: duration,
        requestsPerSecond: Math.round(load.requests.average),
        requests: load.requests.total,
        latencyP50: load.latency.p50,
        latencyP99: load.latency.p99,
        non2xx: load.non2xx,
        errors: load.errors + load.timeouts,
      },
      targets: { eventListP95: 50, dyadSeriesP95: 100 },
    };
    const met = eventList.p95 <= 50 && dyadSeries.p95 <= 100 && load.non2xx === 0 && load.errors === 0;
    if (asJson) {
      process.stdout.write(`${JSON.stringify({ ...report, met })}\n`);
    } else {
      const row = (name: string, l: Latency, target: number): string =>
        `  ${name.padEnd(44)} p50 ${l.p50.toFixed(1).padStart(6)} ms  p95 ${l.p95.toFixed(1).padStart(6)} ms  ` +
        `p99 ${l.p99.toFixed(1).padStart(6)} ms  (n=${l.samples}, target p95 ≤ ${target} ms)`;
      process.stdout.write(
        `API on ${store.events.toLocaleString("en")} events / ${store.articles.toLocaleString("en")} articles (SQLite):\n` +
          `${row("GET /api/events?actor=…&type=…&limit=100", eventList, 50)}\n` +
          `${row("GET /api/dyads/A/B/series (5 years, monthly)", dyadSeries, 100)}\n` +
          `  sustained (autocannon, ${connections} connections, ${duration} s, mixed): ` +
          `${report.sustained.requestsPerSecond} req/s, latency p50 ${load.latency.p50} ms p99 ${load.latency.p99} ms, ` +
          `${load.non2xx} non-2xx, ${report.sustained.errors} errors\n` +
          `  targets ${met ? "met" : "MISSED"}\n`,
      );
    }
    process.exitCode = met ? 0 : 1;
  } finally {
    child.kill("SIGTERM");
  }
}

if (args[0] === "--serve-only" && args[1]) await serveOnly(args[1]);
else await main();
