-- One capacity file's rows, before they replace what earlier files said for the same regions and years.
CREATE TEMPORARY TABLE ingest_capacity (
    year         integer NOT NULL,
    region_code  text NOT NULL,
    spd_score    numeric NOT NULL,
    file_id      bigint NOT NULL,
    source_line  bigint NOT NULL,
    run_id       bigint NOT NULL
) ON COMMIT DROP
