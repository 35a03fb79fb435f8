import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChanceryError, ErrorCode } from "../../src/errors.js";
import { type IngestOptionsInput, type IngestWarning, readSources } from "../../src/ingest/index.js";
import type { IngestItem, InputRecord } from "../../src/ingest/types.js";

/** Fetch options for tests: no politeness delay, short timeouts. */
export const FAST_FETCH = { perHostDelayMs: 0, timeoutMs: 2000 } as const;

/** A fresh directory under the OS temp dir, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "chancery-ingest-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Write files (name → content) into `dir`; returns their full paths in the same order. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await writeFile(path, content);
    paths.push(path);
  }
  return paths;
}

/** Everything `readSources` yields, plus the warnings it reported. */
export async function collect(
  sources: string[],
  options: IngestOptionsInput = {},
): Promise<{
  items: IngestItem[];
  records: InputRecord[];
  errors: ChanceryError[];
  warnings: IngestWarning[];
}> {
  const warnings: IngestWarning[] = [];
  const items: IngestItem[] = [];
  for await (const item of readSources(sources, { ...options, onWarning: (w) => warnings.push(w) }))
    items.push(item);
  const records = items.flatMap((i) => (i.kind === "record" ? [i.record] : []));
  const errors = items.flatMap((i) => (i.kind === "error" ? [i.error] : []));
  return { items, records, errors, warnings };
}

/** Assert that `error` has `code` and names `item` (exactly) in its `item` field and its message. */
export function assertCoded(error: ChanceryError | undefined, code: ErrorCode, item: string): void {
  assert.ok(error, `expected a ${code} error about ${item}`);
  assert.equal(error.code, code, error.message);
  assert.equal(error.item, item);
  assert.ok(error.message.includes(item), `message should name ${item}: ${error.message}`);
}

/** A route handler of the test server. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 with a route table; logs every request path. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Request paths in arrival order, with their start/end times. */
  log: { path: string; start: number; end: number; userAgent: string | undefined }[];
  close(): Promise<void>;
}

/** Start a server answering `routes[path]`, else 404. */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const log: TestServer["log"] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const entry = { path, start: Date.now(), end: 0, userAgent: req.headers["user-agent"] };
    log.push(entry);
    res.on("close", () => {
      entry.end = Date.now();
    });
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    Promise.resolve(route(req, res)).catch((err: unknown) => {
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A route that answers with a fixed status, content type and body. */
export function respond(status: number, contentType: string, body: string | Uint8Array): Route {
  return (_req, res) => {
    res.writeHead(status, { "content-type": contentType }).end(body);
  };
}

/** An HTML page with a title and one paragraph of body text. */
export function page(title: string, text: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><p>${text}</p></body></html>`;
}
