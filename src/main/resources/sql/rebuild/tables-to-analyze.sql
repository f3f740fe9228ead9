-- The loaded-data tables whose planner statistics lag far behind their content (a tenth of their
-- rows or more changed since they were last analysed, and at least 1,000): analysed before a
-- rebuild, so that the planner does not take a freshly loaded table for an empty one. The
-- summary tables are left to autovacuum: every rebuild rewrites them, and its own statements do
-- not trust their statistics (RebuildTasklet).
SELECT format('%I.%I', schemaname, relname)
FROM pg_stat_user_tables
WHERE schemaname = 'stats'
  AND relname IN ('innovation', 'national_result', 'region_capacity')
  AND n_mod_since_analyze >= greatest(1000, n_live_tup / 10)
ORDER BY relname
