-- The year's largest rank gains and losses per cluster.
SELECT cluster, direction, position, region_code, region_name, rank_change, score_delta
FROM stats.ranking_mover
WHERE year = :year
ORDER BY cluster, direction DESC, position
