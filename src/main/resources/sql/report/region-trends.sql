-- The ranking_trend rows of some regions of a year.
SELECT * FROM stats.ranking_trend
WHERE year = :year AND region_code = ANY (CAST(:regions AS text[]))
