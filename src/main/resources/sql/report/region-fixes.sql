-- The first five fixes of some regions of a year that would raise the estimate, with what they lack.
-- Both tables read for the regions and joined by hash (YearReport.prepareReads).
SELECT f.region_code, f.priority, f.innovation_id, i.title, f.opd_code, f.opd_name, f.failed_elements, f.maturity_score, f.fix_gain,
       f.estimate_if_fixed_through, f.estimated_rank_if_fixed_through
FROM stats.fix_priority f
JOIN stats.innovation i USING (year, region_code, innovation_id)
WHERE f.year = :year AND f.region_code = ANY (CAST(:regions AS text[])) AND f.priority <= 5 AND f.fix_gain > 0
  AND i.region_code = ANY (CAST(:regions AS text[]))
ORDER BY f.region_code, f.priority
