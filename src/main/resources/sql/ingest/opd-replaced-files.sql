-- The files whose roster rows the staged roster file is about to replace: a region's roster is
-- replaced whole by a newer file naming that region.
SELECT DISTINCT r.file_id
FROM stats.opd_roster r
WHERE r.region_code IN (SELECT region_code FROM ingest_opd)
  AND r.file_id <> :fileId
