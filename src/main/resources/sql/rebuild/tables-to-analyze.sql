-- Those of the given tables whose planner statistics lag far behind their content (a tenth of
-- their rows or more changed since they were last analysed, and at least 1,000): the loaded data
-- is analysed before a rebuild, so that the planner does not take a freshly loaded table for an
-- empty one; the summaries after it, for the report's queries (a first build fills them from
-- nothing). A rebuild's own statements do not trust the summaries' statistics (RebuildTasklet).
SELECT format('%I.%I', schemaname, relname)
FROM pg_stat_user_tables
WHERE schemaname = 'stats'
  AND relname = ANY (CAST(:tables AS text[]))
  AND n_mod_since_analyze >= greatest(1000, n_live_tup / 10)
ORDER BY relname
