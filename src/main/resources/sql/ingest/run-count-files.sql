-- Adds one batch of ingested files to its run's totals, in the batch's own transaction.
UPDATE stats.pipeline_run
SET files_seen = files_seen + :seen,
    files_loaded = files_loaded + :loaded,
    files_rejected = files_rejected + :rejected,
    files_duplicate = files_duplicate + :duplicate,
    files_unchanged = files_unchanged + :unchanged,
    files_superseded = files_superseded + :superseded,
    rows_read = rows_read + :rowsRead,
    rows_loaded = rows_loaded + :rowsLoaded,
    rows_rejected = rows_rejected + :rowsRejected,
    years_changed = ARRAY(SELECT DISTINCT y FROM unnest(years_changed || CAST(:years AS integer[])) AS t (y) ORDER BY y)
WHERE run_id = :runId
