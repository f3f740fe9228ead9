-- Ranks within cluster of one year, derived in the rebuild (docs/inputs.md, "National ranks"): where every ranked row of a
-- year and cluster carries an official rank, those are used as given; otherwise every rank is
-- computed from the scores, descending, ties sharing the lower number and leaving a gap
-- (1, 2, 2, 4). A score of 0 (tidak dapat dinilai) is not ranked.
WITH ranked AS (
    SELECT year,
           region_code,
           score > 0 AS ranked,
           official_rank,
           bool_and(official_rank IS NOT NULL) FILTER (WHERE score > 0)
               OVER (PARTITION BY year, cluster) AS all_official,
           rank() OVER (PARTITION BY year, cluster, score > 0 ORDER BY score DESC) AS computed_rank
    FROM stats.national_result
    WHERE year = :year
)
UPDATE stats.national_result n
SET rank = d.rank, rank_source = d.rank_source
FROM (SELECT year, region_code,
             CASE WHEN NOT ranked THEN NULL WHEN all_official THEN official_rank ELSE computed_rank END AS rank,
             CASE WHEN NOT ranked THEN NULL WHEN all_official THEN 'official' ELSE 'computed' END AS rank_source
      FROM ranked) d
WHERE n.year = d.year
  AND n.region_code = d.region_code
  -- a rank that stays as it was is not rewritten
  AND (n.rank, n.rank_source) IS DISTINCT FROM (d.rank, d.rank_source)
