-- The evidence elements most often missing in a region and year.
SELECT element, sum(missing_count) AS innovations
FROM stats.evidence_gap
WHERE year = :year AND region_code = :regionCode
GROUP BY element
ORDER BY innovations DESC, element
