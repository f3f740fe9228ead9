-- The next page of a year's evidence verdicts for the estimate, in key order (region, then
-- innovation) after the last one read: each region's verdicts come together, read a page at a time.
-- Only what the choices need: what a fix_priority row shows of an innovation besides them (its OPD,
-- failing elements, maturity) is joined in by estimate-year.sql, not carried through the program.
-- IndexEstimator reads the columns by position, in this order.
SELECT region_code, innovation_id, qualified, cardinality(failed_elements) AS failed_count, maturity_score
FROM stats.innovation_assessment
WHERE year = :year AND (region_code, innovation_id) > (:afterRegion, :afterInnovation)
ORDER BY region_code, innovation_id
LIMIT :page
