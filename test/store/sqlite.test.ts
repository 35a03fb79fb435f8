import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/open.js";
import { sqliteMigrations } from "../../src/store/sqlite/migrations/index.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { runStoreConformance } from "./conformance.js";
import { putAll, rejectsWithCode } from "./helpers.js";
import type { WriterData } from "./concurrent-writer.js";
import { corpus, sanctionsSpec, talksSpec } from "./corpus.js";
import { buildDoc, hashOf } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let fileCounter = 0;
const freshPath = (): string => join(dir, `store-${++fileCounter}.db`);

runStoreConformance("sqlite (file)", () => openStore(freshPath()));
runStoreConformance("sqlite (:memory:)", () => openStore(":memory:"));

/** Open the database file directly, outside the store. */
function rawDb(path: string): Database.Database {
  return new Database(path);
}

describe("SqliteStore specifics", () => {
  it("creates parent directories and runs in WAL mode with foreign keys on", async () => {
    const path = join(dir, "nested", "deeper", "chancery.db");
    const store = (await openStore(path)) as SqliteStore;
    try {
      assert.ok(existsSync(path));
      assert.equal(store.pragma("journal_mode"), "wal");
      assert.equal(store.pragma("foreign_keys"), 1);
      assert.equal(store.pragma("synchronous"), 1);
      assert.ok(Number(store.pragma("busy_timeout")) >= 1000);
    } finally {
      await store.close();
    }
  });

  it("applies migrations once and keeps data across reopen", async () => {
    const path = freshPath();
    const first = await openStore(path);
    await putAll(first, corpus());
    await first.migrate();
    await first.close();

    const second = (await openStore(path)) as SqliteStore;
    await second.migrate();
    assert.equal(second.schemaVersion(), sqliteMigrations.at(-1)?.version);
    assert.equal((await second.stats()).events, 9);
    await second.close();

    const db = rawDb(path);
    const rows = db.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all();
    db.close();
    assert.deepEqual(
      rows,
      sqliteMigrations.map((m) => ({ version: m.version, name: m.name })),
    );
  });

  it("refuses a database written by a newer schema", async () => {
    const path = freshPath();
    await (await openStore(path)).close();
    const db = rawDb(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
      999,
      "from the future",
      new Date().toISOString(),
    );
    db.close();
    await rejectsWithCode(openStore(path), "CH_STORE_SCHEMA_NEWER");
  });

  it("rolls back a failing migration and stays at the previous version", async () => {
    const path = freshPath();
    const broken = [
      ...sqliteMigrations,
      {
        version: 1000,
        name: "broken",
        sql: "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);",
      },
    ];
    const store = SqliteStore.open(path, { migrations: broken });
    await rejectsWithCode(store.migrate(), "CH_STORE_MIGRATION");
    const applied = store.schemaVersion();
    await store.close();
    assert.equal(applied, sqliteMigrations.at(-1)?.version);
    const db = rawDb(path);
    const table = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get();
    db.close();
    assert.equal(table, undefined);
  });

  it("refuses to read before migrating and after closing", async () => {
    const store = SqliteStore.open(freshPath());
    await rejectsWithCode(store.stats(), "CH_STORE_OPEN");
    await store.migrate();
    assert.equal((await store.stats()).articles, 0);
    await store.close();
    await store.close();
    await rejectsWithCode(store.listEvents(), "CH_STORE_OPEN");
  });

  it("refuses PostgreSQL URLs and files that are not databases", async () => {
    await rejectsWithCode(openStore("postgres://ledger:secret@db.example.org/chancery"), "CH_STORE_OPEN");
    const notDb = join(dir, "not-a-database.db");
    writeFileSync(notDb, "this is a text file, not an SQLite database\n".repeat(50));
    await rejectsWithCode(openStore(notDb), "CH_STORE_OPEN", notDb);
  });

  it("keeps the full-text index in step with the articles table", async () => {
    const path = freshPath();
    const store = (await openStore(path)) as SqliteStore;
    await putAll(store, corpus());
    const v2 = buildDoc({
      ...talksSpec(),
      sentences: [...talksSpec().sentences, "Officials in Kazan welcomed it."],
    });
    await store.putArticle(v2, hashOf(v2));
    await store.close();

    const db = rawDb(path);
    try {
      db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
      const match = (q: string): number[] =>
        (
          db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid").all(q) as {
            rowid: number;
          }[]
        ).map((r) => r.rowid);
      assert.deepEqual(match("Kazan"), [4]);
      assert.deepEqual(match("Guilin"), [1, 4]);
      assert.deepEqual(match("title:ranks"), [1, 4]);
      const counts = db
        .prepare("SELECT (SELECT COUNT(*) FROM articles) AS a, (SELECT COUNT(*) FROM articles_fts) AS f")
        .get();
      assert.deepEqual(counts, { a: 4, f: 4 });
      assert.deepEqual(db.pragma("foreign_key_check"), []);
      assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    } finally {
      db.close();
    }
  });

  it("turns a malformed full-text query into a usage error", async () => {
    const store = await openStore(":memory:");
    await putAll(store, corpus());
    await rejectsWithCode(store.listEvents({ query: '"unbalanced' }), "CH_USAGE");
    await rejectsWithCode(store.listArticles({ query: "AND OR" }), "CH_USAGE");
    await store.close();
  });

  it("matches country and type filters case-insensitively", async () => {
    const store = await openStore(":memory:");
    await putAll(store, corpus());
    assert.equal((await store.listEvents({ actor: "gbr" })).length, 2);
    assert.equal((await store.listEvents({ type: "consult" })).length, 2);
    await store.close();
  });

  it("rebuilds the complete document, every layer included", async () => {
    const store = (await openStore(":memory:")) as SqliteStore;
    for (const doc of corpus()) {
      const put = await store.putArticle(doc, hashOf(doc));
      assert.deepEqual(await store.loadDoc(put.articleId), doc);
    }
    assert.equal(await store.loadDoc(99), null);
    await store.close();
  });

  it("lets two connections to one file write without losing or duplicating articles", async () => {
    const path = freshPath();
    const a = await openStore(path);
    const b = await openStore(path);
    const docs = corpus();
    const results = await Promise.all([
      ...docs.map((d) => a.putArticle(d, hashOf(d))),
      ...docs.map((d) => b.putArticle(d, hashOf(d))),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [
      "inserted",
      "inserted",
      "inserted",
      "skipped",
      "skipped",
      "skipped",
    ]);
    const other = buildDoc({
      ...sanctionsSpec(),
      id: "from-b",
      sentences: ["Moscow expelled three diplomats."],
      events: [],
      entities: [],
      places: [],
    });
    await b.putArticle(other, hashOf(other));
    assert.equal((await a.stats()).articles, 4);
    await a.close();
    await b.close();
  });

  it("serialises writers in separate threads on one fresh file: no lost, duplicated or failed puts", async () => {
    const path = freshPath();
    const run = (data: WriterData): Promise<string[]> =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL("./concurrent-writer.js", import.meta.url), { workerData: data });
        worker.once("message", (statuses: string[]) => resolve(statuses));
        worker.once("error", reject);
      });
    const results = await Promise.all([
      run({ path, name: "alpha", own: 25 }),
      run({ path, name: "beta", own: 25 }),
      run({ path, name: "gamma", own: 25 }),
    ]);
    const statuses = results.flat();
    assert.equal(statuses.length, 150);
    assert.equal(statuses.filter((s) => s === "inserted").length, 75 + 3);
    assert.equal(statuses.filter((s) => s === "skipped").length, 75 - 3);
    const store = await openStore(path);
    const stats = await store.stats();
    await store.close();
    assert.deepEqual([stats.articles, stats.events, stats.versions], [78, 9, 0]);
  });
});
