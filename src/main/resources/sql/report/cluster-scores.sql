-- The official scores of a year's ranked regions, per cluster: the overview's distribution.
SELECT cluster, score
FROM stats.ranking_trend
WHERE year = :year AND rank IS NOT NULL
ORDER BY cluster, score
