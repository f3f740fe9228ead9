-- Records what a year's summaries were just built from, in the year's own transaction: its inputs
-- and the year before's as they stand, the two methods, and the inputs of two years before (the
-- expected OPDs of a region without a roster).
INSERT INTO stats.year_build AS b (year, built_inputs_run, built_method, built_before_inputs_run, built_before_method,
                                   built_two_before_inputs_run, summaries_built_at, summaries_run_id)
VALUES (:year,
        coalesce((SELECT inputs_changed_run FROM stats.year_build WHERE year = :year), 0), :method,
        coalesce((SELECT inputs_changed_run FROM stats.year_build WHERE year = :year - 1), 0), :beforeMethod,
        coalesce((SELECT inputs_changed_run FROM stats.year_build WHERE year = :year - 2), 0),
        clock_timestamp(), :runId)
ON CONFLICT (year) DO UPDATE
SET built_inputs_run = excluded.built_inputs_run,
    built_method = excluded.built_method,
    built_before_inputs_run = excluded.built_before_inputs_run,
    built_before_method = excluded.built_before_method,
    built_two_before_inputs_run = excluded.built_two_before_inputs_run,
    summaries_built_at = excluded.summaries_built_at,
    summaries_run_id = excluded.summaries_run_id
