-- Adds a rebuilt year to its run, in the year's own transaction.
UPDATE stats.pipeline_run
SET years_rebuilt = ARRAY(SELECT DISTINCT y FROM unnest(years_rebuilt || :year) AS t (y) ORDER BY y)
WHERE run_id = :runId
