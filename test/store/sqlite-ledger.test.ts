/**
 * The SQLite ledger index (migration 2): the backfill of an existing
 * database and the triggers of the writer produce the same tables, and the
 * running totals follow versions, reinstatements and deletions.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import type { Doc } from "../../src/doc/doc.js";
import { openStore } from "../../src/store/open.js";
import { sqliteMigrations } from "../../src/store/sqlite/migrations/index.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { corpus, talksSpec } from "./corpus.js";
import { actor, buildDoc } from "./fixtures.js";
import { putAll } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-ledger-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const freshPath = (): string => join(dir, `ledger-${++counter}.db`);

/** Every row of the ledger tables; `ids: false` leaves out the id-bearing ones. */
function ledgerRows(path: string, ids = true): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const all = (sql: string): unknown[] => db.prepare(sql).all();
    return {
      ...(ids
        ? {
            parties: all("SELECT * FROM event_parties ORDER BY role, party, day, event_id"),
            dyads: all("SELECT * FROM event_dyads ORDER BY actor, recipient, day, event_id"),
          }
        : {}),
      totals: all("SELECT * FROM party_totals WHERE as_actor + as_recipient + articles > 0 ORDER BY party"),
      sectors: all("SELECT * FROM party_sectors WHERE actors > 0 ORDER BY party, role, sector"),
      events: all("SELECT * FROM event_totals WHERE events > 0 ORDER BY dimension, value"),
    };
  } finally {
    db.close();
  }
}

/** The talks document with one more event, stored as the next version of its URL. */
function talksV2(): Doc {
  const spec = talksSpec();
  spec.sentences.push("Wang Yi will host Lavrov in June.");
  spec.events?.push({
    sentence: spec.sentences.length - 1,
    trigger: "host",
    actors: [{ text: "Wang Yi", name: "Wang Yi", entity_id: "e2", country: "CHN", sector: "GOV" }],
    recipients: [actor("Lavrov", "RUS")],
    cameo: "043",
    type: "CONSULT",
    goldstein: 2.8,
    quadClass: 1,
    status: "planned",
    date: { value: "2021-06", precision: "month", stated: true, text: "June" },
  });
  return buildDoc(spec);
}

describe("SQLite ledger index", () => {
  it("backfills an existing database to exactly what the triggers maintain", async () => {
    const docs = [...corpus(), talksV2()];
    const live = freshPath();
    const store = await openStore(live);
    await putAll(store, docs);
    await store.close();

    const old = freshPath();
    const v1 = SqliteStore.open(old, { migrations: sqliteMigrations.slice(0, 1) });
    await v1.migrate();
    await putAll(v1, docs);
    await v1.close();
    await (await openStore(old)).close();

    const [a, b] = [ledgerRows(live), ledgerRows(old)];
    assert.ok((a["dyads"]?.length ?? 0) > 0 && (a["parties"]?.length ?? 0) > 0);
    assert.deepEqual(b, a);
  });

  it("restores the totals when a superseded version is made current again", async () => {
    const reference = freshPath();
    const plain = await openStore(reference);
    await putAll(plain, corpus());
    await plain.close();

    const path = freshPath();
    const store = await openStore(path);
    await putAll(store, [...corpus(), talksV2()]);
    await store.close();
    const db = new Database(path);
    db.exec(
      "UPDATE articles SET is_current = 0 WHERE id = 4; UPDATE articles SET is_current = 1 WHERE id = 1;",
    );
    db.close();
    assert.deepEqual(ledgerRows(path), ledgerRows(reference));
  });

  it("takes a deleted article out of the index and the totals", async () => {
    const reference = freshPath();
    const plain = await openStore(reference);
    const [talks, sanctions] = corpus();
    await putAll(plain, [talks as Doc, sanctions as Doc]);
    await plain.close();

    const path = freshPath();
    const store = await openStore(path);
    await putAll(store, corpus());
    await store.close();
    const db = new Database(path);
    db.pragma("foreign_keys = ON");
    db.prepare("DELETE FROM articles WHERE doc_id = ?").run("notes-ceasefire");
    db.close();
    assert.deepEqual(ledgerRows(path), ledgerRows(reference));
  });

  it("serves keyset pages from the index without sorting", () => {
    const path = freshPath();
    return openStore(path).then(async (store) => {
      await store.close();
      const db = new Database(path, { readonly: true });
      const plan = (sql: string): string =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
          .map((r) => r.detail)
          .join("; ");
      const byParty = plan(`SELECT e.id FROM event_parties p CROSS JOIN events e ON e.id = p.event_id
        CROSS JOIN articles a ON a.id = e.article_id
        WHERE p.role = 'actor' AND p.party = 'USA' AND e.plover_type = 'CONSULT' AND p.day > ''
        ORDER BY p.day DESC, p.event_id DESC LIMIT 101`);
      const byType =
        plan(`SELECT e.id FROM events e INDEXED BY events_type CROSS JOIN articles a ON a.id = e.article_id
        WHERE e.plover_type = 'CONSULT' AND e.date_start > '' AND e.date_start <= '2021-01-01'
        ORDER BY e.date_start DESC, e.id DESC LIMIT 101`);
      const series = plan(`SELECT day, quad_class, COUNT(*) FROM event_dyads
        WHERE actor = 'USA' AND recipient = 'CHN' AND day > '' AND day >= '2020-01-01' AND day <= '2024-12-31'
        GROUP BY day, quad_class`);
      db.close();
      for (const [what, detail] of [
        ["party page", byParty],
        ["type page", byType],
      ] as const) {
        assert.ok(!/TEMP B-TREE/.test(detail), `${what} must not sort: ${detail}`);
      }
      assert.match(byParty, /SEARCH p USING PRIMARY KEY \(role=\? AND party=\? AND day>\?\)/);
      assert.match(
        byType,
        /SEARCH e USING INDEX events_type \(plover_type=\? AND date_start>\? AND date_start<\?\)/,
      );
      assert.match(
        series,
        /SEARCH event_dyads USING PRIMARY KEY \(actor=\? AND recipient=\? AND day>\? AND day<\?\)/,
      );
    });
  });
});
