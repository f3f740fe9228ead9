-- The summaries analysts query (spec: outputs.md, "Summaries"), rebuilt per year by the job's
-- rebuild step: a year's rows are replaced in one transaction.

CREATE TABLE stats.innovation_assessment (
    year              integer NOT NULL,
    region_code       text COLLATE "C" NOT NULL,
    innovation_id     text COLLATE "C" NOT NULL,
    opd_code          text COLLATE "C" NOT NULL,
    qualified         boolean NOT NULL,
    failed_elements   text[] NOT NULL,
    maturity_score    integer NOT NULL,
    standard_version  text NOT NULL,
    run_id            bigint NOT NULL,
    PRIMARY KEY (year, region_code, innovation_id)
);
COMMENT ON TABLE stats.innovation_assessment IS 'One innovation judged against the evidence standard (memenuhi data dukung) of its year, with its maturity score';
COMMENT ON COLUMN stats.innovation_assessment.year IS 'Reporting year';
COMMENT ON COLUMN stats.innovation_assessment.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.innovation_assessment.innovation_id IS 'The innovation (stats.innovation)';
COMMENT ON COLUMN stats.innovation_assessment.opd_code IS 'The OPD that reported it';
COMMENT ON COLUMN stats.innovation_assessment.qualified IS 'true when every element of the evidence standard holds';
COMMENT ON COLUMN stats.innovation_assessment.failed_elements IS 'Codes of the elements that fail, sorted (byte order); empty when qualified: problem, documented, policy, asn, benefit, stage, recent';
COMMENT ON COLUMN stats.innovation_assessment.maturity_score IS 'Sum over the 20 indicators of weight (bobot) x level (0-3), 0 to 111 with the default weights';
COMMENT ON COLUMN stats.innovation_assessment.standard_version IS 'The method configuration that decided the verdict: its version and a digest of its figures (iid-method.yml)';
COMMENT ON COLUMN stats.innovation_assessment.run_id IS 'The run (pipeline_run) that wrote the row';

CREATE TABLE stats.opd_year_summary (
    year                 integer NOT NULL,
    region_code          text COLLATE "C" NOT NULL,
    opd_code             text COLLATE "C" NOT NULL,
    opd_name             text NOT NULL,
    reported             integer NOT NULL,
    qualified            integer NOT NULL,
    qualified_share      numeric(5, 4) NOT NULL,
    digital              integer NOT NULL,
    non_digital          integer NOT NULL,
    stage_inisiatif      integer NOT NULL,
    stage_uji_coba       integer NOT NULL,
    stage_penerapan      integer NOT NULL,
    missing_problem      integer NOT NULL,
    missing_documented   integer NOT NULL,
    missing_policy       integer NOT NULL,
    missing_asn          integer NOT NULL,
    missing_benefit      integer NOT NULL,
    missing_stage        integer NOT NULL,
    missing_recent       integer NOT NULL,
    mean_maturity        numeric(6, 2) NOT NULL,
    reported_delta       integer,
    qualified_delta      integer,
    run_id               bigint NOT NULL,
    PRIMARY KEY (year, region_code, opd_code)
);
COMMENT ON TABLE stats.opd_year_summary IS 'What one OPD reported in a year and how much of it meets the evidence standard; a row only where the OPD reported';
COMMENT ON COLUMN stats.opd_year_summary.year IS 'Reporting year';
COMMENT ON COLUMN stats.opd_year_summary.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.opd_year_summary.opd_code IS 'The OPD''s code within the region';
COMMENT ON COLUMN stats.opd_year_summary.opd_name IS 'The OPD''s name in its report (the first in byte order if its rows differ)';
COMMENT ON COLUMN stats.opd_year_summary.reported IS 'Innovations reported';
COMMENT ON COLUMN stats.opd_year_summary.qualified IS 'Innovations that meet the evidence standard';
COMMENT ON COLUMN stats.opd_year_summary.qualified_share IS 'qualified / reported, a fraction 0-1 with 4 decimals';
COMMENT ON COLUMN stats.opd_year_summary.digital IS 'Reported innovations of kind digital';
COMMENT ON COLUMN stats.opd_year_summary.non_digital IS 'Reported innovations of kind non_digital';
COMMENT ON COLUMN stats.opd_year_summary.stage_inisiatif IS 'Reported innovations at stage inisiatif';
COMMENT ON COLUMN stats.opd_year_summary.stage_uji_coba IS 'Reported innovations at stage uji_coba (trial)';
COMMENT ON COLUMN stats.opd_year_summary.stage_penerapan IS 'Reported innovations at stage penerapan (applied)';
COMMENT ON COLUMN stats.opd_year_summary.missing_problem IS 'Innovations failing element problem (problem statement too short); one failing two elements counts under both';
COMMENT ON COLUMN stats.opd_year_summary.missing_documented IS 'Innovations failing element documented (no documentation reference)';
COMMENT ON COLUMN stats.opd_year_summary.missing_policy IS 'Innovations failing element policy (no leader''s decree naming an instrument and a number)';
COMMENT ON COLUMN stats.opd_year_summary.missing_asn IS 'Innovations failing element asn (no civil servant applying it)';
COMMENT ON COLUMN stats.opd_year_summary.missing_benefit IS 'Innovations failing element benefit (no measured improvement)';
COMMENT ON COLUMN stats.opd_year_summary.missing_stage IS 'Innovations failing element stage (not yet at an eligible stage)';
COMMENT ON COLUMN stats.opd_year_summary.missing_recent IS 'Innovations failing element recent (applied date missing or outside the window)';
COMMENT ON COLUMN stats.opd_year_summary.mean_maturity IS 'Mean maturity score over the reported innovations, 2 decimals';
COMMENT ON COLUMN stats.opd_year_summary.reported_delta IS 'reported minus the previous year''s; NULL when the OPD did not report the previous year';
COMMENT ON COLUMN stats.opd_year_summary.qualified_delta IS 'qualified minus the previous year''s; NULL when the OPD did not report the previous year';
COMMENT ON COLUMN stats.opd_year_summary.run_id IS 'The run (pipeline_run) that wrote the row';

