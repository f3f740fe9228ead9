-- The regional index estimate (docs/method.md) of every region with reports in one year, for
-- three submissions S: every qualifying innovation, every reported one, and the qualifying set
-- that maximises the estimate. An innovation of S that does not qualify scores 0 but counts in
-- the divisor. SID = sum of maturity of the qualifying in S / max(floor, n) + min(q, cap) x factor;
-- index = (SPD + SID) / total maximum x 100. The best set of size k is the k most mature
-- (ties by id), so best_subset compares k = 0..q; equal estimates take the smaller set.
WITH assessed AS (
    SELECT region_code, innovation_id, qualified, maturity_score
    FROM stats.innovation_assessment
    WHERE year = :year
),
ranked AS (
    SELECT region_code, innovation_id, maturity_score,
           row_number() OVER w AS k,
           sum(maturity_score) OVER (w ROWS UNBOUNDED PRECEDING) AS maturity_sum
    FROM assessed
    WHERE qualified
    WINDOW w AS (PARTITION BY region_code ORDER BY maturity_score DESC, innovation_id)
),
spd AS (
    SELECT region_code, spd_score FROM stats.region_capacity WHERE year = :year
),
candidates AS (
    SELECT region_code, 0::bigint AS k, 0::numeric AS maturity_sum FROM (SELECT DISTINCT region_code FROM assessed) r
    UNION ALL
    SELECT region_code, k, maturity_sum FROM ranked
),
scored AS (
    SELECT c.region_code, c.k, c.maturity_sum,
           c.maturity_sum::numeric / greatest(:divisorFloor, c.k) + least(c.k, :countScoreCap) * :countScoreFactor AS sid
    FROM candidates c
),
best AS (
    SELECT DISTINCT ON (s.region_code) s.region_code, s.k
    FROM scored s
    LEFT JOIN spd ON spd.region_code = s.region_code
    ORDER BY s.region_code, coalesce(round((spd.spd_score + s.sid) / :totalMaximum * 100, 2), round(s.sid, 2)) DESC, s.k
),
submissions AS (
    SELECT region_code, 'qualified_only' AS scenario,
           count(*) FILTER (WHERE qualified) AS submitted,
           count(*) FILTER (WHERE qualified) AS qualified_submitted,
           coalesce(sum(maturity_score) FILTER (WHERE qualified), 0) AS maturity_sum,
           coalesce(array_agg(innovation_id ORDER BY innovation_id) FILTER (WHERE qualified), '{}') AS innovation_ids
    FROM assessed GROUP BY region_code
    UNION ALL
    SELECT region_code, 'all_reported', count(*), count(*) FILTER (WHERE qualified),
           coalesce(sum(maturity_score) FILTER (WHERE qualified), 0),
           array_agg(innovation_id ORDER BY innovation_id)
    FROM assessed GROUP BY region_code
    UNION ALL
    SELECT b.region_code, 'best_subset', b.k, b.k, coalesce(sum(r.maturity_score), 0),
           coalesce(array_agg(r.innovation_id ORDER BY r.innovation_id) FILTER (WHERE r.innovation_id IS NOT NULL), '{}')
    FROM best b
    LEFT JOIN ranked r ON r.region_code = b.region_code AND r.k <= b.k
    GROUP BY b.region_code, b.k
),
computed AS (
    SELECT s.*, spd.spd_score,
           least(s.qualified_submitted, :countScoreCap) * :countScoreFactor AS count_score,
           s.maturity_sum::numeric / greatest(:divisorFloor, s.submitted)
               + least(s.qualified_submitted, :countScoreCap) * :countScoreFactor AS sid
    FROM submissions s
    LEFT JOIN spd ON spd.region_code = s.region_code
),
estimated AS (
    SELECT c.*, round((c.spd_score + c.sid) / :totalMaximum * 100, 2) AS index_estimate FROM computed c
)
INSERT INTO stats.index_estimate
       (year, region_code, scenario, submitted, qualified_submitted, spd_score, sid_score, count_score, index_estimate,
        predicate, innovation_ids, method_version, run_id)
SELECT :year, region_code, scenario, submitted, qualified_submitted, spd_score, round(sid, 2), round(count_score, 2),
       index_estimate,
       stats.predicate(index_estimate, :sangatInovatifAbove, :inovatifFrom, :kurangInovatifFrom),
       innovation_ids, :methodVersion, :runId
FROM estimated
