-- The index estimates of some regions of a year, scenario by scenario.
SELECT * FROM stats.index_estimate
WHERE year = :year AND region_code = ANY (CAST(:regions AS text[]))
ORDER BY region_code, scenario