CREATE TABLE stats.region_year_summary (
    year                 integer NOT NULL,
    region_code          text COLLATE "C" NOT NULL,
    reported             integer NOT NULL,
    qualified            integer NOT NULL,
    qualified_share      numeric(5, 4) NOT NULL,
    digital              integer NOT NULL,
    non_digital          integer NOT NULL,
    stage_inisiatif      integer NOT NULL,
    stage_uji_coba       integer NOT NULL,
    stage_penerapan      integer NOT NULL,
    missing_problem      integer NOT NULL,
    missing_documented   integer NOT NULL,
    missing_policy       integer NOT NULL,
    missing_asn          integer NOT NULL,
    missing_benefit      integer NOT NULL,
    missing_stage        integer NOT NULL,
    missing_recent       integer NOT NULL,
    mean_maturity        numeric(6, 2) NOT NULL,
    reported_delta       integer,
    qualified_delta      integer,
    opds_reporting       integer NOT NULL,
    opds_with_qualified  integer NOT NULL,
    run_id               bigint NOT NULL,
    PRIMARY KEY (year, region_code)
);
COMMENT ON TABLE stats.region_year_summary IS 'What a region''s OPDs reported in a year and how much of it meets the evidence standard; a row only where something was reported';
COMMENT ON COLUMN stats.region_year_summary.year IS 'Reporting year';
COMMENT ON COLUMN stats.region_year_summary.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.region_year_summary.reported IS 'Innovations reported';
COMMENT ON COLUMN stats.region_year_summary.qualified IS 'Innovations that meet the evidence standard';
COMMENT ON COLUMN stats.region_year_summary.qualified_share IS 'qualified / reported, a fraction 0-1 with 4 decimals';
COMMENT ON COLUMN stats.region_year_summary.digital IS 'Reported innovations of kind digital';
COMMENT ON COLUMN stats.region_year_summary.non_digital IS 'Reported innovations of kind non_digital';
COMMENT ON COLUMN stats.region_year_summary.stage_inisiatif IS 'Reported innovations at stage inisiatif';
COMMENT ON COLUMN stats.region_year_summary.stage_uji_coba IS 'Reported innovations at stage uji_coba (trial)';
COMMENT ON COLUMN stats.region_year_summary.stage_penerapan IS 'Reported innovations at stage penerapan (applied)';
COMMENT ON COLUMN stats.region_year_summary.missing_problem IS 'Innovations failing element problem; one failing two elements counts under both';
COMMENT ON COLUMN stats.region_year_summary.missing_documented IS 'Innovations failing element documented';
COMMENT ON COLUMN stats.region_year_summary.missing_policy IS 'Innovations failing element policy';
COMMENT ON COLUMN stats.region_year_summary.missing_asn IS 'Innovations failing element asn';
COMMENT ON COLUMN stats.region_year_summary.missing_benefit IS 'Innovations failing element benefit';
COMMENT ON COLUMN stats.region_year_summary.missing_stage IS 'Innovations failing element stage';
COMMENT ON COLUMN stats.region_year_summary.missing_recent IS 'Innovations failing element recent';
COMMENT ON COLUMN stats.region_year_summary.mean_maturity IS 'Mean maturity score over the reported innovations, 2 decimals';
COMMENT ON COLUMN stats.region_year_summary.reported_delta IS 'reported minus the previous year''s; NULL when the region reported nothing the previous year';
COMMENT ON COLUMN stats.region_year_summary.qualified_delta IS 'qualified minus the previous year''s; NULL when the region reported nothing the previous year';
COMMENT ON COLUMN stats.region_year_summary.opds_reporting IS 'OPDs that reported at least one innovation';
COMMENT ON COLUMN stats.region_year_summary.opds_with_qualified IS 'OPDs with at least one innovation that meets the evidence standard';
COMMENT ON COLUMN stats.region_year_summary.run_id IS 'The run (pipeline_run) that wrote the row';

