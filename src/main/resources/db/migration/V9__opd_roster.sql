-- The OPD roster (docs/inputs.md, "opd/"): which OPDs each region has, from and to which year; a
-- newer roster file for a region replaces that region's roster.
CREATE TABLE stats.opd_roster (
    region_code  text COLLATE "C" NOT NULL,
    opd_code     text COLLATE "C" NOT NULL,
    opd_name     text NOT NULL,
    from_year    integer,
    to_year      integer,
    file_id      bigint NOT NULL,
    source_line  bigint NOT NULL,
    run_id       bigint NOT NULL,
    PRIMARY KEY (region_code, opd_code)
);
CREATE INDEX opd_roster_file ON stats.opd_roster (file_id);
COMMENT ON TABLE stats.opd_roster IS 'The OPDs (perangkat daerah) a region expects to report, from the opd/ folder; the latest file naming a region holds its whole roster';
COMMENT ON COLUMN stats.opd_roster.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.opd_roster.opd_code IS 'The OPD''s code within the region, as in the reports';
COMMENT ON COLUMN stats.opd_roster.opd_name IS 'The OPD''s name (nama_opd)';
COMMENT ON COLUMN stats.opd_roster.from_year IS 'First year the OPD exists; NULL: always';
COMMENT ON COLUMN stats.opd_roster.to_year IS 'Last year the OPD exists; NULL: still exists';
COMMENT ON COLUMN stats.opd_roster.file_id IS 'The roster file (source_file) the row came from';
COMMENT ON COLUMN stats.opd_roster.source_line IS 'Line (or workbook row) of the row in that file';
COMMENT ON COLUMN stats.opd_roster.run_id IS 'The run (pipeline_run) that loaded it';

ALTER TABLE stats.source_file DROP CONSTRAINT source_file_kind_check;
ALTER TABLE stats.source_file ADD CONSTRAINT source_file_kind_check CHECK (kind IN ('reports', 'national', 'capacity', 'opd'));
COMMENT ON COLUMN stats.source_file.kind IS 'reports (OPD innovation reports), national (official index results), capacity (SPD scores) or opd (the OPD roster): the inbox folder it was found in';
