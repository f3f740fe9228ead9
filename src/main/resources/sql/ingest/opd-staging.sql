-- One roster file's rows, before they replace the roster of the regions it names.
CREATE TEMPORARY TABLE ingest_opd (
    region_code  text NOT NULL,
    opd_code     text NOT NULL,
    opd_name     text NOT NULL,
    from_year    integer,
    to_year      integer,
    file_id      bigint NOT NULL,
    source_line  bigint NOT NULL,
    run_id       bigint NOT NULL
) ON COMMIT DROP
