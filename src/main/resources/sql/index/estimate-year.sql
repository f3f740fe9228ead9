-- The regional index estimate (docs/method.md) of every region with reports in one year, what
-- fixing each failing innovation would add, and the rank each estimate would take. One statement
-- writes the year's stats.index_estimate and stats.fix_priority rows (to their pg_temp.rebuilt_
-- copies, which YearRows then applies, changing only the rows that differ) from the submissions the
-- estimate chose (pg_temp.estimate_submission and estimate_fix, choice-tables.sql: which
-- innovations each scenario submits, the best submission were a failing one to qualify, the order
-- of fixes, the best submission after each of the first five). Every SID and index goes through
-- stats.sid_score and stats.index_of (V10), every figure is a parameter from the year's method.
--
-- Scenarios: qualified_only (every qualifying innovation), all_reported (every reported one; the
-- others score 0 but count in the divisor), best_subset (of the qualifying, the set that maximises
-- the estimate) and all_fixed (the same choice as if every reported one qualified: the ceiling).
WITH spd AS (
    SELECT region_code, spd_score FROM stats.region_capacity WHERE year = :year
),
per_region AS (
    SELECT DISTINCT region_code FROM pg_temp.estimate_submission
),
-- Fix gain: what the best submission were the innovation to qualify adds to the best one now; with
-- what its row shows of the innovation: its OPD (code and name as reported), failing elements and
-- maturity, from the year's verdicts (already rebuilt) and reports.
fixes AS (
    SELECT f.region_code, f.innovation_id, a.opd_code, i.opd_name, a.failed_elements, a.maturity_score, f.priority,
           round((stats.sid_score(f.fixed_sum, f.fixed_size, f.fixed_size, :divisorFloor, :countScoreCap, :countScoreFactor)
                  - stats.sid_score(f.now_sum, f.now_size, f.now_size, :divisorFloor, :countScoreCap, :countScoreFactor))
                 / :totalMaximum * 100, 2) AS fix_gain
    FROM pg_temp.estimate_fix f
    -- only the failing verdicts (those the fixes are of): half the year's rows to hash
    JOIN stats.innovation_assessment a ON a.year = :year AND a.region_code = f.region_code AND a.innovation_id = f.innovation_id
                                      AND NOT a.qualified
    JOIN stats.innovation i ON i.year = :year AND i.region_code = f.region_code AND i.innovation_id = f.innovation_id
),
scored AS (
    SELECT s.region_code, s.scenario, s.step, s.submitted, s.qualified_submitted, s.innovation_ids,
           stats.sid_score(s.maturity_sum, s.submitted, s.qualified_submitted, :divisorFloor, :countScoreCap, :countScoreFactor) AS sid
    FROM pg_temp.estimate_submission s
),
estimated AS (
    SELECT s.*, spd.spd_score,
           least(s.qualified_submitted, :countScoreCap) * :countScoreFactor AS count_score,
           round(stats.index_of(spd.spd_score, s.sid, :totalMaximum), 2) AS index_estimate
    FROM scored s
    LEFT JOIN spd ON spd.region_code = s.region_code
),
-- Estimated rank: against the official scores of the other ranked regions of the region's cluster,
-- of the same year where it is loaded for that cluster, else of the year before. The region's
-- cluster is its own national result's: of that year or the latest before it, else the nearest after.
basis AS (
    SELECT cluster, max(year) AS basis_year
    FROM stats.national_result
    WHERE year IN (:year, :year - 1) AND score > 0
    GROUP BY cluster
),
region_cluster AS (
    SELECT DISTINCT ON (n.region_code) n.region_code, n.cluster
    FROM stats.national_result n
    JOIN per_region r ON r.region_code = n.region_code
    ORDER BY n.region_code, n.year > :year, abs(n.year - :year)
),
others AS (
    SELECT n.cluster, n.region_code, n.score, b.basis_year
    FROM stats.national_result n
    JOIN basis b ON b.cluster = n.cluster AND n.year = b.basis_year
    WHERE n.score > 0
),
cluster_size AS (
    SELECT cluster, basis_year, count(*) AS regions FROM others GROUP BY cluster, basis_year
),
-- Every estimate among the others' scores, others after estimates at an equal score: the others
-- before an estimate are those strictly higher (the region's own official score taken out below).
placed AS (
    SELECT region_code, scenario, step, score, cluster, higher
    FROM (SELECT region_code, scenario, step, score, cluster, is_other,
                 count(*) FILTER (WHERE is_other)
                     OVER (PARTITION BY cluster ORDER BY score DESC, is_other ROWS UNBOUNDED PRECEDING) AS higher
          FROM (SELECT e.region_code, e.scenario, e.step, e.index_estimate AS score, rc.cluster, false AS is_other
                FROM estimated e JOIN region_cluster rc ON rc.region_code = e.region_code
                WHERE e.index_estimate IS NOT NULL
                UNION ALL
                SELECT region_code, NULL, NULL, score, cluster, true FROM others) u) w
    WHERE NOT is_other
),
-- The region's own official score among the others (taken out of those above its estimate), one
-- row a region: looked up by region alone, not by cluster first (a join on the cluster's three
-- values alone filtered 1.6 million pairs a national year).
own_score AS (
    SELECT rc.region_code, o.score
    FROM region_cluster rc
    JOIN others o ON o.region_code = rc.region_code AND o.cluster = rc.cluster
),
ranks AS (
    SELECT p.region_code, p.scenario, p.step,
           1 + p.higher - CASE WHEN own.score > p.score THEN 1 ELSE 0 END AS estimated_rank,
           cs.regions - CASE WHEN own.region_code IS NULL THEN 0 ELSE 1 END + 1 AS estimated_ranked_count,
           CASE WHEN cs.basis_year = :year THEN 'same_year' ELSE 'previous_year' END AS estimated_rank_basis
    FROM placed p
    JOIN cluster_size cs ON cs.cluster = p.cluster
    LEFT JOIN own_score own ON own.region_code = p.region_code
),
estimate_rows AS (
    INSERT INTO pg_temp.rebuilt_index_estimate
           (year, region_code, scenario, submitted, qualified_submitted, spd_score, sid_score, count_score, index_estimate,
            predicate, innovation_ids, method_version, estimated_rank, estimated_ranked_count, estimated_rank_basis, run_id)
    SELECT :year, e.region_code, e.scenario, e.submitted, e.qualified_submitted, e.spd_score, round(e.sid, 2), round(e.count_score, 2),
           e.index_estimate, stats.predicate(e.index_estimate, :sangatInovatifAbove, :inovatifFrom, :kurangInovatifFrom),
           e.innovation_ids, :methodVersion, r.estimated_rank, r.estimated_ranked_count, r.estimated_rank_basis, :runId
    FROM estimated e
    LEFT JOIN ranks r ON r.region_code = e.region_code AND r.scenario = e.scenario AND r.step = e.step
    WHERE e.scenario <> 'fixes'
    RETURNING 1
),
fix_rows AS (
    INSERT INTO pg_temp.rebuilt_fix_priority
           (year, region_code, innovation_id, opd_code, opd_name, failed_elements, maturity_score, fix_gain, priority,
            estimate_if_fixed_through, estimated_rank_if_fixed_through, run_id)
    SELECT :year, f.region_code, f.innovation_id, f.opd_code, f.opd_name, f.failed_elements, f.maturity_score, f.fix_gain, f.priority,
           e.index_estimate, r.estimated_rank, :runId
    FROM fixes f
    LEFT JOIN estimated e ON e.region_code = f.region_code AND e.scenario = 'fixes' AND e.step = f.priority
    LEFT JOIN ranks r ON r.region_code = f.region_code AND r.scenario = 'fixes' AND r.step = f.priority
    RETURNING 1
)
SELECT (SELECT count(*) FROM estimate_rows) AS estimates, (SELECT count(*) FROM fix_rows) AS fixes
