-- Records that a year's report was written from its current summaries.
UPDATE stats.year_build
SET report_summaries_at = summaries_built_at, report_built_at = clock_timestamp(), report_run_id = :runId
WHERE year = :year
