-- Steppe store, schema version 2: views for analysts.
-- As CONTRACT.md says, only asserted events enter counts and aggregates.

CREATE VIEW asserted_events AS
SELECT * FROM events WHERE modality = 'asserted';

-- One row per (source country, target country) pair, with a count per quad class.
CREATE VIEW dyads AS
SELECT
  source_country,
  target_country,
  count(*)                               AS events,
  sum(goldstein)                         AS goldstein_sum,
  avg(goldstein)                         AS goldstein_mean,
  count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
  count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
  count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
  count(*) FILTER (WHERE quad_class = 4) AS material_conflict
FROM asserted_events
WHERE source_country IS NOT NULL AND target_country IS NOT NULL
GROUP BY source_country, target_country;

-- Asserted events per day and CAMEO root; undated events are left out.
CREATE VIEW daily_counts AS
SELECT date, cameo_root, count(*) AS events
FROM asserted_events
WHERE date IS NOT NULL
GROUP BY date, cameo_root;

CREATE VIEW documents_summary AS
SELECT
  d.id     AS doc_id,
  d.date   AS date,
  d.source AS source,
  d.title  AS title,
  (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) AS sentences,
  (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,
  (SELECT count(*) FROM events e WHERE e.doc_id = d.id AND e.modality = 'asserted')
    AS asserted_events
FROM documents d;
