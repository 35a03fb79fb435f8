/**
 * End-to-end harness: a real `chancery serve` server (built in-process by
 * `buildServer`, the web app served from dist/web) on a random loopback port,
 * over a temporary SQLite ledger filled by the real ingest of the sample
 * corpus plus coded events stored through the real store; and a real headless
 * Chromium (found or installed by scripts/ensure-chromium.sh) driven by
 * playwright-core.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
import { ingestSources } from "../../src/app/ingest-run.js";
import type { Doc } from "../../src/doc/doc.js";
import { buildPipeline } from "../../src/pipeline/registry.js";
import { buildServer } from "../../src/server/app.js";
import { defaultWebRoot, isWebAppBuilt } from "../../src/server/web.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { packageRoot } from "../../src/util/paths.js";
import { putAll } from "../store/helpers.js";

/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(packageRoot(), "test-artifacts");

/** The bearer token of the test server's ingest endpoint. */
export const TOKEN = "e2e-token";

/**
 * The Chromium executable, or a reason why there is none. Runs
 * scripts/ensure-chromium.sh, which installs Debian's `chromium` when it is
 * missing and the tests run as root.
 */
export function findChromium(): { path: string } | { reason: string } {
  const script = join(packageRoot(), "scripts", "ensure-chromium.sh");
  const res = spawnSync("sh", [script], { encoding: "utf8", timeout: 15 * 60_000 });
  const path = res.stdout.trim().split("\n").pop() ?? "";
  if (res.status === 0 && path) return { path };
  return {
    reason: `no Chromium for the end-to-end tests: ${res.stderr.trim() || `exit ${String(res.status)}`}`,
  };
}

/** Build the web app when dist/web holds none (the build script is fast). */
export function ensureWebApp(): void {
  if (isWebAppBuilt(defaultWebRoot())) return;
  const res = spawnSync(process.execPath, [join(packageRoot(), "scripts", "build-web.mjs")], {
    encoding: "utf8",
  });
  if (res.status !== 0) throw new Error(`building the web app failed: ${res.stderr}`);
}

/** A running app server over a temporary ledger. */
export interface AppServer {
  app: FastifyInstance;
  base: string;
  store: Store;
  close(): Promise<void>;
}

/**
 * Start the server over a fresh ledger: the sample corpus through the real
 * ingest (every shipped stage), then `docs` through `store.putArticle`.
 */
export async function startAppServer(docs: readonly Doc[]): Promise<AppServer> {
  ensureWebApp();
  const dir = mkdtempSync(join(tmpdir(), "chancery-e2e-"));
  const store = await openStore(join(dir, "ledger.db"));
  const summary = await ingestSources([join(packageRoot(), "examples", "corpus")], buildPipeline(), store, {
    progress: false,
  });
  if (summary.inserted === 0) throw new Error("the sample corpus stored no article");
  await putAll(store, docs);
  const app = await buildServer({ store, token: TOKEN, rateLimit: { max: 100_000, windowMs: 60_000 } });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    app,
    base,
    store,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Launch headless Chromium. */
export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
}

/** Console errors and page errors of a page (CSP violations are logged as console errors). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

/** Open an app route (`/events?actor=USA`) and wait until its view has rendered. */
export async function openRoute(page: Page, base: string, route: string): Promise<void> {
  await page.goto(`${base}/#${route}`);
  await waitReady(page);
}

/** Wait until the current view has rendered. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('main[data-ready="true"]', { timeout: 15_000 });
}

/** Save a full-page screenshot under test-artifacts/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
