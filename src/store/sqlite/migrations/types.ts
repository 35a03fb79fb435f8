/**
 * One numbered schema change. Migrations are TypeScript modules (tsc does not
 * copy `.sql` files) and are applied in ascending `version` order, each in its
 * own transaction, and recorded in `schema_migrations`.
 */
export interface Migration {
  /** Positive integer, strictly increasing through the list; never reused. */
  version: number;
  /** Short description, recorded alongside the version. */
  name: string;
  /** The SQL to run (several statements allowed). Must not contain BEGIN/COMMIT. */
  sql: string;
}
