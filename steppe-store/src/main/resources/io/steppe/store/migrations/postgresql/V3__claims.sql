-- Steppe store, schema version 3, PostgreSQL: V3__claims.sql with text columns that compare byte
-- by byte (COLLATE "C"), as DuckDB's do and as in postgresql/V1__init.sql.
-- concerns holds the actor codes a claim is about, comma-separated with leading and trailing
-- commas (",KAZ,ISR,") so that "about KAZ" is a LIKE '%,KAZ,%' on a bound parameter.

CREATE TABLE claims (
  claim_id       VARCHAR COLLATE "C" PRIMARY KEY,
  doc_id         VARCHAR COLLATE "C" NOT NULL,
  sentence_index INTEGER NOT NULL,
  sentence       VARCHAR COLLATE "C" NOT NULL,
  date           DATE,
  speaker_code   VARCHAR COLLATE "C",
  speaker_country VARCHAR COLLATE "C",
  speaker_sector VARCHAR COLLATE "C",
  speaker_org    VARCHAR COLLATE "C",
  speaker_text   VARCHAR COLLATE "C" NOT NULL,
  concerns       VARCHAR COLLATE "C" NOT NULL,
  how            VARCHAR COLLATE "C" NOT NULL
);
CREATE INDEX claims_doc ON claims (doc_id);
