-- The region_year_summary rows of some regions of a year (the report's headline numbers).
SELECT * FROM stats.region_year_summary
WHERE year = :year AND region_code = ANY (CAST(:regions AS text[]))
