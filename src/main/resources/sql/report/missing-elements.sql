-- The evidence elements most often missing in some regions of a year.
SELECT region_code, element, sum(missing_count) AS innovations
FROM stats.evidence_gap
WHERE year = :year AND region_code = ANY (CAST(:regions AS text[]))
GROUP BY region_code, element
ORDER BY region_code, innovations DESC, element
