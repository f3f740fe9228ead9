-- Every innovation of some regions of a year that does not meet the evidence standard, and what it lacks.
-- Both tables read for the regions and joined by hash (YearReport.prepareReads).
SELECT a.region_code, a.opd_code, i.opd_name, a.innovation_id, i.title, a.failed_elements, a.maturity_score
FROM stats.innovation_assessment a
JOIN stats.innovation i USING (year, region_code, innovation_id)
WHERE a.year = :year AND a.region_code = ANY (CAST(:regions AS text[])) AND NOT a.qualified
  AND i.region_code = ANY (CAST(:regions AS text[]))
ORDER BY a.region_code, a.opd_code, a.innovation_id
