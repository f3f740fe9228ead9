-- Every region with reports in a year and its headline numbers, for the year's overview page.
SELECT s.region_code,
       coalesce(t.region_name, n.region_name, 'Region ' || s.region_code) AS region_name,
       coalesce(t.cluster, n.cluster) AS cluster,
       s.reported, s.qualified, s.qualified_share,
       t.score, t.rank, t.ranked_count, t.rank_change,
       e.index_estimate AS best_estimate
FROM stats.region_year_summary s
LEFT JOIN stats.ranking_trend t ON t.year = s.year AND t.region_code = s.region_code
LEFT JOIN (SELECT DISTINCT ON (region_code) region_code, region_name, cluster
           FROM stats.national_result
           ORDER BY region_code, year DESC) n ON n.region_code = s.region_code
LEFT JOIN stats.index_estimate e ON e.year = s.year AND e.region_code = s.region_code AND e.scenario = 'best_subset'
WHERE s.year = :year
ORDER BY s.region_code
