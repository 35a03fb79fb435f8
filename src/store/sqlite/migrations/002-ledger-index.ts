import type { Migration } from "./types.js";

/**
 * SQL fragments shared by the backfill and the triggers of
 * {@link ledgerIndex}. Each is a text template, never fed user input.
 */

/** `kind` of a party key: `country` for a code such as `USA`, `entity` for `TYPE:name`. */
const partyKind = (p: string): string => `CASE WHEN instr(${p}, ':') = 0 THEN 'country' ELSE 'entity' END`;
/** `type` of a party key: `COUNTRY`, or the entity type before the first colon. */
const partyType = (p: string): string =>
  `CASE WHEN instr(${p}, ':') = 0 THEN 'COUNTRY' ELSE substr(${p}, 1, instr(${p}, ':') - 1) END`;
/** Display name of a party key: the code itself, or the entity name after the first colon. */
const partyName = (p: string): string =>
  `CASE WHEN instr(${p}, ':') = 0 THEN ${p} ELSE substr(${p}, instr(${p}, ':') + 1) END`;
/** `kind` of a dyad: both ends countries, both entities, or mixed. */
const dyadKind = (a: string, b: string): string =>
  `CASE WHEN instr(${a}, ':') = 0 AND instr(${b}, ':') = 0 THEN 'country'
        WHEN instr(${a}, ':') > 0 AND instr(${b}, ':') > 0 THEN 'entity' ELSE 'mixed' END`;

/** The dimensions `event_totals` counts, as `(d)` rows to cross with events `e`. */
const DIMENSIONS = `(SELECT 'all' AS d UNION ALL SELECT 'status' UNION ALL SELECT 'type'
  UNION ALL SELECT 'quad_class' UNION ALL SELECT 'year' UNION ALL SELECT 'month')`;
/** The value of dimension `dims.d` for event `e`. */
const DIMENSION_VALUE = `CASE dims.d WHEN 'all' THEN '' WHEN 'status' THEN e.status
  WHEN 'type' THEN upper(e.plover_type) WHEN 'quad_class' THEN CAST(e.quad_class AS TEXT)
  WHEN 'year' THEN COALESCE(substr(e.date_start, 1, 4), '') ELSE COALESCE(substr(e.date_start, 1, 7), '') END`;

/** Insert the parties of the actor rows selected by `where` (over `actor_parties p`, `events e`). */
const insertParties = (where: string): string => `
  INSERT OR IGNORE INTO event_parties (role, party, day, event_id, plover_type, quad_class, status)
  SELECT p.role, p.party, COALESCE(e.date_start, ''), p.event_id, upper(e.plover_type), e.quad_class, e.status
  FROM actor_parties p JOIN events e ON e.id = p.event_id WHERE ${where};`;

/** Insert the dyads of the events selected by `where` (over `event_parties` `pa`, `pr` and `events e`). */
const insertDyads = (where: string): string => `
  INSERT OR IGNORE INTO event_dyads (actor, recipient, day, event_id, kind, plover_type, quad_class, goldstein, status)
  SELECT pa.party, pr.party, pa.day, pa.event_id, ${dyadKind("pa.party", "pr.party")},
    upper(e.plover_type), e.quad_class, e.goldstein, e.status
  FROM event_parties pa
  JOIN event_parties pr ON pr.event_id = pa.event_id AND pr.role = 'recipient'
  JOIN events e ON e.id = pa.event_id
  WHERE pa.role = 'actor' AND ${where};`;

/** Add (sign 1) or remove (sign -1) the sector counts of the actor rows selected by `where`. */
const adjustSectors = (where: string, sign: 1 | -1): string =>
  sign === 1
    ? `INSERT INTO party_sectors (party, role, sector, actors)
       SELECT p.party, p.role, COALESCE(p.sector, ''), COUNT(*) FROM actor_parties p WHERE ${where}
       GROUP BY 1, 2, 3
       ON CONFLICT (party, role, sector) DO UPDATE SET actors = actors + excluded.actors;`
    : `UPDATE party_sectors SET actors = actors - x.n
       FROM (SELECT p.party, p.role, COALESCE(p.sector, '') AS sector, COUNT(*) AS n
             FROM actor_parties p WHERE ${where} GROUP BY 1, 2, 3) AS x
       WHERE party_sectors.party = x.party AND party_sectors.role = x.role AND party_sectors.sector = x.sector;`;

/** Add (1) or remove (-1) the totals of the events selected by `where` (over `events e`). */
const adjustTotals = (where: string, sign: 1 | -1): string =>
  sign === 1
    ? `INSERT INTO event_totals (dimension, value, events)
       SELECT dims.d, ${DIMENSION_VALUE}, COUNT(*) FROM events e, ${DIMENSIONS} AS dims WHERE ${where}
       GROUP BY 1, 2
       ON CONFLICT (dimension, value) DO UPDATE SET events = events + excluded.events;`
    : `UPDATE event_totals SET events = events - x.n
       FROM (SELECT dims.d AS d, ${DIMENSION_VALUE} AS v, COUNT(*) AS n FROM events e, ${DIMENSIONS} AS dims
             WHERE ${where} GROUP BY 1, 2) AS x
       WHERE event_totals.dimension = x.d AND event_totals.value = x.v;`;

