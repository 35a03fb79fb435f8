/**
 * `chancery start` (what `npm start` runs): ingests the sample corpus on the
 * first run only, `--ingest-only` exits, and otherwise it serves the app and
 * the API and prints the URL.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { ensureWebApp } from "../e2e/helpers.js";
import { runCli, startCli, tempDir } from "../helpers/cli.js";

test("start ingests the sample corpus on the first run only, and --ingest-only exits", () => {
  const db = join(tempDir(), "start.db");
  const first = runCli(["start", "--db", db, "--ingest-only"]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /ingesting the sample corpus/);
  const inserted = /(\d+) new/.exec(first.stdout);
  assert.ok(inserted && Number(inserted[1]) > 0, first.stdout);
  const second = runCli(["start", "--db", db, "--ingest-only"]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, new RegExp(`already holds ${inserted[1]} articles`));
  assert.doesNotMatch(second.stdout, /ingesting/);
});

test("start serves the app and the API and prints the URL; SIGTERM stops it", async () => {
  ensureWebApp();
  const db = join(tempDir(), "served.db");
  assert.equal(runCli(["start", "--db", db, "--ingest-only"]).status, 0);
  const child = startCli(["start", "--db", db, "--port", "0"]);
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`start exited with ${code}: ${out}`)));
    });
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<script type="module" src="app.js"><\/script>/);
    const stats = (await (await fetch(`${base}/api/stats`)).json()) as { articles: number };
    assert.ok(stats.articles > 0);
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
});
