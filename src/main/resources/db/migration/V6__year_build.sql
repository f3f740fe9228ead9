-- Per year: when its inputs last changed, and what its summaries and report were built from. The
-- main job decides from this table which years are stale (docs/operations.md, "Every run converges").
CREATE TABLE stats.year_build (
    year                    integer PRIMARY KEY,
    inputs_changed_run      bigint NOT NULL DEFAULT 0,
    inputs_changed_at       timestamptz,
    built_inputs_run        bigint,
    built_method            text,
    built_before_inputs_run bigint,
    built_before_method     text,
    summaries_built_at      timestamptz,
    summaries_run_id        bigint,
    report_summaries_at     timestamptz,
    report_built_at         timestamptz,
    report_run_id           bigint
);
COMMENT ON TABLE stats.year_build IS 'Per year: when its inputs last changed and what its summaries and report were built from; a year is stale when these differ from what it holds now (jobs/status lists the stale years)';
COMMENT ON COLUMN stats.year_build.year IS 'The year';
COMMENT ON COLUMN stats.year_build.inputs_changed_run IS 'The run (pipeline_run) that last changed the year''s inputs (innovations, national results, capacity scores); 0 when they were loaded before this table existed';
COMMENT ON COLUMN stats.year_build.inputs_changed_at IS 'When that run changed them';
COMMENT ON COLUMN stats.year_build.built_inputs_run IS 'inputs_changed_run as it was when the year''s summaries were last built; NULL if never built';
COMMENT ON COLUMN stats.year_build.built_method IS 'The method configuration version (with its digest, as in innovation_assessment.standard_version) the summaries were built with';
COMMENT ON COLUMN stats.year_build.built_before_inputs_run IS 'The year before''s inputs_changed_run when this year''s summaries were built (this year''s deltas and trends read that year)';
COMMENT ON COLUMN stats.year_build.built_before_method IS 'The year before''s method version when this year''s summaries were built';
COMMENT ON COLUMN stats.year_build.summaries_built_at IS 'When the year''s summaries were last built; NULL if never';
COMMENT ON COLUMN stats.year_build.summaries_run_id IS 'The run that last built them';
COMMENT ON COLUMN stats.year_build.report_summaries_at IS 'The summaries_built_at of the summaries the year''s report was last written from; the report is outdated when it differs';
COMMENT ON COLUMN stats.year_build.report_built_at IS 'When the year''s report was last written';
COMMENT ON COLUMN stats.year_build.report_run_id IS 'The run that last wrote it';

