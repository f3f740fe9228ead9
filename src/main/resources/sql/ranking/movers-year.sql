-- The 10 largest rank gains and losses of each cluster in one year, ties by region code.
INSERT INTO pg_temp.rebuilt_ranking_mover (year, cluster, direction, position, region_code, region_name, rank_change, score_delta, run_id)
SELECT year, cluster, direction, position, region_code, region_name, rank_change, score_delta, :runId
FROM (
    SELECT year, cluster, region_code, region_name, rank_change, score_delta,
           CASE WHEN rank_change > 0 THEN 'up' ELSE 'down' END AS direction,
           row_number() OVER (PARTITION BY cluster, rank_change > 0 ORDER BY abs(rank_change) DESC, region_code) AS position
    FROM stats.ranking_trend
    WHERE year = :year AND rank_change <> 0
) t
WHERE position <= 10
