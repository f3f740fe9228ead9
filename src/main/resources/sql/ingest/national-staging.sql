-- One national file's rows, before they replace what earlier files said for the same regions and years.
CREATE TEMPORARY TABLE ingest_national (
    year         integer NOT NULL,
    region_code  text NOT NULL,
    region_name  text NOT NULL,
    cluster      text NOT NULL,
    score        numeric NOT NULL,
    rank         integer,
    predicate    text,
    file_id      bigint NOT NULL,
    source_line  bigint NOT NULL,
    run_id       bigint NOT NULL
) ON COMMIT DROP
