-- Some regions' official score, rank and cluster median over the years up to the report's year.
SELECT region_code, year, cluster, score, rank, ranked_count, cluster_median, predicate
FROM stats.ranking_trend
WHERE region_code = ANY (CAST(:regions AS text[])) AND year <= :year
ORDER BY region_code, year
