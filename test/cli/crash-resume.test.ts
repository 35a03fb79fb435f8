import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { runCli, startCli, tempDir } from "../helpers/cli.js";

const TOTAL = 3000;

function makeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const countries = ["France", "Japan", "Brazil", "Kenya", "India", "Canada", "Egypt", "Peru"];
  for (let i = 0; i < TOTAL; i++) {
    const a = countries[i % countries.length];
    const b = countries[(i * 3 + 1) % countries.length];
    const body =
      `PARIS, May ${(i % 28) + 1}, 2024 (Wire) – Officials from ${a} met their counterparts from ${b} on Tuesday, article ${i}.\n\n` +
      `The talks covered trade and security. ${"Delegations discussed the agenda at length. ".repeat(10)}`;
    writeFileSync(join(dir, `a${String(i).padStart(5, "0")}.txt`), body);
  }
}

function count(db: string): number {
  let conn: Database.Database | null = null;
  try {
    conn = new Database(db, { readonly: true, fileMustExist: true });
    return (conn.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  } catch {
    return 0; // not created yet, or the schema is still being migrated
  } finally {
    conn?.close();
  }
}

function checkConsistent(db: string): void {
  const conn = new Database(db, { readonly: true });
  try {
    assert.equal(
      (conn.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check,
      "ok",
    );
    assert.deepEqual(conn.prepare("PRAGMA foreign_key_check").all(), []);
    const dupHash = conn
      .prepare("SELECT content_hash, count(*) c FROM articles GROUP BY content_hash HAVING c > 1")
      .all();
    assert.deepEqual(dupHash, [], "no duplicate content");
    const dupDoc = conn.prepare("SELECT doc_id, count(*) c FROM articles GROUP BY doc_id HAVING c > 1").all();
    assert.deepEqual(dupDoc, [], "no duplicate documents");
    // Every article is whole: its text is searchable and no annotation points at a missing article.
    const articles = (conn.prepare("SELECT count(*) n FROM articles").get() as { n: number }).n;
    const searchable = (conn.prepare("SELECT count(*) n FROM articles_fts").get() as { n: number }).n;
    assert.equal(searchable, articles, "FTS rows match articles");
    const emptyText = (
      conn.prepare("SELECT count(*) n FROM articles WHERE length(text) = 0").get() as { n: number }
    ).n;
    assert.equal(emptyText, 0, "no half-written article");
  } finally {
    conn.close();
  }
}

test("kill -9 mid-ingest leaves a consistent database, and a re-run completes with no duplicates", async () => {
  const dir = tempDir();
  const corpus = join(dir, "corpus");
  const db = join(dir, "crash.db");
  makeCorpus(corpus);

  const child = startCli(["ingest", corpus, "--db", db, "--no-progress"]);
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let killedAt = -1;
  for (let i = 0; i < 3000 && killedAt < 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
    if (child.exitCode !== null) break;
    const n = count(db);
    if (n >= 200) {
      child.kill("SIGKILL");
      killedAt = n;
    }
  }
  await exited;
  assert.ok(killedAt > 0, `the ingest was killed mid-way (stderr: ${stderr.slice(0, 500)})`);
  const afterKill = count(db);
  assert.ok(afterKill < TOTAL, `killed before the end (${afterKill} of ${TOTAL} stored)`);
  checkConsistent(db);

  const rerun = runCli(["ingest", corpus, "--db", db, "--no-progress", "--json"]);
  assert.equal(rerun.status, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout) as { inserted: number; skipped: number; failed: number };
  assert.equal(summary.failed, 0);
  assert.equal(summary.inserted + summary.skipped, TOTAL);
  assert.equal(summary.skipped, afterKill, "everything stored before the kill is skipped, not re-stored");
  assert.equal(count(db), TOTAL);
  checkConsistent(db);
});
