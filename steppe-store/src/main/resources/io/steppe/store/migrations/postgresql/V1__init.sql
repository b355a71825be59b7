-- Steppe store, schema version 1, PostgreSQL: the tables of duckdb/V1__init.sql in PostgreSQL's
-- types (BYTEA for BLOB, DOUBLE PRECISION for DOUBLE). Text columns compare byte by byte
-- (COLLATE "C"), as DuckDB's do, so that ids and codes sort the same on both stores whatever
-- the database's locale. Event columns are written in the order EventRow lists them.

CREATE TABLE documents (
  id           VARCHAR COLLATE "C" PRIMARY KEY,
  date         DATE,
  title        VARCHAR COLLATE "C",
  source       VARCHAR COLLATE "C",
  url          VARCHAR COLLATE "C",
  text         VARCHAR COLLATE "C" NOT NULL,
  content_hash VARCHAR COLLATE "C" NOT NULL,
  minhash      BYTEA,
  origin       VARCHAR COLLATE "C",
  ingested_at  TIMESTAMP
);

CREATE INDEX documents_content_hash ON documents (content_hash);

-- A duplicate is kept only as a link to its original; it is never coded.
CREATE TABLE duplicates (
  doc_id      VARCHAR COLLATE "C" PRIMARY KEY,
  original_id VARCHAR COLLATE "C" NOT NULL,
  kind        VARCHAR COLLATE "C" NOT NULL CHECK (kind IN ('exact', 'near')),
  similarity  DOUBLE PRECISION,
  title       VARCHAR COLLATE "C",
  source      VARCHAR COLLATE "C",
  url         VARCHAR COLLATE "C",
  date        DATE,
  origin      VARCHAR COLLATE "C",
  ingested_at TIMESTAMP
);

CREATE TABLE sentences (
  doc_id         VARCHAR COLLATE "C" NOT NULL,
  sentence_index INTEGER NOT NULL,
  text           VARCHAR COLLATE "C" NOT NULL,
  begin_offset   INTEGER NOT NULL,
  PRIMARY KEY (doc_id, sentence_index)
);

-- One row per coded event; target, attribution and location are null when absent.
-- cameo_name is kept beside the code so an event reads back whole even when the
-- bundled CAMEO table no longer lists its code.
CREATE TABLE events (
  event_id            VARCHAR COLLATE "C" PRIMARY KEY,
  doc_id              VARCHAR COLLATE "C" NOT NULL,
  sentence_index      INTEGER NOT NULL,
  sentence            VARCHAR COLLATE "C" NOT NULL,
  span_start          INTEGER NOT NULL,
  span_end            INTEGER NOT NULL,
  date                DATE,
  source_code         VARCHAR COLLATE "C" NOT NULL,
  source_country      VARCHAR COLLATE "C",
  source_sector       VARCHAR COLLATE "C",
  source_org          VARCHAR COLLATE "C",
  source_text         VARCHAR COLLATE "C" NOT NULL,
  target_code         VARCHAR COLLATE "C",
  target_country      VARCHAR COLLATE "C",
  target_sector       VARCHAR COLLATE "C",
  target_org          VARCHAR COLLATE "C",
  target_text         VARCHAR COLLATE "C",
  cameo               VARCHAR COLLATE "C" NOT NULL,
  cameo_root          VARCHAR COLLATE "C" NOT NULL,
  cameo_name          VARCHAR COLLATE "C",
  plover              VARCHAR COLLATE "C",
  plover_mode         VARCHAR COLLATE "C",
  quad_class          INTEGER,
  goldstein           DOUBLE PRECISION,
  modality            VARCHAR COLLATE "C" NOT NULL CHECK (modality IN ('asserted', 'negated', 'hypothetical')),
  attribution_code    VARCHAR COLLATE "C",
  attribution_country VARCHAR COLLATE "C",
  attribution_sector  VARCHAR COLLATE "C",
  attribution_org     VARCHAR COLLATE "C",
  attribution_text    VARCHAR COLLATE "C",
  location_name       VARCHAR COLLATE "C",
  location_country    VARCHAR COLLATE "C",
  confidence          DOUBLE PRECISION,
  why                 VARCHAR COLLATE "C"
);
