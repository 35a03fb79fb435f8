import type { Migration } from "./types.js";

/** The first day of event `e` (`''` when undated), the key of `event_day_totals`. */
const DAY = "COALESCE(substr(e.date_start, 1, 10), '')";

/** Per-day counts of the events selected by `where` (over `events e`). */
const dayCounts = (where: string): string =>
  `SELECT ${DAY} AS d, COUNT(*) AS n, SUM(e.goldstein) AS g, SUM(e.quad_class = 0) AS q0,
     SUM(e.quad_class = 1) AS q1, SUM(e.quad_class = 2) AS q2, SUM(e.quad_class = 3) AS q3,
     SUM(e.quad_class = 4) AS q4
   FROM events e WHERE ${where} GROUP BY 1`;

/** Add (1) or remove (-1) the events selected by `where` from `event_day_totals`. */
const adjustDays = (where: string, sign: 1 | -1): string =>
  sign === 1
    ? `INSERT INTO event_day_totals (day, events, goldstein_sum, q0, q1, q2, q3, q4)
       SELECT x.d, x.n, x.g, x.q0, x.q1, x.q2, x.q3, x.q4 FROM (${dayCounts(where)}) AS x WHERE true
       ON CONFLICT (day) DO UPDATE SET events = events + excluded.events,
         goldstein_sum = goldstein_sum + excluded.goldstein_sum, q0 = q0 + excluded.q0, q1 = q1 + excluded.q1,
         q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4;`
    : `UPDATE event_day_totals SET events = event_day_totals.events - x.n,
         goldstein_sum = event_day_totals.goldstein_sum - x.g, q0 = event_day_totals.q0 - x.q0,
         q1 = event_day_totals.q1 - x.q1, q2 = event_day_totals.q2 - x.q2, q3 = event_day_totals.q3 - x.q3,
         q4 = event_day_totals.q4 - x.q4
       FROM (${dayCounts(where)}) AS x WHERE event_day_totals.day = x.d;`;

/**
 * Running totals for the ledger overview, so it reads small tables instead
 * of every event:
 *
 * - `event_day_totals`: current events per first day (count, Goldstein sum,
 *   count per QuadClass; `''` for undated events);
 * - `dyad_totals`: rows of `event_dyads` per directed pair (count, Goldstein
 *   sum), for the top dyads.
 *
 * Kept in step by triggers next to those of migration 2 (inside the writer's
 * transaction); backfilled from what is stored.
 */
export const eventDays: Migration = {
  version: 3,
  name: "per-day and per-dyad event totals for the overview",
  sql: `
CREATE TABLE event_day_totals (
  day            TEXT    PRIMARY KEY,
  events         INTEGER NOT NULL DEFAULT 0,
  goldstein_sum  REAL    NOT NULL DEFAULT 0,
  q0             INTEGER NOT NULL DEFAULT 0,
  q1             INTEGER NOT NULL DEFAULT 0,
  q2             INTEGER NOT NULL DEFAULT 0,
  q3             INTEGER NOT NULL DEFAULT 0,
  q4             INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

CREATE TABLE dyad_totals (
  actor          TEXT    NOT NULL,
  recipient      TEXT    NOT NULL,
  kind           TEXT    NOT NULL,
  events         INTEGER NOT NULL DEFAULT 0,
  goldstein_sum  REAL    NOT NULL DEFAULT 0,
  PRIMARY KEY (actor, recipient)
) STRICT, WITHOUT ROWID;
CREATE INDEX dyad_totals_kind ON dyad_totals(kind, events);

${adjustDays("e.article_id IN (SELECT id FROM articles WHERE is_current = 1)", 1)}
INSERT INTO dyad_totals (actor, recipient, kind, events, goldstein_sum)
  SELECT actor, recipient, kind, COUNT(*), SUM(goldstein) FROM event_dyads GROUP BY actor, recipient;

CREATE TRIGGER ledger_dyad_insert AFTER INSERT ON event_dyads
BEGIN
  INSERT INTO dyad_totals (actor, recipient, kind, events, goldstein_sum)
  VALUES (new.actor, new.recipient, new.kind, 1, new.goldstein)
  ON CONFLICT (actor, recipient) DO UPDATE SET events = events + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;

CREATE TRIGGER ledger_dyad_delete AFTER DELETE ON event_dyads
BEGIN
  UPDATE dyad_totals SET events = events - 1, goldstein_sum = goldstein_sum - old.goldstein
  WHERE actor = old.actor AND recipient = old.recipient;
END;

CREATE TRIGGER ledger_day_event_insert AFTER INSERT ON events
WHEN (SELECT is_current FROM articles WHERE id = new.article_id) = 1
BEGIN
  ${adjustDays("e.id = new.id", 1)}
END;

CREATE TRIGGER ledger_day_article_retire AFTER UPDATE OF is_current ON articles
WHEN old.is_current = 1 AND new.is_current = 0
BEGIN
  ${adjustDays("e.article_id = new.id", -1)}
END;

CREATE TRIGGER ledger_day_article_delete BEFORE DELETE ON articles
WHEN old.is_current = 1
BEGIN
  ${adjustDays("e.article_id = old.id", -1)}
END;

CREATE TRIGGER ledger_day_article_reinstate AFTER UPDATE OF is_current ON articles
WHEN old.is_current = 0 AND new.is_current = 1
BEGIN
  ${adjustDays("e.article_id = new.id", 1)}
END;
`,
};
