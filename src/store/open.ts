import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ChanceryError } from "../errors.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

/** The database location the CLI uses when none is given. */
export const DEFAULT_STORE_LOCATION = "./data/chancery.db";

/**
 * Open the store at `location` and bring its schema up to date.
 *
 * - a file path: an SQLite database, created (with its parent directories) when missing;
 * - `:memory:`: a private in-memory SQLite database, gone when closed;
 * - a `postgres://` or `postgresql://` URL: reserved for the PostgreSQL store (not yet supported).
 *
 * @throws ChanceryError `CH_STORE_OPEN`, `CH_STORE_SCHEMA_NEWER` or `CH_STORE_MIGRATION`.
 * @example
 * const store = await openStore("./data/chancery.db");
 * try { await store.putArticle(doc, hash); } finally { await store.close(); }
 */
export async function openStore(location: string = DEFAULT_STORE_LOCATION): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//i.test(location)) {
    throw new ChanceryError(
      "CH_STORE_OPEN",
      "PostgreSQL is not yet supported; use an SQLite file path or :memory:",
      { item: location.replace(/\/\/[^@/]*@/, "//***@") },
    );
  }
  if (location.trim() === "") throw new ChanceryError("CH_STORE_OPEN", "the database location is empty");
  if (location !== ":memory:") {
    try {
      mkdirSync(dirname(resolve(location)), { recursive: true });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new ChanceryError("CH_STORE_OPEN", `cannot create the database directory: ${detail}`, {
        item: location,
        cause: err,
      });
    }
  }
  const store = SqliteStore.open(location);
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
