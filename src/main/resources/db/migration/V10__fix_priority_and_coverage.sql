-- What to fix first, where it would rank, and which OPDs are silent (docs/method.md, "What to fix
-- first"): the all_fixed scenario and the estimated rank of every scenario, stats.fix_priority,
-- stats.opd_coverage, the region's coverage counts, and the shared SID and index expressions.

-- The SID and the index of a submission, defined once for every statement that scores one.
CREATE FUNCTION stats.sid_score(maturity_sum numeric, submitted bigint, qualified bigint,
                                divisor_floor integer, count_score_cap integer, count_score_factor numeric)
RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN maturity_sum / greatest(divisor_floor, submitted) + least(qualified, count_score_cap) * count_score_factor;
COMMENT ON FUNCTION stats.sid_score(numeric, bigint, bigint, integer, integer, numeric) IS
    'SID of a submission, unrounded: the maturity of its qualifying innovations / max(divisor floor, submitted) + min(qualified, cap) x factor (figures per year in iid-method.yml)';

CREATE FUNCTION stats.index_of(spd_score numeric, sid numeric, total_maximum numeric)
RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (spd_score + sid) / total_maximum * 100;
COMMENT ON FUNCTION stats.index_of(numeric, numeric, numeric) IS
    'The index of a submission, unrounded: (SPD + SID) / total maximum x 100; NULL without an SPD score';

ALTER TABLE stats.index_estimate DROP CONSTRAINT index_estimate_scenario_check;
ALTER TABLE stats.index_estimate ADD CONSTRAINT index_estimate_scenario_check
    CHECK (scenario IN ('qualified_only', 'all_reported', 'best_subset', 'all_fixed'));
ALTER TABLE stats.index_estimate
    ADD COLUMN estimated_rank integer,
    ADD COLUMN estimated_ranked_count integer,
    ADD COLUMN estimated_rank_basis text CHECK (estimated_rank_basis IN ('same_year', 'previous_year'));
COMMENT ON TABLE stats.index_estimate IS 'The regional index (IID) estimate of a region and year for a submission scenario: qualified_only, all_reported, best_subset, all_fixed; with the rank it would take';
COMMENT ON COLUMN stats.index_estimate.scenario IS 'Which innovations are submitted: qualified_only (those meeting the standard), all_reported (every one), best_subset (the qualifying set that maximises the estimate), all_fixed (the ceiling: every reported one counted as qualifying with its maturity, the set chosen as for best_subset)';
COMMENT ON COLUMN stats.index_estimate.qualified_submitted IS 'q: submitted innovations that meet the evidence standard (the others score 0 but count in the divisor); for all_fixed every submitted one';
COMMENT ON COLUMN stats.index_estimate.estimated_rank IS 'The rank the estimate would take in the region''s cluster: 1 + the other regions of the cluster whose official score is higher, in the year given by estimated_rank_basis; NULL without an estimate or without national results for the year or the year before';
COMMENT ON COLUMN stats.index_estimate.estimated_ranked_count IS 'The other ranked regions (score above 0) of the cluster in the basis year, plus 1';
COMMENT ON COLUMN stats.index_estimate.estimated_rank_basis IS 'same_year: against that year''s official scores; previous_year: that year''s were not loaded, so against the year before''s; NULL with estimated_rank';

CREATE TABLE stats.fix_priority (
    year                              integer NOT NULL,
    region_code                       text COLLATE "C" NOT NULL,
    innovation_id                     text COLLATE "C" NOT NULL,
    opd_code                          text COLLATE "C" NOT NULL,
    opd_name                          text NOT NULL,
    failed_elements                   text[] NOT NULL,
    maturity_score                    integer NOT NULL,
    fix_gain                          numeric(6, 2) NOT NULL,
    priority                          integer NOT NULL,
    estimate_if_fixed_through         numeric(6, 2),
    estimated_rank_if_fixed_through   integer,
    run_id                            bigint NOT NULL,
    PRIMARY KEY (year, region_code, innovation_id),
    UNIQUE (year, region_code, priority)
);
COMMENT ON TABLE stats.fix_priority IS 'Every reported innovation that does not meet the evidence standard, with what fixing it would add to the region''s best estimate, in the order to fix them';
COMMENT ON COLUMN stats.fix_priority.year IS 'Reporting year';
COMMENT ON COLUMN stats.fix_priority.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.fix_priority.innovation_id IS 'The innovation (stats.innovation)';
COMMENT ON COLUMN stats.fix_priority.opd_code IS 'The OPD that reported it';
COMMENT ON COLUMN stats.fix_priority.opd_name IS 'The OPD''s name as reported';
COMMENT ON COLUMN stats.fix_priority.failed_elements IS 'The elements of the evidence standard it fails, sorted (innovation_assessment.failed_elements)';
COMMENT ON COLUMN stats.fix_priority.maturity_score IS 'Its maturity score (innovation_assessment.maturity_score)';
COMMENT ON COLUMN stats.fix_priority.fix_gain IS 'The best achievable estimate if this innovation alone qualified with its maturity score, minus the current best_subset estimate, from unrounded values, rounded half up to 2 decimals; 0 when it would not enter the best submission. Computed from SID, so also without an SPD score';
COMMENT ON COLUMN stats.fix_priority.priority IS '1 = fix first: by fix_gain (largest first), then fewer failing elements, then innovation_id; unique within a region and year';
COMMENT ON COLUMN stats.fix_priority.estimate_if_fixed_through IS 'For the first five priorities: the best estimate if this innovation and every one before it qualified (what the region page''s "fix these five" reads); NULL after the fifth or without an SPD score';
COMMENT ON COLUMN stats.fix_priority.estimated_rank_if_fixed_through IS 'The estimated rank of estimate_if_fixed_through, as index_estimate.estimated_rank';
COMMENT ON COLUMN stats.fix_priority.run_id IS 'The run (pipeline_run) that wrote the row';

CREATE TABLE stats.opd_coverage (
    year             integer NOT NULL,
    region_code      text COLLATE "C" NOT NULL,
    opd_code         text COLLATE "C" NOT NULL,
    opd_name         text NOT NULL,
    expected         boolean NOT NULL,
    expected_source  text NOT NULL CHECK (expected_source IN ('roster', 'inferred')),
    reported         integer NOT NULL,
    qualified        integer NOT NULL,
    status           text NOT NULL CHECK (status IN ('qualified', 'none_qualified', 'silent')),
    run_id           bigint NOT NULL,
    PRIMARY KEY (year, region_code, opd_code)
);
COMMENT ON TABLE stats.opd_coverage IS 'Every OPD expected to report in a region and year, and every OPD that reported: whether it reported and whether one of its innovations qualifies (the regent''s target: every OPD at least one innovation a year)';
COMMENT ON COLUMN stats.opd_coverage.year IS 'Reporting year';
COMMENT ON COLUMN stats.opd_coverage.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.opd_coverage.opd_code IS 'The OPD''s code within the region';
COMMENT ON COLUMN stats.opd_coverage.opd_name IS 'The name it reported that year, else the roster''s, else the one it last reported';
COMMENT ON COLUMN stats.opd_coverage.expected IS 'true when the OPD was expected to report that year: in the region''s roster and existing that year, or, for a region without a roster, reported in one of the two years before';
COMMENT ON COLUMN stats.opd_coverage.expected_source IS 'How the region''s expected OPDs were decided: roster (the region has a roster, stats.opd_roster) or inferred (from the two years before)';
COMMENT ON COLUMN stats.opd_coverage.reported IS 'Innovations it reported that year';
COMMENT ON COLUMN stats.opd_coverage.qualified IS 'Of those, the ones meeting the evidence standard';
COMMENT ON COLUMN stats.opd_coverage.status IS 'qualified: at least one innovation qualifies; none_qualified: reported, none qualifies; silent: expected, reported nothing';
COMMENT ON COLUMN stats.opd_coverage.run_id IS 'The run (pipeline_run) that wrote the row';

ALTER TABLE stats.region_year_summary
    ADD COLUMN opds_expected integer,
    ADD COLUMN opds_silent integer,
    ADD COLUMN opd_coverage_share numeric(5, 4);
COMMENT ON COLUMN stats.region_year_summary.opds_expected IS 'OPDs expected to report that year (opd_coverage.expected)';
COMMENT ON COLUMN stats.region_year_summary.opds_silent IS 'Expected OPDs that reported nothing';
COMMENT ON COLUMN stats.region_year_summary.opd_coverage_share IS 'Expected OPDs with a qualifying innovation / expected OPDs, 4 decimals; NULL when none is expected';

-- A view of a table's rows carries the table's column comments: defined once, for every such view.
CREATE PROCEDURE stats.comment_view_columns_as_table(view_name text, table_name text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE (
        SELECT string_agg(format('COMMENT ON COLUMN stats.%I.%I IS %L', view_name, a.attname, col_description(a.attrelid, a.attnum)), '; ')
        FROM pg_attribute a
        WHERE a.attrelid = ('stats.' || quote_ident(table_name))::regclass AND a.attnum > 0 AND NOT a.attisdropped);
END $$;
COMMENT ON PROCEDURE stats.comment_view_columns_as_table(text, text) IS
    'Copies the column comments of a stats table onto a view of its rows (the _latest views); used by the migrations';

-- The views over region_year_summary show its new columns too.
CREATE OR REPLACE VIEW stats.region_year_latest AS
SELECT * FROM stats.region_year_summary WHERE year = (SELECT max(year) FROM stats.region_year_summary);
CALL stats.comment_view_columns_as_table('region_year_latest', 'region_year_summary');

CREATE VIEW stats.fix_priority_latest AS
SELECT * FROM stats.fix_priority WHERE year = (SELECT max(year) FROM stats.fix_priority);
COMMENT ON VIEW stats.fix_priority_latest IS 'fix_priority for the most recent year it holds: what to fix first';
CALL stats.comment_view_columns_as_table('fix_priority_latest', 'fix_priority');
CREATE VIEW stats.opd_coverage_latest AS
SELECT * FROM stats.opd_coverage WHERE year = (SELECT max(year) FROM stats.opd_coverage);
COMMENT ON VIEW stats.opd_coverage_latest IS 'opd_coverage for the most recent year it holds: which OPDs are silent';
CALL stats.comment_view_columns_as_table('opd_coverage_latest', 'opd_coverage');

-- What was found for each failing element, for the page an OPD reads ("latar belakang masalah: 7 kata").
ALTER TABLE stats.innovation_assessment ADD COLUMN failed_findings text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN stats.innovation_assessment.failed_findings IS 'For each element of failed_elements, in the same order, what the evaluation found, in Indonesian (e.g. "7 kata", "tidak menyebut nomor", "2020-01-01"); empty when it qualifies';

-- A year's expected OPDs are inferred from the two years before: it is stale when either changed.
ALTER TABLE stats.year_build ADD COLUMN built_two_before_inputs_run bigint;
COMMENT ON COLUMN stats.year_build.built_two_before_inputs_run IS 'The inputs_changed_run of two years before when this year''s summaries were built (a region without a roster expects the OPDs of the two years before)';
-- Every year built before this version lacks the new tables' rows: each is rebuilt by the next run.
UPDATE stats.year_build SET summaries_built_at = NULL;
