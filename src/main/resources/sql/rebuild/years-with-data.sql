-- Every year that has inputs or summaries: what --all-years rebuilds, and the years a rebuild may touch.
SELECT year FROM stats.innovation
UNION SELECT year FROM stats.national_result
UNION SELECT year FROM stats.region_capacity
UNION SELECT year FROM stats.region_year_summary
UNION SELECT year FROM stats.ranking_trend
ORDER BY year
