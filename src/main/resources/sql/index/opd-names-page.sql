-- The OPD name of each innovation of a page of verdicts-page.sql (the same keys: after the last one
-- of the page before, up to the last one of this page), for the fix_priority rows.
SELECT region_code, innovation_id, opd_name
FROM stats.innovation
WHERE year = :year AND (region_code, innovation_id) > (:afterRegion, :afterInnovation)
  AND (region_code, innovation_id) <= (:lastRegion, :lastInnovation)
