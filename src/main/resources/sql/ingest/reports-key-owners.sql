-- Who holds each innovation key of one region and year now: the OPD and its file.
SELECT i.innovation_id, i.opd_code, i.file_id, f.path
FROM stats.innovation i
JOIN stats.source_file f ON f.file_id = i.file_id
WHERE i.year = :year
  AND i.region_code = :regionCode
