-- Steppe store, schema version 4: each sentence keeps its annotations (tokens, tags, lemmas,
-- entity classes and dependency arcs, encoded by steppe-model's TokenCodec), so that
-- `steppe recode` codes stored documents again after a lexicon or dictionary change without
-- parsing them again. Null for sentences stored before this version: recode annotates those anew.

ALTER TABLE sentences ADD COLUMN tokens BYTEA;
