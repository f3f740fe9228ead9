-- The next page of a year's evidence verdicts for the estimate, in key order (region, then
-- innovation) after the last one read: each region's verdicts come together, read a page at a time.
-- A failing innovation also brings what its fix_priority row shows: its OPD and failing elements.
SELECT region_code, innovation_id, qualified, cardinality(failed_elements) AS failed_count, maturity_score,
       CASE WHEN NOT qualified THEN opd_code END AS opd_code,
       CASE WHEN NOT qualified THEN failed_elements END AS failed_elements
FROM stats.innovation_assessment
WHERE year = :year AND (region_code, innovation_id) > (:afterRegion, :afterInnovation)
ORDER BY region_code, innovation_id
LIMIT :page
