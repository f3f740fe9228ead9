-- Records that a run changed these years' inputs, in the transaction of the batch that changed them.
INSERT INTO stats.year_build (year, inputs_changed_run, inputs_changed_at)
SELECT y, :runId, now() FROM unnest(CAST(:years AS integer[])) AS t (y)
ON CONFLICT (year) DO UPDATE SET inputs_changed_run = excluded.inputs_changed_run, inputs_changed_at = excluded.inputs_changed_at
