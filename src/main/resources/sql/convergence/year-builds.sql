-- Every recorded year: when its inputs last changed, and what its summaries and report were built from.
SELECT year, inputs_changed_run, summaries_built_at IS NOT NULL AS built, coalesce(built_inputs_run, 0) AS built_inputs_run,
       coalesce(built_method, '') AS built_method, coalesce(built_before_inputs_run, 0) AS built_before_inputs_run,
       coalesce(built_before_method, '') AS built_before_method, coalesce(built_two_before_inputs_run, 0) AS built_two_before_inputs_run,
       summaries_built_at IS NOT NULL AND report_summaries_at IS NOT DISTINCT FROM summaries_built_at AS report_current
FROM stats.year_build
ORDER BY year