CREATE TABLE stats.index_estimate (
    year                 integer NOT NULL,
    region_code          text COLLATE "C" NOT NULL,
    scenario             text NOT NULL CHECK (scenario IN ('qualified_only', 'all_reported', 'best_subset')),
    submitted            integer NOT NULL,
    qualified_submitted  integer NOT NULL,
    spd_score            numeric,
    sid_score            numeric(8, 2) NOT NULL,
    count_score          numeric(8, 2) NOT NULL,
    index_estimate       numeric(6, 2),
    predicate            text,
    innovation_ids       text[] NOT NULL,
    method_version       text NOT NULL,
    run_id               bigint NOT NULL,
    PRIMARY KEY (year, region_code, scenario)
);
COMMENT ON TABLE stats.index_estimate IS 'The regional index (IID) estimate of a region and year for a submission scenario: qualified_only, all_reported, best_subset';
COMMENT ON COLUMN stats.index_estimate.year IS 'Reporting year';
COMMENT ON COLUMN stats.index_estimate.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.index_estimate.scenario IS 'Which innovations are submitted: qualified_only (those meeting the standard), all_reported (every one), best_subset (the qualifying set that maximises the estimate)';
COMMENT ON COLUMN stats.index_estimate.submitted IS 'n: innovations submitted in the scenario';
COMMENT ON COLUMN stats.index_estimate.qualified_submitted IS 'q: submitted innovations that meet the evidence standard (the others score 0 but count in the divisor)';
COMMENT ON COLUMN stats.index_estimate.spd_score IS 'The region''s SPD (capacity) score that year; NULL when none was loaded';
COMMENT ON COLUMN stats.index_estimate.sid_score IS 'SID = sum of maturity of the qualifying submitted / max(divisor floor, n) + count score; shown rounded half up to 2 decimals';
COMMENT ON COLUMN stats.index_estimate.count_score IS 'min(q, cap) x factor (0.38 up to 200 by default); shown rounded half up to 2 decimals';
COMMENT ON COLUMN stats.index_estimate.index_estimate IS '(SPD + SID) / 250 x 100 from the unrounded parts, rounded half up to 2 decimals; NULL without an SPD score';
COMMENT ON COLUMN stats.index_estimate.predicate IS 'The predikat of the estimate with the year''s thresholds; NULL when the estimate is';
COMMENT ON COLUMN stats.index_estimate.innovation_ids IS 'The submitted set S, sorted (byte order)';
COMMENT ON COLUMN stats.index_estimate.method_version IS 'The method configuration used: version and a digest of its figures';
COMMENT ON COLUMN stats.index_estimate.run_id IS 'The run (pipeline_run) that wrote the row';

