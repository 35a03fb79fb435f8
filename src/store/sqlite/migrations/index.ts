import { initialSchema } from "./001-initial.js";
import { ledgerIndex } from "./002-ledger-index.js";
import { eventDays } from "./003-event-days.js";
import type { Migration } from "./types.js";

export type { Migration } from "./types.js";

/**
 * Every SQLite schema migration, in the order they are applied. Append new
 * migrations at the end with the next version number; never edit or remove
 * one that has been released.
 */
export const sqliteMigrations: readonly Migration[] = [initialSchema, ledgerIndex, eventDays];

/** The schema version this code writes: the highest migration version. */
export const latestSchemaVersion: number = sqliteMigrations.reduce((max, m) => Math.max(max, m.version), 0);
