-- Ranking trends of one year within each cluster (docs/method.md, "Rankings and trends"),
-- from the official results of the year and the year before.
WITH cur AS (
    SELECT * FROM stats.national_result WHERE year = :year
),
prev AS (
    SELECT * FROM stats.national_result WHERE year = :year - 1
),
ranked_scores AS (
    SELECT year, cluster, score, rank,
           row_number() OVER (PARTITION BY year, cluster ORDER BY score) AS position,
           count(*) OVER (PARTITION BY year, cluster) AS ranked_count
    FROM stats.national_result
    WHERE year IN (:year, :year - 1) AND rank IS NOT NULL
),
clusters AS (
    -- the median of the ranked scores: the middle one, or the mean of the middle two
    SELECT year, cluster, max(ranked_count) AS ranked_count,
           -- a partial transcription with official ranks: the highest rank shows the cluster's real size
           greatest(max(ranked_count), max(rank)) AS cluster_size,
           avg(score) FILTER (WHERE position IN ((ranked_count + 1) / 2, (ranked_count + 2) / 2)) AS median
    FROM ranked_scores
    GROUP BY year, cluster
),
joined AS (
    SELECT c.region_code, c.region_name, c.cluster, c.score, c.rank, c.predicate,
           p.region_code IS NOT NULL AS in_previous,
           p.score AS prev_score, p.rank AS prev_rank, p.predicate AS prev_predicate
    FROM cur c
    LEFT JOIN prev p ON p.region_code = c.region_code AND p.cluster = c.cluster
),
prev_above AS (
    -- for each region of this year: how many of last year's regions of its cluster scored more than it
    -- scores now, over both years' scores: last year's at this score or higher (a running count),
    -- less those at exactly this score. Both windows are counted incrementally; one frame that
    -- excludes the equal scores (EXCLUDE GROUP) is recounted row by row, 40 ms a national year.
    SELECT region_code,
           count(*) FILTER (WHERE is_prev) OVER (PARTITION BY cluster ORDER BY score DESC)
           - count(*) FILTER (WHERE is_prev) OVER (PARTITION BY cluster, score) AS prev_above,
           is_prev
    FROM (SELECT region_code, cluster, score, false AS is_prev FROM cur
          UNION ALL
          SELECT region_code, cluster, score, true FROM prev) both_years
),
overtaken AS (
    -- regions that were ranked below this one last year and are ranked above it now (a region is
    -- never below itself, and a rank last year means it was there)
    SELECT t.region_code, count(*) AS overtaken_by
    FROM joined t
    JOIN joined o ON o.cluster = t.cluster AND o.prev_rank > t.prev_rank AND o.rank < t.rank
    WHERE t.in_previous
    GROUP BY t.region_code
),
trend AS (
    SELECT j.*,
           coalesce(cc.ranked_count, 0) AS ranked_count,
           cc.cluster_size,
           cc.median AS cluster_median,
           cc.median - pc.median AS cluster_median_delta,
           -- the others as they stood last year, this region with this year's score (itself not counted)
           CASE WHEN j.in_previous THEN 1 + a.prev_above - (j.prev_score > j.score)::int END AS rank_if_others_static,
           coalesce(ov.overtaken_by, 0) AS overtaken_count
    FROM joined j
    JOIN prev_above a ON a.region_code = j.region_code AND NOT a.is_prev
    LEFT JOIN overtaken ov ON ov.region_code = j.region_code
    LEFT JOIN clusters cc ON cc.year = :year AND cc.cluster = j.cluster
    LEFT JOIN clusters pc ON pc.year = :year - 1 AND pc.cluster = j.cluster
)
INSERT INTO pg_temp.rebuilt_ranking_trend
       (year, region_code, region_name, cluster, score, rank, ranked_count, percentile, predicate, prev_score, prev_rank,
        prev_predicate, score_delta, rank_change, predicate_change, cluster_median, cluster_median_delta,
        rank_if_others_static, own_effect, others_effect, overtaken_by, run_id)
SELECT :year, t.region_code, t.region_name, t.cluster, t.score, t.rank, t.ranked_count,
       CASE WHEN t.rank IS NULL THEN NULL
            WHEN t.cluster_size = 1 THEN 100
            ELSE round(100.0 * (t.cluster_size - t.rank) / (t.cluster_size - 1), 2) END,
       t.predicate, t.prev_score, t.prev_rank, t.prev_predicate,
       t.score - t.prev_score,
       t.prev_rank - t.rank,
       CASE WHEN NOT t.in_previous THEN NULL
            WHEN sign(array_position(ARRAY['tidak_dapat_dinilai', 'kurang_inovatif', 'inovatif', 'sangat_inovatif'], t.predicate)
                    - array_position(ARRAY['tidak_dapat_dinilai', 'kurang_inovatif', 'inovatif', 'sangat_inovatif'], t.prev_predicate)) > 0 THEN 'up'
            WHEN t.predicate = t.prev_predicate THEN 'same'
            ELSE 'down' END,
       trim_scale(t.cluster_median), trim_scale(t.cluster_median_delta),
       t.rank_if_others_static,
       t.prev_rank - t.rank_if_others_static,
       t.rank_if_others_static - t.rank,
       CASE WHEN t.in_previous AND t.rank IS NOT NULL AND t.prev_rank IS NOT NULL THEN t.overtaken_count END,
       :runId
FROM trend t
