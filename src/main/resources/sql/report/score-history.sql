-- A region's official score, rank and cluster median over the years up to the report's year.
SELECT year, cluster, score, rank, ranked_count, cluster_median, predicate
FROM stats.ranking_trend
WHERE region_code = :regionCode AND year <= :year
ORDER BY year
