-- The regional index estimate (docs/method.md) of every region with reports in one year, what
-- fixing each failing innovation would add, and the rank each estimate would take. One statement
-- writes the year's stats.index_estimate and stats.fix_priority rows (to their pg_temp.rebuilt_
-- copies, which YearRows then applies, changing only the rows that differ); every SID and index goes through
-- stats.sid_score and stats.index_of (V10), every figure is a parameter from the year's method.
--
-- Scenarios: qualified_only (every qualifying innovation), all_reported (every reported one; the
-- others score 0 but count in the divisor), best_subset (of the qualifying, the set that maximises
-- the estimate) and all_fixed (the same choice as if every reported one qualified: the ceiling).
-- The best set of size k is the k most mature (ties by id), so a best choice compares k = 0..n;
-- equal estimates take the smaller set. From K0 = max(divisor floor, count-score cap) on, a larger
-- set adds only its mean's next, smaller or equal, members (the count score is capped): its SID
-- never rises, so no size beyond K0 is compared, however large the region.
WITH assessed AS (
    SELECT region_code, innovation_id, opd_code, qualified, failed_elements, maturity_score
    FROM stats.innovation_assessment
    WHERE year = :year
),
spd AS (
    SELECT region_code, spd_score FROM stats.region_capacity WHERE year = :year
),
-- One pass over the year's verdicts, most mature first (ties by id): each innovation's place and
-- running maturity among every reported one (the all_fixed pool) and, for the qualifying, among
-- the qualifying (P(k), the maturity of the k most mature), with the SID of that qualifying set
-- and the best SID of any size up to it.
ranked AS (
    SELECT r.*, max(sid_q) FILTER (WHERE qualified) OVER w AS best_q_up_to_k
    FROM (SELECT r.*,
                 CASE WHEN qualified THEN stats.sid_score(sum_q, k_q, k_q, :divisorFloor, :countScoreCap, :countScoreFactor) END AS sid_q
          FROM (SELECT region_code, innovation_id, qualified, maturity_score,
                       row_number() OVER w AS k_all,
                       sum(maturity_score) OVER w AS sum_all,
                       count(*) FILTER (WHERE qualified) OVER w AS k_q,
                       sum(maturity_score) FILTER (WHERE qualified) OVER w AS sum_q
                FROM assessed
                WINDOW w AS (PARTITION BY region_code ORDER BY maturity_score DESC, innovation_id ROWS UNBOUNDED PRECEDING)) r) r
    WINDOW w AS (PARTITION BY region_code ORDER BY maturity_score DESC, innovation_id ROWS UNBOUNDED PRECEDING)
),
-- Each region's counts: the qualified_only and the all_reported submission.
per_region AS (
    SELECT region_code, count(*) AS reported, count(*) FILTER (WHERE qualified) AS qualified,
           coalesce(sum(maturity_score) FILTER (WHERE qualified), 0) AS maturity_sum
    FROM assessed
    GROUP BY region_code
),
-- k = 0..q: the SID of the k most mature qualifying, and the best SID of any size up to k.
prefix AS (
    SELECT region_code, 0::bigint AS k, 0::numeric AS maturity_sum, empty.sid, empty.sid AS best_sid_up_to_k, qualified AS q
    FROM per_region
    CROSS JOIN (SELECT stats.sid_score(0, 0, 0, :divisorFloor, :countScoreCap, :countScoreFactor) AS sid) empty
    UNION ALL
    SELECT r.region_code, r.k_q, r.sum_q, r.sid_q, r.best_q_up_to_k, p.qualified
    FROM ranked r JOIN per_region p ON p.region_code = r.region_code
    WHERE r.qualified
),
best_now AS (
    SELECT region_code, max(sid) AS sid FROM prefix GROUP BY region_code
),
-- Fix gain. Were a failing innovation of maturity m to qualify, the k most mature of the new pool
-- would be the p qualifying at least as mature (P(k) for k <= p), then it and the rest (P(k-1) + m
-- for k > p): its best SID is the better of the best up to p and the best of P(j) + m with j + 1
-- submitted, j = p..q. That depends on m alone, so it is worked out once per distinct maturity of a
-- region's failing innovations (at most 112 with the default weights): linear in the region's size.
-- A level: a distinct maturity m of a region's failing innovations, and p, the qualifying at least
-- as mature (the last place among the qualifying that the rows of maturity m reach).
levels AS (
    SELECT region_code, maturity_score AS m, max(k_q) AS p
    FROM ranked
    GROUP BY region_code, maturity_score
    HAVING bool_or(NOT qualified)
),
fixed_best AS (
    SELECT region_code, m,
           greatest(max(best_sid_up_to_k) FILTER (WHERE k = p),
                    max(stats.sid_score(maturity_sum + m, k + 1, k + 1, :divisorFloor, :countScoreCap, :countScoreFactor))) AS sid
    FROM (SELECT l.region_code, l.m, l.p, b.k, b.maturity_sum, b.best_sid_up_to_k
          FROM levels l
          JOIN prefix b ON b.region_code = l.region_code AND b.k >= l.p
          -- sizes j + 1 up to K0 only; below the divisor floor the SID only grows with j, so of
          -- those j only the largest can be best
          WHERE b.k < greatest(:divisorFloor, :countScoreCap)
            AND (b.k + 1 >= :divisorFloor OR b.k = least(b.q, :divisorFloor - 1) OR b.k = l.p)
          UNION ALL
          -- a level below K0 qualifying ones: the smallest set holding it is the best of its sizes
          SELECT l.region_code, l.m, l.p, b.k, b.maturity_sum, b.best_sid_up_to_k
          FROM levels l
          JOIN prefix b ON b.region_code = l.region_code AND b.k = l.p
          WHERE l.p >= greatest(:divisorFloor, :countScoreCap)) c
    GROUP BY region_code, m
),
fixes AS (
    SELECT region_code, innovation_id, opd_code, failed_elements, maturity_score, fix_gain,
           row_number() OVER (PARTITION BY region_code ORDER BY fix_gain DESC, cardinality(failed_elements), innovation_id) AS priority
    FROM (SELECT a.region_code, a.innovation_id, a.opd_code, a.failed_elements, a.maturity_score,
                 round((f.sid - n.sid) / :totalMaximum * 100, 2) AS fix_gain
          FROM assessed a
          JOIN fixed_best f ON f.region_code = a.region_code AND f.m = a.maturity_score
          JOIN best_now n ON n.region_code = a.region_code
          WHERE NOT a.qualified) g
),
-- The pools a best set is chosen from: the qualifying (best_subset), every reported one (all_fixed), and
-- for the first five priorities the qualifying with every fix up to that priority (only the best
-- estimate of those is kept, not the set: step_best below).
pool_candidates AS (
    SELECT region_code, 'best_subset' AS pool, k, maturity_sum, sid FROM prefix
    UNION ALL
    SELECT region_code, 'all_fixed', k, maturity_sum, sid FROM prefix WHERE k = 0
    UNION ALL
    SELECT region_code, 'all_fixed', k_all, sum_all,
           stats.sid_score(sum_all, k_all, k_all, :divisorFloor, :countScoreCap, :countScoreFactor)
    FROM ranked
),
pool_best AS (
    SELECT DISTINCT ON (c.region_code, c.pool) c.region_code, c.pool, 0 AS step, c.k, c.maturity_sum
    FROM pool_candidates c
    LEFT JOIN spd ON spd.region_code = c.region_code
    WHERE c.k <= greatest(:divisorFloor, :countScoreCap)
    ORDER BY c.region_code, c.pool, coalesce(round(stats.index_of(spd.spd_score, c.sid, :totalMaximum), 2), round(c.sid, 2)) DESC, c.k
),
-- The five fix steps' pools in one pass, not five copies of the qualifying: the qualifying and the
-- first five fixes, most mature first, with each step's running size (k<s>) and maturity
-- (sum<s>) counted over its own members (the qualifying and the fixes up to priority s). Which of
-- two equally mature members comes first changes no sum, so no tie-break is needed. Each step's
-- best SID is the highest of its members' rows (sizes up to K0); the k = 0 set (SID 0) never
-- beats a member's. A region has as many steps as fixes, at most five.
step_pools AS (
    SELECT region_code, priority,
           count(*) FILTER (WHERE priority IS NULL OR priority <= 1) OVER w AS k1,
           sum(maturity_score) FILTER (WHERE priority IS NULL OR priority <= 1) OVER w AS sum1,
           count(*) FILTER (WHERE priority IS NULL OR priority <= 2) OVER w AS k2,
           sum(maturity_score) FILTER (WHERE priority IS NULL OR priority <= 2) OVER w AS sum2,
           count(*) FILTER (WHERE priority IS NULL OR priority <= 3) OVER w AS k3,
           sum(maturity_score) FILTER (WHERE priority IS NULL OR priority <= 3) OVER w AS sum3,
           count(*) FILTER (WHERE priority IS NULL OR priority <= 4) OVER w AS k4,
           sum(maturity_score) FILTER (WHERE priority IS NULL OR priority <= 4) OVER w AS sum4,
           count(*) OVER w AS k5,
           sum(maturity_score) OVER w AS sum5
    FROM (SELECT region_code, maturity_score, NULL::bigint AS priority FROM assessed WHERE qualified
          UNION ALL
          SELECT region_code, maturity_score, priority FROM fixes WHERE priority <= 5) m
    WINDOW w AS (PARTITION BY region_code ORDER BY maturity_score DESC ROWS UNBOUNDED PRECEDING)
),
step_sids AS (
    SELECT region_code, count(priority) AS steps,
           max(stats.sid_score(sum1, k1, k1, :divisorFloor, :countScoreCap, :countScoreFactor))
               FILTER (WHERE (priority IS NULL OR priority <= 1) AND k1 <= greatest(:divisorFloor, :countScoreCap)) AS sid1,
           max(stats.sid_score(sum2, k2, k2, :divisorFloor, :countScoreCap, :countScoreFactor))
               FILTER (WHERE (priority IS NULL OR priority <= 2) AND k2 <= greatest(:divisorFloor, :countScoreCap)) AS sid2,
           max(stats.sid_score(sum3, k3, k3, :divisorFloor, :countScoreCap, :countScoreFactor))
               FILTER (WHERE (priority IS NULL OR priority <= 3) AND k3 <= greatest(:divisorFloor, :countScoreCap)) AS sid3,
           max(stats.sid_score(sum4, k4, k4, :divisorFloor, :countScoreCap, :countScoreFactor))
               FILTER (WHERE (priority IS NULL OR priority <= 4) AND k4 <= greatest(:divisorFloor, :countScoreCap)) AS sid4,
           max(stats.sid_score(sum5, k5, k5, :divisorFloor, :countScoreCap, :countScoreFactor))
               FILTER (WHERE k5 <= greatest(:divisorFloor, :countScoreCap)) AS sid5
    FROM step_pools
    GROUP BY region_code
),
step_best AS (
    SELECT region_code, step, (ARRAY[sid1, sid2, sid3, sid4, sid5])[step] AS sid
    FROM step_sids CROSS JOIN LATERAL generate_series(1, steps::integer) step
),
-- The innovations of each submission, in one pass over the year's verdicts.
chosen AS (
    SELECT region_code, max(k) FILTER (WHERE pool = 'best_subset') AS best_k, max(k) FILTER (WHERE pool = 'all_fixed') AS all_fixed_k
    FROM pool_best
    GROUP BY region_code
),
submitted_ids AS (
    SELECT r.region_code,
           coalesce(array_agg(r.innovation_id ORDER BY r.innovation_id) FILTER (WHERE r.qualified), '{}') AS qualified_only,
           array_agg(r.innovation_id ORDER BY r.innovation_id) AS all_reported,
           coalesce(array_agg(r.innovation_id ORDER BY r.innovation_id) FILTER (WHERE r.qualified AND r.k_q <= c.best_k), '{}') AS best_subset,
           coalesce(array_agg(r.innovation_id ORDER BY r.innovation_id) FILTER (WHERE r.k_all <= c.all_fixed_k), '{}') AS all_fixed
    FROM ranked r
    JOIN chosen c ON c.region_code = r.region_code
    GROUP BY r.region_code
),
submissions AS (
    SELECT p.region_code, 'qualified_only' AS scenario, 0 AS step, p.qualified AS submitted, p.qualified AS qualified_submitted,
           p.maturity_sum, i.qualified_only AS innovation_ids
    FROM per_region p JOIN submitted_ids i ON i.region_code = p.region_code
    UNION ALL
    SELECT p.region_code, 'all_reported', 0, p.reported, p.qualified, p.maturity_sum, i.all_reported
    FROM per_region p JOIN submitted_ids i ON i.region_code = p.region_code
    UNION ALL
    SELECT b.region_code, b.pool, b.step, b.k, b.k, b.maturity_sum,
           CASE b.pool WHEN 'best_subset' THEN i.best_subset ELSE i.all_fixed END
    FROM pool_best b JOIN submitted_ids i ON i.region_code = b.region_code
),
scored AS (
    SELECT s.region_code, s.scenario, s.step, s.submitted, s.qualified_submitted, s.innovation_ids,
           stats.sid_score(s.maturity_sum, s.submitted, s.qualified_submitted, :divisorFloor, :countScoreCap, :countScoreFactor) AS sid
    FROM submissions s
    UNION ALL
    SELECT region_code, 'fixes', step, NULL, NULL, NULL, sid FROM step_best
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
    SELECT :year, f.region_code, f.innovation_id, f.opd_code, i.opd_name, f.failed_elements, f.maturity_score, f.fix_gain, f.priority,
           e.index_estimate, r.estimated_rank, :runId
    FROM fixes f
    JOIN stats.innovation i ON i.year = :year AND i.region_code = f.region_code AND i.innovation_id = f.innovation_id
    LEFT JOIN estimated e ON e.region_code = f.region_code AND e.scenario = 'fixes' AND e.step = f.priority
    LEFT JOIN ranks r ON r.region_code = f.region_code AND r.scenario = 'fixes' AND r.step = f.priority
    RETURNING 1
)
SELECT (SELECT count(*) FROM estimate_rows) AS estimates, (SELECT count(*) FROM fix_rows) AS fixes
