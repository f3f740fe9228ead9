-- A rebuild now changes only the summary rows whose figures differ (a row that comes out as it
-- was keeps its run_id); the report leaves an export alone when the rows it holds did not change
-- since it was written, which stats.report_export records.
DO $$
DECLARE
    summary text;
BEGIN
    FOREACH summary IN ARRAY ARRAY['innovation_assessment', 'opd_year_summary', 'region_year_summary', 'index_estimate',
                                   'ranking_trend', 'ranking_mover', 'fix_priority', 'opd_coverage'] LOOP
        EXECUTE format('COMMENT ON COLUMN stats.%I.run_id IS %L', summary,
                       'The run (pipeline_run) that last changed the row; a rebuild that finds the same figures leaves the row, and its run_id, as it was');
    END LOOP;
END $$;

CREATE TABLE stats.report_export (
    year           integer NOT NULL,
    table_name     text COLLATE "C" NOT NULL,
    layout         text NOT NULL,
    row_count      bigint NOT NULL,
    last_run_id    bigint,
    csv_bytes      bigint NOT NULL,
    csv_modified   timestamptz NOT NULL,
    xlsx_bytes     bigint NOT NULL,
    xlsx_modified  timestamptz NOT NULL,
    run_id         bigint NOT NULL,
    PRIMARY KEY (year, table_name)
);
COMMENT ON TABLE stats.report_export IS 'Bookkeeping of the report: each export (<year>/<table>.csv and .xlsx) as last written, so an export whose rows did not change is not written again';
COMMENT ON COLUMN stats.report_export.year IS 'The year the export holds';
COMMENT ON COLUMN stats.report_export.table_name IS 'The exported table or view (stats.<table_name>)';
COMMENT ON COLUMN stats.report_export.layout IS 'The export''s format version and columns as written; a program that writes another layout writes the export again';
COMMENT ON COLUMN stats.report_export.row_count IS 'Rows of the year in the table when the export was written';
COMMENT ON COLUMN stats.report_export.last_run_id IS 'The highest run_id among those rows (evidence_gap: among its opd_year_summary rows): any row changed since carries a higher one';
COMMENT ON COLUMN stats.report_export.csv_bytes IS 'Size of the CSV file as written; a file found with another size or time is written again';
COMMENT ON COLUMN stats.report_export.csv_modified IS 'Last-modified time of the CSV file as written';
COMMENT ON COLUMN stats.report_export.xlsx_bytes IS 'Size of the XLSX file as written';
COMMENT ON COLUMN stats.report_export.xlsx_modified IS 'Last-modified time of the XLSX file as written';
COMMENT ON COLUMN stats.report_export.run_id IS 'The run (pipeline_run) that wrote the export';

-- A rebuild that reorders a region's fixes updates their priorities in one statement: uniqueness is
-- checked at its end (two fixes trading places would collide row by row).
ALTER TABLE stats.fix_priority
    DROP CONSTRAINT fix_priority_year_region_code_priority_key,
    ADD CONSTRAINT fix_priority_year_region_code_priority_key UNIQUE (year, region_code, priority) DEFERRABLE INITIALLY IMMEDIATE;
