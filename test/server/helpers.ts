/**
 * A real API server on 127.0.0.1 (port 0) over a real SQLite file, filled
 * through the real ingest path (JSONL records through `ingestSources`) and
 * with coded events through `store.putArticle` (the event coder does not
 * exist yet), plus small fetch helpers.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { ingestSources } from "../../src/app/ingest-run.js";
import type { Doc } from "../../src/doc/doc.js";
import type { Pipeline } from "../../src/pipeline/pipeline.js";
import { buildPipeline } from "../../src/pipeline/registry.js";
import { buildServer } from "../../src/server/app.js";
import type { ServerOptions } from "../../src/server/options.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { corpus } from "../store/corpus.js";
import { actor, buildDoc } from "../store/fixtures.js";
import { putAll } from "../store/helpers.js";

/** The stages the server tests run (the shipped ones that need no model). */
export function testPipeline(): Pipeline {
  return buildPipeline(["markup", "normalize", "tokenize"]);
}

/** A running server and what it serves. */
export interface TestServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  base: string;
  store: Store;
  dir: string;
  close(): Promise<void>;
}

/** Start a server over a fresh (or the given) store with generous rate limits. */
export async function startServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "chancery-server-"));
  const store = options.store ?? (await openStore(join(dir, "ledger.db")));
  const app = await buildServer({
    pipeline: testPipeline(),
    rateLimit: { max: 100_000, windowMs: 60_000 },
    ...options,
    store,
  });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    app,
    base,
    store,
    dir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** JSONL records the ledger fixture ingests through the real ingest path. */
export const INGESTED = [
  {
    id: "wire-1",
    url: "https://wire.example.com/2024/05/ports",
    title: "Ports reopen after strike",
    published_at: "2024-05-02",
    text: "Dock workers in Rotterdam ended their strike on Thursday. Shipping lines said the backlog would clear within a week.",
  },
  {
    id: "wire-2",
    url: "https://wire.example.com/2024/05/summit",
    title: "Leaders gather for <script>alert(1)</script> summit",
    published_at: "2024-05-03",
    html: "<html><head><title>Summit</title><script>track()</script></head><body><p>Leaders of the Nordic states met in Oslo to discuss Arctic shipping lanes.</p><p>They agreed to meet again in autumn.</p></body></html>",
  },
  {
    id: "wire-3",
    published_at: "2024-05-04",
    text: "Farmers blocked roads near the capital to protest against fuel prices, police said.",
  },
];

/** A document whose evidence needs CSV quoting and formula guarding. */
export function trickyDoc(): Doc {
  return buildDoc({
    id: "tricky",
    source: "examples/corpus/tricky.txt",
    title: 'Quotes, commas and "formulas"',
    published_at: "2022-01-10",
    sentences: [
      '=HYPERLINK("http://evil.example") was painted on the wall, officials said.',
      'Protesters chanted "no more, never again"\nas police watched.',
    ],
    events: [
      {
        sentence: 0,
        trigger: "painted",
        actors: [actor("vandals, unknown", "FRA", "CVL")],
        recipients: [actor("officials", "FRA")],
        cameo: "145",
        type: "PROTEST",
        goldstein: -6.5,
        quadClass: 3,
        status: "occurred",
        date: { value: "2022-01-09", precision: "day", stated: false },
      },
      {
        sentence: 1,
        trigger: "chanted",
        actors: [actor("Protesters", "FRA", "CVL")],
        recipients: [actor("police", "FRA")],
        cameo: "141",
        type: "PROTEST",
        goldstein: -6.5,
        quadClass: 3,
        status: "occurred",
        date: { value: "2022-01-09", precision: "day", stated: false },
      },
    ],
  });
}

/** Fill `store`: the JSONL records through `ingestSources`, then the coded fixture corpus through `putArticle`. */
export async function fillLedger(store: Store, dir: string): Promise<void> {
  const file = join(dir, "records.jsonl");
  writeFileSync(file, `${INGESTED.map((r) => JSON.stringify(r)).join("\n")}\n`);
  const summary = await ingestSources([file], testPipeline(), store, { progress: false });
  if (summary.inserted !== INGESTED.length) {
    throw new Error(
      `fixture ingest stored ${summary.inserted} of ${INGESTED.length}: ${summary.errors.map((e) => e.message).join("; ")}`,
    );
  }
  await putAll(store, [...corpus(), trickyDoc()]);
}

/** A response with its parsed JSON body (or text). */
export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** GET (or any method) and parse the body as JSON when it is JSON. */
export async function request<T = unknown>(
  base: string,
  path: string,
  init: RequestInit = {},
): Promise<Reply<T>> {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  const json = (res.headers.get("content-type") ?? "").startsWith("application/json");
  return { status: res.status, headers: res.headers, text, body: (json ? JSON.parse(text) : text) as T };
}

/** POST a JSON body. */
export function postJson<T = unknown>(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  return request<T>(base, path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The error body every failure has. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/** An event as the API returns it (the fields the tests read). */
export interface ApiEvent {
  id: number;
  article_id: number;
  evidence: { sentence: string; start: number; end: number; trigger: string; rule: string };
  actor: Array<{ country: string | null }>;
  date: { value: string };
}

/** A page of a listing. */
export interface ApiPage<T> {
  data: T[];
  next_cursor: string | null;
}
