-- A reports file is the full report of the OPDs it names: for every (year, region, OPD) in it,
-- the rows earlier files gave for that OPD and year stop being current. Returns the files that
-- lost rows, so they can be marked superseded when none of their rows is left.
WITH replaced AS (
    DELETE FROM stats.innovation i
    USING unnest(CAST(:years AS integer[]), CAST(:regions AS text[]), CAST(:opds AS text[])) AS s (year, region_code, opd_code)
    WHERE i.year = s.year
      AND i.region_code = s.region_code
      AND i.opd_code = s.opd_code
      AND i.file_id <> :fileId
    RETURNING i.file_id
)
SELECT file_id, count(*) AS rows_replaced
FROM replaced
GROUP BY file_id
ORDER BY file_id
