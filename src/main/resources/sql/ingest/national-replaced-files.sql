-- The files whose rows the staged national file is about to replace.
SELECT DISTINCT n.file_id
FROM stats.national_result n
JOIN ingest_national s ON s.year = n.year AND s.region_code = n.region_code
WHERE n.file_id <> :fileId
