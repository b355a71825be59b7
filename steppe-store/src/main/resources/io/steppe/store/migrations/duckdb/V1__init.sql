-- Steppe store, schema version 1: documents, duplicate links, sentences and coded events.
-- Field meanings follow CONTRACT.md. Dates are publication dates; timestamps are UTC.
-- The event columns are written positionally by DuckDbStore's appender (EventWriter):
-- a later migration that adds an event column must update EventWriter in the same change.

CREATE TABLE documents (
  id           VARCHAR PRIMARY KEY,
  date         DATE,
  title        VARCHAR,
  source       VARCHAR,
  url          VARCHAR,
  text         VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  minhash      BLOB,
  origin       VARCHAR,
  ingested_at  TIMESTAMP
);

CREATE INDEX documents_content_hash ON documents (content_hash);

-- A duplicate is kept only as a link to its original; it is never coded.
CREATE TABLE duplicates (
  doc_id      VARCHAR PRIMARY KEY,
  original_id VARCHAR NOT NULL,
  kind        VARCHAR NOT NULL CHECK (kind IN ('exact', 'near')),
  similarity  DOUBLE,
  title       VARCHAR,
  source      VARCHAR,
  url         VARCHAR,
  date        DATE,
  origin      VARCHAR,
  ingested_at TIMESTAMP
);

CREATE TABLE sentences (
  doc_id         VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  text           VARCHAR NOT NULL,
  begin_offset   INTEGER NOT NULL,
  PRIMARY KEY (doc_id, sentence_index)
);

-- One row per coded event; target, attribution and location are null when absent.
-- cameo_name is kept beside the code so an event reads back whole even when the
-- bundled CAMEO table no longer lists its code.
CREATE TABLE events (
  event_id            VARCHAR PRIMARY KEY,
  doc_id              VARCHAR NOT NULL,
  sentence_index      INTEGER NOT NULL,
  sentence            VARCHAR NOT NULL,
  span_start          INTEGER NOT NULL,
  span_end            INTEGER NOT NULL,
  date                DATE,
  source_code         VARCHAR NOT NULL,
  source_country      VARCHAR,
  source_sector       VARCHAR,
  source_org          VARCHAR,
  source_text         VARCHAR NOT NULL,
  target_code         VARCHAR,
  target_country      VARCHAR,
  target_sector       VARCHAR,
  target_org          VARCHAR,
  target_text         VARCHAR,
  cameo               VARCHAR NOT NULL,
  cameo_root          VARCHAR NOT NULL,
  cameo_name          VARCHAR,
  plover              VARCHAR,
  plover_mode         VARCHAR,
  quad_class          INTEGER,
  goldstein           DOUBLE,
  modality            VARCHAR NOT NULL CHECK (modality IN ('asserted', 'negated', 'hypothetical')),
  attribution_code    VARCHAR,
  attribution_country VARCHAR,
  attribution_sector  VARCHAR,
  attribution_org     VARCHAR,
  attribution_text    VARCHAR,
  location_name       VARCHAR,
  location_country    VARCHAR,
  confidence          DOUBLE,
  why                 VARCHAR
);
