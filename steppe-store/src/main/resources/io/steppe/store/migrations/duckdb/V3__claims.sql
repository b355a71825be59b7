-- Steppe store, schema version 3: statements attributed to named speakers.
-- concerns holds the actor codes a claim is about, comma-separated with leading and trailing
-- commas (",KAZ,ISR,") so that "about KAZ" is a LIKE '%,KAZ,%' on a bound parameter.

CREATE TABLE claims (
  claim_id       VARCHAR PRIMARY KEY,
  doc_id         VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  sentence       VARCHAR NOT NULL,
  date           DATE,
  speaker_code   VARCHAR,
  speaker_country VARCHAR,
  speaker_sector VARCHAR,
  speaker_org    VARCHAR,
  speaker_text   VARCHAR NOT NULL,
  concerns       VARCHAR NOT NULL,
  how            VARCHAR NOT NULL
);
CREATE INDEX claims_doc ON claims (doc_id);