CREATE TABLE stats.ranking_trend (
    year                   integer NOT NULL,
    region_code            text COLLATE "C" NOT NULL,
    region_name            text NOT NULL,
    cluster                text NOT NULL,
    score                  numeric NOT NULL,
    rank                   integer,
    ranked_count           integer NOT NULL,
    percentile             numeric(5, 2),
    predicate              text,
    prev_score             numeric,
    prev_rank              integer,
    prev_predicate         text,
    score_delta            numeric,
    rank_change            integer,
    predicate_change       text CHECK (predicate_change IN ('up', 'down', 'same')),
    cluster_median         numeric(6, 2),
    cluster_median_delta   numeric(6, 2),
    rank_if_others_static  integer,
    own_effect             integer,
    others_effect          integer,
    overtaken_by           integer,
    run_id                 bigint NOT NULL,
    PRIMARY KEY (year, region_code)
);
COMMENT ON TABLE stats.ranking_trend IS 'A region''s official IID result in its cluster and year, against the previous year, with why the rank moved';
COMMENT ON COLUMN stats.ranking_trend.year IS 'Assessment year';
COMMENT ON COLUMN stats.ranking_trend.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.ranking_trend.region_name IS 'Region name';
COMMENT ON COLUMN stats.ranking_trend.cluster IS 'Ranking cluster: provinsi, kabupaten or kota';
COMMENT ON COLUMN stats.ranking_trend.score IS 'Official index score, as given';
COMMENT ON COLUMN stats.ranking_trend.rank IS 'Rank in cluster and year (official, else computed; ties share the lower number); NULL when not ranked (score 0)';
COMMENT ON COLUMN stats.ranking_trend.ranked_count IS 'Regions with a score (above 0) in the cluster and year';
COMMENT ON COLUMN stats.ranking_trend.percentile IS '100 x (ranked_count - rank) / (ranked_count - 1): the share of the cluster ranked below; 100 for the top and for a cluster of one; 2 decimals. Where official ranks run past ranked_count (a partial transcription), the highest rank stands for ranked_count';
COMMENT ON COLUMN stats.ranking_trend.predicate IS 'Predikat (official, else derived from the year''s thresholds)';
COMMENT ON COLUMN stats.ranking_trend.prev_score IS 'Score the previous year in the same cluster; NULL for a region new to its cluster';
COMMENT ON COLUMN stats.ranking_trend.prev_rank IS 'Rank the previous year; NULL for a region new to its cluster or not ranked then';
COMMENT ON COLUMN stats.ranking_trend.prev_predicate IS 'Predikat the previous year';
COMMENT ON COLUMN stats.ranking_trend.score_delta IS 'score - prev_score';
COMMENT ON COLUMN stats.ranking_trend.rank_change IS 'prev_rank - rank: positive = moved up';
COMMENT ON COLUMN stats.ranking_trend.predicate_change IS 'up, down or same, in the order tidak_dapat_dinilai < kurang_inovatif < inovatif < sangat_inovatif; NULL without a previous year';
COMMENT ON COLUMN stats.ranking_trend.cluster_median IS 'Median of the cluster''s ranked scores that year (mean of the middle two for an even count)';
COMMENT ON COLUMN stats.ranking_trend.cluster_median_delta IS 'cluster_median minus the previous year''s; set whenever the cluster had scores the previous year, also for a region new to it';
COMMENT ON COLUMN stats.ranking_trend.rank_if_others_static IS '1 + regions of the cluster the previous year (other than this one) whose previous score is above this region''s current score: the rank had nobody else moved';
COMMENT ON COLUMN stats.ranking_trend.own_effect IS 'prev_rank - rank_if_others_static: what the region''s own score change did to its rank';
COMMENT ON COLUMN stats.ranking_trend.others_effect IS 'rank_if_others_static - rank: what the other regions'' movement did; own_effect + others_effect = rank_change';
COMMENT ON COLUMN stats.ranking_trend.overtaken_by IS 'Regions present in both years ranked strictly below it last year and strictly above it this year';
COMMENT ON COLUMN stats.ranking_trend.run_id IS 'The run (pipeline_run) that wrote the row';

