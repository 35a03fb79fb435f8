import type Database from "better-sqlite3";
import { asChanceryError, ChanceryError } from "../../errors.js";
import type { Migration } from "./migrations/index.js";

const LEDGER_DDL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version     INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL,
  applied_at  TEXT    NOT NULL
) STRICT`;

/** Check that a migration list is usable: positive integer versions in strictly increasing order. */
function checkMigrationList(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new ChanceryError(
        "CH_STORE_MIGRATION",
        `migration "${m.name}" has version ${m.version}; versions must be positive integers in increasing order`,
      );
    }
    previous = m.version;
  }
}

/** The highest migration version recorded in the database (0 when none is). */
export function appliedSchemaVersion(db: Database.Database): number {
  const ledger = db
    .prepare("SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (ledger === undefined) return 0;
  const row = db.prepare("SELECT MAX(version) AS version FROM schema_migrations").get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

/**
 * Refuse a database whose schema is newer than the newest migration this code
 * knows: writing to it could lose or corrupt data it relies on.
 */
export function assertSchemaNotNewer(db: Database.Database, migrations: readonly Migration[]): void {
  const known = migrations.at(-1)?.version ?? 0;
  const applied = appliedSchemaVersion(db);
  if (applied > known) {
    throw new ChanceryError(
      "CH_STORE_SCHEMA_NEWER",
      `the database has schema version ${applied}, but this version of Chancery knows only up to ${known}; upgrade Chancery`,
      { item: db.name },
    );
  }
}

/**
 * Apply every migration the database lacks, each in its own `BEGIN IMMEDIATE`
 * transaction together with its `schema_migrations` row, so a failure leaves
 * the database at the previous version. Safe to call repeatedly and from
 * several processes at once: each pending version is re-checked under the
 * write lock.
 *
 * @returns the versions applied by this call (empty when already up to date).
 * @throws ChanceryError `CH_STORE_SCHEMA_NEWER` when the database is newer than `migrations`,
 *   `CH_STORE_MIGRATION` when a migration fails.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[]): number[] {
  checkMigrationList(migrations);
  try {
    db.exec(LEDGER_DDL);
  } catch (err) {
    throw asChanceryError(err, "CH_STORE_MIGRATION", db.name);
  }
  assertSchemaNotNewer(db, migrations);
  const isApplied = db.prepare("SELECT 1 AS present FROM schema_migrations WHERE version = ?");
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  const applied: number[] = [];
  for (const migration of migrations) {
    const apply = db.transaction((): boolean => {
      if (isApplied.get(migration.version) !== undefined) return false;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    try {
      if (apply.immediate()) applied.push(migration.version);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new ChanceryError(
        "CH_STORE_MIGRATION",
        `migration ${migration.version} ("${migration.name}") failed and was rolled back: ${detail}`,
        { item: db.name, cause: err },
      );
    }
  }
  return applied;
}
