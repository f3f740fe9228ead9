-- The OPD summaries of some regions of a year.
SELECT * FROM stats.opd_year_summary
WHERE year = :year AND region_code = ANY (CAST(:regions AS text[]))
ORDER BY region_code, opd_code