CREATE TABLE stats.ranking_mover (
    year          integer NOT NULL,
    cluster       text NOT NULL,
    direction     text NOT NULL CHECK (direction IN ('up', 'down')),
    position      integer NOT NULL CHECK (position BETWEEN 1 AND 10),
    region_code   text COLLATE "C" NOT NULL,
    region_name   text NOT NULL,
    rank_change   integer NOT NULL,
    score_delta   numeric,
    run_id        bigint NOT NULL,
    PRIMARY KEY (year, cluster, direction, position)
);
COMMENT ON TABLE stats.ranking_mover IS 'The 10 largest rank gains (up) and losses (down) of each cluster and year';
COMMENT ON COLUMN stats.ranking_mover.year IS 'Assessment year';
COMMENT ON COLUMN stats.ranking_mover.cluster IS 'Ranking cluster';
COMMENT ON COLUMN stats.ranking_mover.direction IS 'up (rank_change above 0) or down (below 0)';
COMMENT ON COLUMN stats.ranking_mover.position IS '1-10 by the size of the change, ties by region code';
COMMENT ON COLUMN stats.ranking_mover.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.ranking_mover.region_name IS 'Region name';
COMMENT ON COLUMN stats.ranking_mover.rank_change IS 'prev_rank - rank (ranking_trend)';
COMMENT ON COLUMN stats.ranking_mover.score_delta IS 'score - prev_score (ranking_trend)';
COMMENT ON COLUMN stats.ranking_mover.run_id IS 'The run (pipeline_run) that wrote the row';

-- Views for the common questions.
CREATE VIEW stats.region_year_latest AS
SELECT * FROM stats.region_year_summary WHERE year = (SELECT max(year) FROM stats.region_year_summary);
CREATE VIEW stats.opd_year_latest AS
SELECT * FROM stats.opd_year_summary WHERE year = (SELECT max(year) FROM stats.opd_year_summary);
CREATE VIEW stats.ranking_trend_latest AS
SELECT * FROM stats.ranking_trend WHERE year = (SELECT max(year) FROM stats.ranking_trend);
CREATE VIEW stats.evidence_gap AS
SELECT s.year, s.region_code, s.opd_code, g.element, g.missing_count
FROM stats.opd_year_summary s
CROSS JOIN LATERAL (VALUES ('problem', s.missing_problem), ('documented', s.missing_documented), ('policy', s.missing_policy),
                           ('asn', s.missing_asn), ('benefit', s.missing_benefit), ('stage', s.missing_stage),
                           ('recent', s.missing_recent)) AS g (element, missing_count)
WHERE g.missing_count > 0;

COMMENT ON VIEW stats.region_year_latest IS 'region_year_summary for the most recent year it holds';
COMMENT ON VIEW stats.opd_year_latest IS 'opd_year_summary for the most recent year it holds';
COMMENT ON VIEW stats.ranking_trend_latest IS 'ranking_trend for the most recent year it holds';
COMMENT ON VIEW stats.evidence_gap IS 'Long form of the evidence gaps: per year, region, OPD and element, the innovations failing it (rows with a count above 0)';
COMMENT ON COLUMN stats.evidence_gap.year IS 'Reporting year';
COMMENT ON COLUMN stats.evidence_gap.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.evidence_gap.opd_code IS 'The OPD';
COMMENT ON COLUMN stats.evidence_gap.element IS 'Element of the evidence standard: problem, documented, policy, asn, benefit, stage, recent';
COMMENT ON COLUMN stats.evidence_gap.missing_count IS 'Innovations of the OPD failing that element';

-- The latest views' columns carry their table's comments.
DO $$
DECLARE
    v record;
BEGIN
    FOR v IN SELECT * FROM (VALUES ('region_year_latest', 'region_year_summary'), ('opd_year_latest', 'opd_year_summary'),
                                   ('ranking_trend_latest', 'ranking_trend')) AS t (view_name, table_name)
    LOOP
        EXECUTE (
            SELECT string_agg(format('COMMENT ON COLUMN stats.%I.%I IS %L', v.view_name, a.attname,
                                     col_description(a.attrelid, a.attnum)), '; ')
            FROM pg_attribute a
            WHERE a.attrelid = ('stats.' || v.table_name)::regclass AND a.attnum > 0 AND NOT a.attisdropped);
    END LOOP;
END $$;

-- The read-only role for analysts (outputs.md, "Least privilege"), where the database allows it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stats_reader') THEN
        CREATE ROLE stats_reader NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO stats_reader', current_database());
    GRANT USAGE ON SCHEMA stats TO stats_reader;
    GRANT SELECT ON ALL TABLES IN SCHEMA stats TO stats_reader;
    ALTER DEFAULT PRIVILEGES IN SCHEMA stats GRANT SELECT ON TABLES TO stats_reader;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'stats_reader was not created (the migration user may not create roles): see README, "Read-only access"';
END $$;
