import type { Migration } from "./types.js";

/**
 * The first schema: sources, versioned articles with their annotation layers,
 * coded events with their actors, and a full-text index over articles.
 * Every table is STRICT so that a value of the wrong type is refused rather
 * than silently stored. Column meanings are documented in `docs/schema.md`.
 */
export const initialSchema: Migration = {
  version: 1,
  name: "initial schema",
  sql: `
CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL UNIQUE CHECK (name <> ''),
  created_at  TEXT    NOT NULL
) STRICT;

CREATE TABLE articles (
  id              INTEGER PRIMARY KEY,
  doc_id          TEXT    NOT NULL CHECK (doc_id <> ''),
  source_id       INTEGER NOT NULL REFERENCES sources(id),
  source_label    TEXT    NOT NULL,
  url             TEXT,
  title           TEXT,
  published_at    TEXT,
  published_start TEXT,
  published_end   TEXT,
  language        TEXT,
  raw_kind        TEXT    NOT NULL CHECK (raw_kind IN ('text', 'html')),
  content_hash    TEXT    NOT NULL UNIQUE CHECK (content_hash <> ''),
  version         INTEGER NOT NULL CHECK (version >= 1),
  supersedes      INTEGER REFERENCES articles(id),
  is_current      INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
  layers          TEXT    NOT NULL CHECK (json_valid(layers)),
  warnings        TEXT    NOT NULL CHECK (json_valid(warnings)),
  provenance      TEXT    NOT NULL CHECK (json_valid(provenance)),
  removed         TEXT    NOT NULL CHECK (json_valid(removed)),
  timings         TEXT    NOT NULL CHECK (json_valid(timings)),
  ingested_at     TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  raw             TEXT    NOT NULL,
  CHECK ((version = 1 AND supersedes IS NULL) OR (version > 1 AND supersedes IS NOT NULL)),
  CHECK (url IS NOT NULL OR version = 1)
) STRICT;
CREATE UNIQUE INDEX articles_url_version ON articles(url, version) WHERE url IS NOT NULL;
CREATE INDEX articles_doc_id ON articles(doc_id);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_published ON articles(published_start, published_end);
CREATE INDEX articles_supersedes ON articles(supersedes) WHERE supersedes IS NOT NULL;

CREATE TABLE article_tokens (
  article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  tokens      TEXT    NOT NULL CHECK (json_valid(tokens))
) STRICT;

CREATE TABLE sentences (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL CHECK (idx >= 0),
  start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset    INTEGER NOT NULL CHECK (end_offset >= start_offset),
  UNIQUE (article_id, idx)
) STRICT;

CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL CHECK (idx >= 0),
  key         TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  country     TEXT,
  sector      TEXT,
  UNIQUE (article_id, idx)
) STRICT;
CREATE INDEX entities_article_key ON entities(article_id, key);
CREATE INDEX entities_type_name ON entities(type, name);

CREATE TABLE entity_mentions (
  id            INTEGER PRIMARY KEY,
  entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL CHECK (idx >= 0),
  start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset    INTEGER NOT NULL CHECK (end_offset >= start_offset),
  text          TEXT    NOT NULL,
  UNIQUE (entity_id, idx)
) STRICT;

CREATE TABLE times (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL CHECK (idx >= 0),
  start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset    INTEGER NOT NULL CHECK (end_offset >= start_offset),
  text          TEXT    NOT NULL,
  value         TEXT    NOT NULL,
  type          TEXT    NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
  precision     TEXT    CHECK (precision IN ('day', 'week', 'month', 'quarter', 'year', 'decade', 'unknown')),
  UNIQUE (article_id, idx)
) STRICT;

CREATE TABLE places (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL CHECK (idx >= 0),
  start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset    INTEGER NOT NULL CHECK (end_offset >= start_offset),
  text          TEXT    NOT NULL,
  name          TEXT    NOT NULL,
  country       TEXT,
  lat           REAL    CHECK (lat BETWEEN -90 AND 90),
  lon           REAL    CHECK (lon BETWEEN -180 AND 180),
  UNIQUE (article_id, idx)
) STRICT;
CREATE INDEX places_country ON places(country);

CREATE TABLE events (
  id                 INTEGER PRIMARY KEY,
  article_id         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx                INTEGER NOT NULL CHECK (idx >= 0),
  cameo              TEXT    NOT NULL CHECK (cameo <> ''),
  cameo_root         TEXT    NOT NULL,
  plover_type        TEXT    NOT NULL COLLATE NOCASE CHECK (plover_type <> ''),
  plover_mode        TEXT,
  plover_context     TEXT    NOT NULL CHECK (json_valid(plover_context)),
  goldstein          REAL    NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
  quad_class         INTEGER NOT NULL CHECK (quad_class BETWEEN 0 AND 4),
  status             TEXT    NOT NULL
                     CHECK (status IN ('occurred', 'planned', 'canceled', 'negated', 'hypothetical')),
  date_value         TEXT    NOT NULL,
  date_precision     TEXT    NOT NULL
                     CHECK (date_precision IN ('day', 'week', 'month', 'quarter', 'year', 'decade', 'unknown')),
  date_stated        INTEGER NOT NULL CHECK (date_stated IN (0, 1)),
  date_text          TEXT,
  date_start         TEXT,
  date_end           TEXT,
  location_name      TEXT,
  location_country   TEXT,
  location_lat       REAL    CHECK (location_lat BETWEEN -90 AND 90),
  location_lon       REAL    CHECK (location_lon BETWEEN -180 AND 180),
  evidence_sentence  TEXT    NOT NULL,
  evidence_start     INTEGER NOT NULL CHECK (evidence_start >= 0),
  evidence_end       INTEGER NOT NULL CHECK (evidence_end >= evidence_start),
  evidence_trigger   TEXT    NOT NULL,
  evidence_rule      TEXT    NOT NULL,
  confidence         REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  UNIQUE (article_id, idx),
  CHECK ((date_start IS NULL) = (date_end IS NULL)),
  CHECK (location_name IS NOT NULL OR (location_country IS NULL AND location_lat IS NULL AND location_lon IS NULL))
) STRICT;
CREATE INDEX events_date ON events(date_start, id);
CREATE INDEX events_type ON events(plover_type, date_start);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_cameo_root ON events(cameo_root);
CREATE INDEX events_status ON events(status);
CREATE INDEX events_quad_class ON events(quad_class);

CREATE TABLE event_actors (
  id         INTEGER PRIMARY KEY,
  event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role       TEXT    NOT NULL CHECK (role IN ('actor', 'recipient')),
  idx        INTEGER NOT NULL CHECK (idx >= 0),
  text       TEXT    NOT NULL,
  name       TEXT,
  entity_id  TEXT,
  country    TEXT    COLLATE NOCASE,
  sector     TEXT,
  UNIQUE (event_id, role, idx)
) STRICT;
CREATE INDEX event_actors_role_country ON event_actors(role, country, event_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
`,
};
