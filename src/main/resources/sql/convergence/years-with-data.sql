-- Every year that has inputs or summaries: what --all-years rebuilds, and the years whose state is
-- checked for staleness. The innovations' years by a loose scan of the primary key's year prefix
-- (one index probe per year, not a scan of the table).
WITH RECURSIVE innovation_years AS (
    (SELECT year FROM stats.innovation ORDER BY year LIMIT 1)
    UNION ALL
    SELECT (SELECT i.year FROM stats.innovation i WHERE i.year > y.year ORDER BY i.year LIMIT 1)
    FROM innovation_years y
    WHERE y.year IS NOT NULL
)
SELECT year FROM innovation_years WHERE year IS NOT NULL
UNION SELECT year FROM stats.national_result
UNION SELECT year FROM stats.region_capacity
UNION SELECT year FROM stats.region_year_summary
UNION SELECT year FROM stats.ranking_trend
ORDER BY year
