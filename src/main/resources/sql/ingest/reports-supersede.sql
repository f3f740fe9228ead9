-- A reports file is the full report of the OPDs it names: for every (year, region, OPD) in it,
-- the rows earlier files gave for that OPD and year stop being current. One statement for a
-- whole batch of files: :fileIds[i] reports (:years[i], :regions[i], :opds[i]); file ids grow
-- in reading order, so "earlier" is a smaller file id. Returns which file lost rows to which,
-- so the losers can be marked superseded when none of their rows is left.
WITH reported AS (
    SELECT *
    FROM unnest(CAST(:fileIds AS bigint[]), CAST(:years AS integer[]), CAST(:regions AS text[]), CAST(:opds AS text[]))
         AS s (file_id, year, region_code, opd_code)
), replaced AS (
    DELETE FROM stats.innovation i
    USING reported s
    WHERE i.year = s.year
      AND i.region_code = s.region_code
      AND i.opd_code = s.opd_code
      AND i.file_id < s.file_id
    RETURNING i.file_id AS loser, s.file_id AS winner
)
SELECT loser, max(winner) AS winner
FROM replaced
GROUP BY loser
ORDER BY loser