/** Add (1) or remove (-1) one article for each distinct named entity of the articles selected by `where`. */
const adjustEntityArticles = (where: string, sign: 1 | -1): string =>
  sign === 1
    ? `INSERT INTO party_totals (party, kind, type, name, articles)
       SELECT en.type || ':' || en.name, 'entity', en.type, en.name, COUNT(DISTINCT en.article_id)
       FROM entities en WHERE ${where} GROUP BY en.type, en.name
       ON CONFLICT (party) DO UPDATE SET articles = articles + excluded.articles;`
    : `UPDATE party_totals SET articles = articles - 1
       WHERE party IN (SELECT DISTINCT en.type || ':' || en.name FROM entities en WHERE ${where});`;

/** Take every event of article `id` out of the index tables and totals (the article stops being current). */
const unindexArticle = (id: string): string => `
  DELETE FROM event_dyads WHERE (actor, recipient, day, event_id) IN (
    SELECT pa.party, pr.party, pa.day, pa.event_id FROM event_parties pa
    JOIN event_parties pr ON pr.event_id = pa.event_id AND pr.role = 'recipient'
    WHERE pa.role = 'actor' AND pa.event_id IN (SELECT id FROM events WHERE article_id = ${id}));
  DELETE FROM event_parties WHERE event_id IN (SELECT id FROM events WHERE article_id = ${id});
  ${adjustSectors(`p.event_id IN (SELECT id FROM events WHERE article_id = ${id})`, -1)}
  ${adjustTotals(`e.article_id = ${id}`, -1)}
  ${adjustEntityArticles(`en.article_id = ${id}`, -1)}`;

const CURRENT_EVENTS = "e.article_id IN (SELECT id FROM articles WHERE is_current = 1)";

/**
 * Indexes and aggregation tables for the ledger API (`chancery serve`), kept
 * in step with the base tables by triggers inside the writer's transaction:
 *
 * - `actor_parties` (view): the parties an `event_actors` row stands for — its
 *   country code (upper case) and, when it names an entity of its article, the
 *   entity key `TYPE:name`;
 * - `event_parties`: one row per (role, party, event) of **current** events,
 *   ordered by the event's first day (`''` when undated), carrying the
 *   event's type (upper case), quad class and status so those filters are
 *   checked without reading the event;
 * - `event_dyads`: one row per (actor party, recipient party, event) of current
 *   events, carrying type, quad class, Goldstein score and status for aggregation
 *   (derived from `event_parties`, so it has no foreign key of its own);
 * - `party_totals`, `party_sectors`, `event_totals`: running counts;
 * - `events_span`, `articles_published_span`: indexes on the width of event
 *   and publication dates, so a date bound can be turned into an index range.
 *
 * The migration backfills every table from the rows already stored.
 */
