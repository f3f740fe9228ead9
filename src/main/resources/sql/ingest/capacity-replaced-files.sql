-- The files whose rows the staged capacity file is about to replace.
SELECT DISTINCT c.file_id
FROM stats.region_capacity c
JOIN ingest_capacity s ON s.year = c.year AND s.region_code = c.region_code
WHERE c.file_id <> :fileId
