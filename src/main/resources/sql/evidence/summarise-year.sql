-- Per OPD and per region for one year: reported, qualified, their share, counts by kind and
-- stage, the innovations failing each element (one failing two counts under both), the mean
-- maturity, and the change against the previous year's rows (NULL where there were none); and the
-- OPD coverage: every expected OPD and every reporting one, with the region's coverage counts.
-- One aggregation feeds the three tables, written to their pg_temp.rebuilt_ copies (YearRows
-- then changes only the rows that differ).
-- What the OPD's reports say (how many, of which kind and stage, its name) and what its verdicts
-- say (qualifying, failing each element, maturity), each aggregated from its own table and joined
-- per OPD. Joining a national year's 36,000 innovations with their verdicts row by row, then
-- sorting them by OPD, made the statement about 155 ms; aggregated apart, about 130.
WITH reported AS (
    SELECT region_code, opd_code,
           min(opd_name COLLATE "C") AS opd_name,
           count(*) AS reported,
           count(*) FILTER (WHERE kind = 'digital') AS digital,
           count(*) FILTER (WHERE kind = 'non_digital') AS non_digital,
           count(*) FILTER (WHERE stage = 'inisiatif') AS stage_inisiatif,
           count(*) FILTER (WHERE stage = 'uji_coba') AS stage_uji_coba,
           count(*) FILTER (WHERE stage = 'penerapan') AS stage_penerapan
    FROM stats.innovation
    WHERE year = :year
    GROUP BY region_code, opd_code
),
judged AS (
    SELECT region_code, opd_code,
           count(*) FILTER (WHERE qualified) AS qualified,
           count(*) FILTER (WHERE 'problem' = ANY (failed_elements)) AS missing_problem,
           count(*) FILTER (WHERE 'documented' = ANY (failed_elements)) AS missing_documented,
           count(*) FILTER (WHERE 'policy' = ANY (failed_elements)) AS missing_policy,
           count(*) FILTER (WHERE 'asn' = ANY (failed_elements)) AS missing_asn,
           count(*) FILTER (WHERE 'benefit' = ANY (failed_elements)) AS missing_benefit,
           count(*) FILTER (WHERE 'stage' = ANY (failed_elements)) AS missing_stage,
           count(*) FILTER (WHERE 'recent' = ANY (failed_elements)) AS missing_recent,
           sum(maturity_score) AS maturity_sum
    FROM stats.innovation_assessment
    WHERE year = :year
    GROUP BY region_code, opd_code
),
opd AS (
    SELECT :year AS year, r.region_code, r.opd_code, r.opd_name, r.reported, j.qualified, r.digital, r.non_digital,
           r.stage_inisiatif, r.stage_uji_coba, r.stage_penerapan, j.missing_problem, j.missing_documented, j.missing_policy,
           j.missing_asn, j.missing_benefit, j.missing_stage, j.missing_recent, j.maturity_sum
    FROM reported r
    JOIN judged j ON j.region_code = r.region_code AND j.opd_code = r.opd_code
),
opd_rows AS (
    INSERT INTO pg_temp.rebuilt_opd_year_summary
           (year, region_code, opd_code, opd_name, reported, qualified, qualified_share, digital, non_digital,
            stage_inisiatif, stage_uji_coba, stage_penerapan, missing_problem, missing_documented, missing_policy,
            missing_asn, missing_benefit, missing_stage, missing_recent, mean_maturity, reported_delta, qualified_delta, run_id)
    SELECT o.year, o.region_code, o.opd_code, o.opd_name, o.reported, o.qualified, round(o.qualified::numeric / o.reported, 4),
           o.digital, o.non_digital, o.stage_inisiatif, o.stage_uji_coba, o.stage_penerapan, o.missing_problem,
           o.missing_documented, o.missing_policy, o.missing_asn, o.missing_benefit, o.missing_stage, o.missing_recent,
           round(o.maturity_sum::numeric / o.reported, 2), o.reported - p.reported, o.qualified - p.qualified, :runId
    FROM opd o
    LEFT JOIN stats.opd_year_summary p
           ON p.year = :year - 1 AND p.region_code = o.region_code AND p.opd_code = o.opd_code
),
-- The expected OPDs: a region with a roster expects the roster's OPDs existing that year; a region
-- without one, the OPDs that reported in either of the two years before (the name last reported),
-- read from those years' OPD summaries (one row per OPD, its name the same as reported; both years
-- are committed before this one's summaries are written).
roster_regions AS (
    SELECT DISTINCT region_code FROM stats.opd_roster
),
expected AS (
    SELECT region_code, opd_code, opd_name
    FROM stats.opd_roster
    WHERE coalesce(from_year, :year) <= :year AND coalesce(to_year, :year) >= :year
    UNION ALL
    SELECT s.region_code, s.opd_code, s.opd_name
    FROM stats.opd_year_summary s
    WHERE s.year IN (:year - 1, :year - 2)
      AND NOT EXISTS (SELECT 1 FROM roster_regions r WHERE r.region_code = s.region_code)
      -- of the year before last, only the OPDs that did not report the year before
      AND NOT EXISTS (SELECT 1 FROM stats.opd_year_summary later
                      WHERE s.year = :year - 2 AND later.year = :year - 1
                        AND later.region_code = s.region_code AND later.opd_code = s.opd_code)
),
coverage AS (
    SELECT :year AS year, coalesce(e.region_code, o.region_code) AS region_code, coalesce(e.opd_code, o.opd_code) AS opd_code,
           coalesce(o.opd_name, e.opd_name) AS opd_name, e.opd_code IS NOT NULL AS expected,
           coalesce(o.reported, 0) AS reported, coalesce(o.qualified, 0) AS qualified,
           CASE WHEN o.qualified > 0 THEN 'qualified' WHEN o.reported > 0 THEN 'none_qualified' ELSE 'silent' END AS status
    FROM expected e
    FULL JOIN opd o ON o.region_code = e.region_code AND o.opd_code = e.opd_code
),
coverage_rows AS (
    INSERT INTO pg_temp.rebuilt_opd_coverage (year, region_code, opd_code, opd_name, expected, expected_source, reported, qualified, status, run_id)
    SELECT c.year, c.region_code, c.opd_code, c.opd_name, c.expected,
           CASE WHEN r.region_code IS NULL THEN 'inferred' ELSE 'roster' END, c.reported, c.qualified, c.status, :runId
    FROM coverage c
    LEFT JOIN roster_regions r ON r.region_code = c.region_code
),
region_coverage AS (
    SELECT region_code,
           count(*) FILTER (WHERE expected) AS opds_expected,
           count(*) FILTER (WHERE status = 'silent') AS opds_silent,
           count(*) FILTER (WHERE expected AND qualified > 0) AS opds_expected_qualified
    FROM coverage
    GROUP BY region_code
),
region AS (
    SELECT year, region_code,
           sum(reported) AS reported, sum(qualified) AS qualified, sum(digital) AS digital, sum(non_digital) AS non_digital,
           sum(stage_inisiatif) AS stage_inisiatif, sum(stage_uji_coba) AS stage_uji_coba, sum(stage_penerapan) AS stage_penerapan,
           sum(missing_problem) AS missing_problem, sum(missing_documented) AS missing_documented,
           sum(missing_policy) AS missing_policy, sum(missing_asn) AS missing_asn, sum(missing_benefit) AS missing_benefit,
           sum(missing_stage) AS missing_stage, sum(missing_recent) AS missing_recent, sum(maturity_sum) AS maturity_sum,
           count(*) AS opds_reporting, count(*) FILTER (WHERE qualified > 0) AS opds_with_qualified
    FROM opd
    GROUP BY year, region_code
)
INSERT INTO pg_temp.rebuilt_region_year_summary
       (year, region_code, reported, qualified, qualified_share, digital, non_digital, stage_inisiatif, stage_uji_coba,
        stage_penerapan, missing_problem, missing_documented, missing_policy, missing_asn, missing_benefit, missing_stage,
        missing_recent, mean_maturity, reported_delta, qualified_delta, opds_reporting, opds_with_qualified,
        opds_expected, opds_silent, opd_coverage_share, run_id)
SELECT r.year, r.region_code, r.reported, r.qualified, round(r.qualified::numeric / r.reported, 4), r.digital, r.non_digital,
       r.stage_inisiatif, r.stage_uji_coba, r.stage_penerapan, r.missing_problem, r.missing_documented, r.missing_policy,
       r.missing_asn, r.missing_benefit, r.missing_stage, r.missing_recent, round(r.maturity_sum::numeric / r.reported, 2),
       r.reported - p.reported, r.qualified - p.qualified, r.opds_reporting, r.opds_with_qualified,
       c.opds_expected, c.opds_silent,
       CASE WHEN c.opds_expected > 0 THEN round(c.opds_expected_qualified::numeric / c.opds_expected, 4) END, :runId
FROM region r
LEFT JOIN stats.region_year_summary p ON p.year = :year - 1 AND p.region_code = r.region_code
JOIN region_coverage c ON c.region_code = r.region_code