export const ledgerIndex: Migration = {
  version: 2,
  name: "ledger index and aggregates for the API",
  sql: `
CREATE VIEW actor_parties AS
  SELECT x.id AS actor_row, x.event_id, x.role, x.sector, upper(x.country) AS party
  FROM event_actors x WHERE x.country IS NOT NULL AND x.country <> ''
  UNION ALL
  SELECT x.id, x.event_id, x.role, x.sector, en.type || ':' || en.name
  FROM event_actors x JOIN events e ON e.id = x.event_id
  JOIN entities en ON en.article_id = e.article_id AND en.key = x.entity_id
  WHERE x.entity_id IS NOT NULL;

CREATE TABLE event_parties (
  role      TEXT    NOT NULL CHECK (role IN ('actor', 'recipient')),
  party     TEXT    NOT NULL CHECK (party <> ''),
  day          TEXT    NOT NULL,
  event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  plover_type  TEXT    NOT NULL,
  quad_class   INTEGER NOT NULL,
  status       TEXT    NOT NULL,
  PRIMARY KEY (role, party, day, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_parties_event ON event_parties(event_id);

CREATE TABLE event_dyads (
  actor       TEXT    NOT NULL,
  recipient   TEXT    NOT NULL,
  day         TEXT    NOT NULL,
  event_id    INTEGER NOT NULL,
  kind        TEXT    NOT NULL CHECK (kind IN ('country', 'mixed', 'entity')),
  plover_type TEXT    NOT NULL,
  quad_class  INTEGER NOT NULL,
  goldstein   REAL    NOT NULL,
  status      TEXT    NOT NULL,
  PRIMARY KEY (actor, recipient, day, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_dyads_recipient ON event_dyads(recipient, actor, goldstein);
CREATE INDEX event_dyads_network ON event_dyads(kind, day, goldstein, quad_class, status);

CREATE TABLE party_totals (
  party         TEXT    PRIMARY KEY,
  kind          TEXT    NOT NULL CHECK (kind IN ('country', 'entity')),
  type          TEXT    NOT NULL,
  name          TEXT    NOT NULL,
  as_actor      INTEGER NOT NULL DEFAULT 0,
  as_recipient  INTEGER NOT NULL DEFAULT 0,
  articles      INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

CREATE TABLE party_sectors (
  party   TEXT    NOT NULL,
  role    TEXT    NOT NULL CHECK (role IN ('actor', 'recipient')),
  sector  TEXT    NOT NULL,
  actors  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (party, role, sector)
) STRICT, WITHOUT ROWID;

CREATE TABLE event_totals (
  dimension  TEXT    NOT NULL CHECK (dimension IN ('all', 'status', 'type', 'quad_class', 'year', 'month')),
  value      TEXT    NOT NULL,
  events     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (dimension, value)
) STRICT, WITHOUT ROWID;

CREATE INDEX events_span ON events(julianday(date_end) - julianday(date_start));
CREATE INDEX articles_published_span ON articles(julianday(published_end) - julianday(published_start));

-- Backfill from what is already stored.
${insertParties(CURRENT_EVENTS)}
${insertDyads(CURRENT_EVENTS)}
INSERT INTO party_totals (party, kind, type, name, as_actor, as_recipient)
  SELECT party, ${partyKind("party")}, ${partyType("party")}, ${partyName("party")},
    SUM(role = 'actor'), SUM(role = 'recipient')
  FROM event_parties GROUP BY party;
${adjustEntityArticles("en.article_id IN (SELECT id FROM articles WHERE is_current = 1)", 1)}
${adjustSectors(`p.event_id IN (SELECT e.id FROM events e WHERE ${CURRENT_EVENTS})`, 1)}
${adjustTotals(CURRENT_EVENTS, 1)}

-- Keep everything in step with the writer.
CREATE TRIGGER ledger_event_insert AFTER INSERT ON events
WHEN (SELECT is_current FROM articles WHERE id = new.article_id) = 1
BEGIN
  ${adjustTotals("e.id = new.id", 1)}
END;

CREATE TRIGGER ledger_actor_insert AFTER INSERT ON event_actors
WHEN (SELECT a.is_current FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = new.event_id) = 1
BEGIN
  ${adjustSectors("p.actor_row = new.id", 1)}
  INSERT OR IGNORE INTO event_dyads (actor, recipient, day, event_id, kind, plover_type, quad_class, goldstein, status)
  SELECT CASE WHEN new.role = 'actor' THEN p.party ELSE o.party END,
    CASE WHEN new.role = 'actor' THEN o.party ELSE p.party END,
    o.day, o.event_id,
    ${dyadKind("p.party", "o.party")},
    upper(e.plover_type), e.quad_class, e.goldstein, e.status
  FROM actor_parties p
  JOIN event_parties o ON o.event_id = new.event_id AND o.role <> new.role
  JOIN events e ON e.id = new.event_id
  WHERE p.actor_row = new.id;
  ${insertParties("p.actor_row = new.id")}
END;

CREATE TRIGGER ledger_party_insert AFTER INSERT ON event_parties
BEGIN
  INSERT INTO party_totals (party, kind, type, name, as_actor, as_recipient)
  VALUES (new.party, ${partyKind("new.party")}, ${partyType("new.party")}, ${partyName("new.party")},
    new.role = 'actor', new.role = 'recipient')
  ON CONFLICT (party) DO UPDATE SET as_actor = as_actor + excluded.as_actor,
    as_recipient = as_recipient + excluded.as_recipient;
END;

CREATE TRIGGER ledger_party_delete AFTER DELETE ON event_parties
BEGIN
  UPDATE party_totals SET as_actor = as_actor - (old.role = 'actor'),
    as_recipient = as_recipient - (old.role = 'recipient')
  WHERE party = old.party;
END;

CREATE TRIGGER ledger_entity_insert AFTER INSERT ON entities
WHEN (SELECT is_current FROM articles WHERE id = new.article_id) = 1
  AND NOT EXISTS (SELECT 1 FROM entities x WHERE x.article_id = new.article_id AND x.id <> new.id
    AND x.type = new.type AND x.name = new.name)
BEGIN
  INSERT INTO party_totals (party, kind, type, name, articles)
  VALUES (new.type || ':' || new.name, 'entity', new.type, new.name, 1)
  ON CONFLICT (party) DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER ledger_article_retire AFTER UPDATE OF is_current ON articles
WHEN old.is_current = 1 AND new.is_current = 0
BEGIN
  ${unindexArticle("new.id")}
END;

CREATE TRIGGER ledger_article_delete BEFORE DELETE ON articles
WHEN old.is_current = 1
BEGIN
  ${unindexArticle("old.id")}
END;

CREATE TRIGGER ledger_article_reinstate AFTER UPDATE OF is_current ON articles
WHEN old.is_current = 0 AND new.is_current = 1
BEGIN
  ${insertParties("e.article_id = new.id")}
  ${insertDyads("e.article_id = new.id")}
  ${adjustSectors("p.event_id IN (SELECT id FROM events WHERE article_id = new.id)", 1)}
  ${adjustTotals("e.article_id = new.id", 1)}
  ${adjustEntityArticles("en.article_id = new.id", 1)}
END;
`,
};
