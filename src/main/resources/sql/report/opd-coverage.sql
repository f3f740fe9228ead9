-- The OPD coverage of some regions of a year: every expected or reporting OPD.
SELECT * FROM stats.opd_coverage
WHERE year = :year AND region_code = ANY (CAST(:regions AS text[]))
ORDER BY region_code, opd_code
