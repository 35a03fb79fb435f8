import type Database from "better-sqlite3";
import { asChanceryError, ChanceryError } from "../../../errors.js";
import { isFtsQueryError } from "../read.js";

/**
 * Prepared statements keyed by their SQL text, so a query shape built from a
 * combination of filters is prepared once and reused. The SQL text never
 * contains filter values: they are always bound parameters.
 */
export class StatementCache {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
  }

  /** The prepared statement for `sql`. */
  get(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  /** All rows of `sql` with `params`. */
  all<T>(sql: string, params: readonly unknown[] = []): T[] {
    return this.get(sql).all(...params) as T[];
  }

  /** The first row of `sql` with `params`, or undefined. */
  get1<T>(sql: string, params: readonly unknown[] = []): T | undefined {
    return this.get(sql).get(...params) as T | undefined;
  }

  /**
   * Run `read`, turning a malformed full-text query into `CH_USAGE` naming it
   * and any other SQLite failure into `CH_INTERNAL`.
   */
  guard<T>(query: string | undefined, read: () => T): T {
    try {
      return read();
    } catch (err) {
      if (err instanceof ChanceryError) throw err;
      if (query !== undefined && isFtsQueryError(err)) {
        const detail = err instanceof Error ? err.message : String(err);
        throw new ChanceryError("CH_USAGE", `the full-text query "${query}" is not valid: ${detail}`);
      }
      throw asChanceryError(err, "CH_INTERNAL", this.db.name);
    }
  }
}
