-- The loaded data of inovasi-stats: what the inbox files said, cleaned and typed,
-- with the record of every file and every rejected line (spec: outputs.md, "Loaded data").
CREATE SCHEMA IF NOT EXISTS stats;
COMMENT ON SCHEMA stats IS 'inovasi-stats: loaded inputs and the summary tables analysts query';

CREATE TABLE stats.pipeline_run (
    run_id            bigint PRIMARY KEY,
    job_instance_id   bigint NOT NULL,
    started_at        timestamptz NOT NULL,
    ended_at          timestamptz,
    status            text NOT NULL,
    files_seen        integer NOT NULL DEFAULT 0,
    files_loaded      integer NOT NULL DEFAULT 0,
    files_rejected    integer NOT NULL DEFAULT 0,
    files_superseded  integer NOT NULL DEFAULT 0,
    files_unchanged   integer NOT NULL DEFAULT 0,
    files_duplicate   integer NOT NULL DEFAULT 0,
    rows_read         bigint NOT NULL DEFAULT 0,
    rows_loaded       bigint NOT NULL DEFAULT 0,
    rows_rejected     bigint NOT NULL DEFAULT 0,
    years_changed     integer[] NOT NULL DEFAULT '{}',
    years_rebuilt     integer[] NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE stats.pipeline_run IS 'One run of the main job (one Spring Batch job execution) with its file and row totals';
COMMENT ON COLUMN stats.pipeline_run.run_id IS 'The Spring Batch job execution id (BATCH_JOB_EXECUTION.JOB_EXECUTION_ID); every row written by the run carries it';
COMMENT ON COLUMN stats.pipeline_run.job_instance_id IS 'The Spring Batch job instance: a restart of a failed run is a new execution (run_id) of the same instance';
COMMENT ON COLUMN stats.pipeline_run.started_at IS 'When the run started';
COMMENT ON COLUMN stats.pipeline_run.ended_at IS 'When the run ended; NULL while it runs or when its process died';
COMMENT ON COLUMN stats.pipeline_run.status IS 'STARTED, COMPLETED, FAILED or STOPPED (the job execution status)';
COMMENT ON COLUMN stats.pipeline_run.files_seen IS 'Input files found in the inbox by this run, unchanged ones included';
COMMENT ON COLUMN stats.pipeline_run.files_loaded IS 'Files this run loaded (status loaded at their ingest)';
COMMENT ON COLUMN stats.pipeline_run.files_rejected IS 'Files this run rejected as a whole (see source_file.reason)';
COMMENT ON COLUMN stats.pipeline_run.files_superseded IS 'Earlier files that this run''s files superseded (none of their rows are current any more)';
COMMENT ON COLUMN stats.pipeline_run.files_unchanged IS 'Files already recorded with the same path and content: read for their SHA-256 only, nothing changed';
COMMENT ON COLUMN stats.pipeline_run.files_duplicate IS 'Files byte-identical to a file recorded under another path: recorded as duplicate, nothing loaded';
COMMENT ON COLUMN stats.pipeline_run.rows_read IS 'Data records read by this run (blank lines not counted); rows_read = rows_loaded + rows_rejected';
COMMENT ON COLUMN stats.pipeline_run.rows_loaded IS 'Records loaded by this run';
COMMENT ON COLUMN stats.pipeline_run.rows_rejected IS 'Records rejected by this run (see rejected_row)';
COMMENT ON COLUMN stats.pipeline_run.years_changed IS 'Years whose inputs this run changed, sorted';
COMMENT ON COLUMN stats.pipeline_run.years_rebuilt IS 'Years whose summaries this run rebuilt, sorted';

CREATE TABLE stats.source_file (
    file_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('reports', 'national', 'capacity')),
    path           text COLLATE "C" NOT NULL,
    sha256         text,
    size_bytes     bigint,
    charset        text CHECK (charset IN ('UTF-8', 'windows-1252')),
    delimiter      text CHECK (delimiter IN ('comma', 'semicolon', 'tab')),
    lines_read     bigint NOT NULL DEFAULT 0,
    rows_loaded    bigint NOT NULL DEFAULT 0,
    rows_rejected  bigint NOT NULL DEFAULT 0,
    status         text NOT NULL CHECK (status IN ('loaded', 'rejected', 'superseded', 'duplicate')),
    reason         text CHECK (reason IN ('empty', 'not_text', 'missing_column', 'too_large', 'outside_inbox')),
    message        text,
    extra_columns  text[] NOT NULL DEFAULT '{}',
    ingested_at    timestamptz NOT NULL DEFAULT now(),
    superseded_at  timestamptz,
    run_id         bigint NOT NULL,
    CHECK ((status = 'rejected') = (reason IS NOT NULL)),
    CHECK (lines_read = rows_loaded + rows_rejected)
);
-- A file is recorded once per path and content; a link out of the inbox (never read, no hash) once per path.
CREATE UNIQUE INDEX source_file_path_content ON stats.source_file (path, sha256) WHERE sha256 IS NOT NULL;
CREATE UNIQUE INDEX source_file_path_unread ON stats.source_file (path) WHERE sha256 IS NULL;
CREATE INDEX source_file_sha256 ON stats.source_file (sha256);
COMMENT ON TABLE stats.source_file IS 'One input file as ingested: one row per path and content (an unchanged file adds no row)';
COMMENT ON COLUMN stats.source_file.file_id IS 'Id of the file record; innovation, national_result, region_capacity and rejected_row point to it';
COMMENT ON COLUMN stats.source_file.kind IS 'reports (OPD innovation reports), national (official index results) or capacity (SPD scores): the inbox folder it came from';
COMMENT ON COLUMN stats.source_file.path IS 'Path relative to the inbox root, with / separators';
COMMENT ON COLUMN stats.source_file.sha256 IS 'SHA-256 of the file''s bytes, hex: the file''s identity; NULL for a path outside the inbox (never read)';
COMMENT ON COLUMN stats.source_file.size_bytes IS 'Size of the file in bytes when it was ingested';
COMMENT ON COLUMN stats.source_file.charset IS 'Charset the file was decoded with: UTF-8 (with or without BOM), else windows-1252';
COMMENT ON COLUMN stats.source_file.delimiter IS 'Field delimiter detected from the header line: comma, semicolon or tab';
COMMENT ON COLUMN stats.source_file.lines_read IS 'Data records read (header and blank lines not counted); always rows_loaded + rows_rejected';
COMMENT ON COLUMN stats.source_file.rows_loaded IS 'Records loaded at its ingest (0 for a file that loads nothing); later superseding does not change it';
COMMENT ON COLUMN stats.source_file.rows_rejected IS 'Records rejected at its ingest, each in rejected_row';
COMMENT ON COLUMN stats.source_file.status IS 'loaded; rejected (the whole file, see reason); superseded (none of its rows are current any more); duplicate (byte-identical to the file its message names)';
COMMENT ON COLUMN stats.source_file.reason IS 'Why the whole file was rejected: empty, not_text, missing_column, too_large, outside_inbox; NULL unless rejected';
COMMENT ON COLUMN stats.source_file.message IS 'What happened to the file, in words a person can act on';
COMMENT ON COLUMN stats.source_file.extra_columns IS 'Header columns that are not part of the format and were ignored, in file order';
COMMENT ON COLUMN stats.source_file.ingested_at IS 'When the file was ingested';
COMMENT ON COLUMN stats.source_file.superseded_at IS 'When the file''s last current row was replaced by a later file; NULL while any row is current';
COMMENT ON COLUMN stats.source_file.run_id IS 'The run (pipeline_run) that ingested the file';

CREATE TABLE stats.rejected_row (
    file_id      bigint NOT NULL REFERENCES stats.source_file (file_id),
    line_no      bigint NOT NULL,
    column_name  text,
    reason       text NOT NULL,
    message      text NOT NULL,
    raw_line     text NOT NULL,
    run_id       bigint NOT NULL,
    PRIMARY KEY (file_id, line_no)
);
COMMENT ON TABLE stats.rejected_row IS 'One rejected record of an input file: not loaded, with what to fix';
COMMENT ON COLUMN stats.rejected_row.file_id IS 'The file (source_file) the record came from';
COMMENT ON COLUMN stats.rejected_row.line_no IS 'Physical line on which the record starts, as an editor shows it (the header is line 1)';
COMMENT ON COLUMN stats.rejected_row.column_name IS 'Canonical (English) name of the first faulty column; NULL where the record as a whole is at fault (duplicate key, wrong number of values)';
COMMENT ON COLUMN stats.rejected_row.reason IS 'Reason code: missing_value, bad_number, bad_date, bad_format, out_of_range, unknown_value, duplicate_key, key_owned_by_other_opd, wrong_field_count';
COMMENT ON COLUMN stats.rejected_row.message IS 'Every fault of the record, each as "line N, column C: what is wrong"';
COMMENT ON COLUMN stats.rejected_row.raw_line IS 'The record as it stands in the file (several physical lines when a quoted value holds line breaks)';
COMMENT ON COLUMN stats.rejected_row.run_id IS 'The run (pipeline_run) that rejected it';

-- Codes and keys use the "C" collation: byte order, as the spec's "sorted" means, and a much
-- cheaper primary key to maintain while a large file streams in.
CREATE TABLE stats.innovation (
    year               integer NOT NULL,
    region_code        text COLLATE "C" NOT NULL,
    innovation_id      text COLLATE "C" NOT NULL,
    opd_code           text COLLATE "C" NOT NULL,
    opd_name           text NOT NULL,
    title              text NOT NULL,
    form               text NOT NULL,
    kind               text NOT NULL,
    stage              text NOT NULL,
    initiator          text,
    affair             text,
    trial_date         date,
    applied_date       date,
    problem_statement  text,
    documentation      text,
    policy_ref         text,
    asn_implementers   integer,
    benefit_metric     text,
    benefit_before     numeric,
    benefit_after      numeric,
    benefit_direction  text NOT NULL,
    ind_regulasi       smallint NOT NULL,
    ind_sdm            smallint NOT NULL,
    ind_anggaran       smallint NOT NULL,
    ind_alat_kerja     smallint NOT NULL,
    ind_bimtek         smallint NOT NULL,
    ind_rkpd           smallint NOT NULL,
    ind_aktor          smallint NOT NULL,
    ind_pelaksana      smallint NOT NULL,
    ind_jejaring       smallint NOT NULL,
    ind_sosialisasi    smallint NOT NULL,
    ind_pedoman        smallint NOT NULL,
    ind_informasi      smallint NOT NULL,
    ind_proses         smallint NOT NULL,
    ind_pengaduan      smallint NOT NULL,
    ind_integrasi      smallint NOT NULL,
    ind_replikasi      smallint NOT NULL,
    ind_kecepatan      smallint NOT NULL,
    ind_kemanfaatan    smallint NOT NULL,
    ind_monev          smallint NOT NULL,
    ind_video          smallint NOT NULL,
    file_id            bigint NOT NULL,
    source_line        bigint NOT NULL,
    run_id             bigint NOT NULL,
    -- Deferred so that a corrected file can be streamed in with COPY before the rows it
    -- supersedes are deleted, all in one transaction (checked at commit).
    CONSTRAINT innovation_pkey PRIMARY KEY (year, region_code, innovation_id) DEFERRABLE INITIALLY DEFERRED
);
-- No index on file_id: it would slow every bulk load by about a tenth, and lineage is read the
-- other way (from a row to its file). Superseding finds rows by the key's (year, region) prefix.
COMMENT ON TABLE stats.innovation IS 'The current innovations: one per year, region and innovation id, from the latest file of its OPD and year';
COMMENT ON COLUMN stats.innovation.year IS 'Reporting year (tahun)';
COMMENT ON COLUMN stats.innovation.region_code IS 'Kemendagri region code (kode_pemda), dotted: 35 for a province, 35.20 for a regency or city';
COMMENT ON COLUMN stats.innovation.innovation_id IS 'The innovation''s id (id_inovasi), stable across years';
COMMENT ON COLUMN stats.innovation.opd_code IS 'Code of the reporting OPD (kode_opd) within the region';
COMMENT ON COLUMN stats.innovation.opd_name IS 'Name of the reporting OPD (nama_opd)';
COMMENT ON COLUMN stats.innovation.title IS 'Name of the innovation (nama_inovasi)';
COMMENT ON COLUMN stats.innovation.form IS 'Form (bentuk): tata_kelola, pelayanan_publik or lainnya';
COMMENT ON COLUMN stats.innovation.kind IS 'Kind (jenis): digital or non_digital';
COMMENT ON COLUMN stats.innovation.stage IS 'Stage (tahapan): inisiatif, uji_coba or penerapan';
COMMENT ON COLUMN stats.innovation.initiator IS 'Initiator (inisiator): kepala_daerah, dprd, opd, asn or masyarakat; NULL when not given';
COMMENT ON COLUMN stats.innovation.affair IS 'Government affair (urusan), free text';
COMMENT ON COLUMN stats.innovation.trial_date IS 'Date the trial started (tgl_uji_coba)';
COMMENT ON COLUMN stats.innovation.applied_date IS 'Date it was applied (tgl_penerapan); the evidence standard''s recency element uses it';
COMMENT ON COLUMN stats.innovation.problem_statement IS 'The problem that started the innovation (latar_belakang)';
COMMENT ON COLUMN stats.innovation.documentation IS 'Document references (dokumentasi), separated by |';
COMMENT ON COLUMN stats.innovation.policy_ref IS 'The leader''s policy backing it (dasar_hukum), e.g. SK Bupati No. 188/45/2023';
COMMENT ON COLUMN stats.innovation.asn_implementers IS 'Number of civil servants (ASN) applying it (jumlah_asn)';
COMMENT ON COLUMN stats.innovation.benefit_metric IS 'What was measured to show the benefit (indikator_manfaat)';
COMMENT ON COLUMN stats.innovation.benefit_before IS 'The measure before the innovation (nilai_sebelum)';
COMMENT ON COLUMN stats.innovation.benefit_after IS 'The measure after the innovation (nilai_sesudah)';
COMMENT ON COLUMN stats.innovation.benefit_direction IS 'Which way is better (arah_manfaat): lower_is_better or higher_is_better (the default)';
COMMENT ON COLUMN stats.innovation.ind_regulasi IS 'Indicator 16, Regulasi inovasi daerah: level 0-3 (0 = no evidence or empty)';
COMMENT ON COLUMN stats.innovation.ind_sdm IS 'Indicator 17, Ketersediaan SDM: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_anggaran IS 'Indicator 18, Dukungan anggaran: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_alat_kerja IS 'Indicator 19, Alat kerja: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_bimtek IS 'Indicator 20, Bimtek inovasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_rkpd IS 'Indicator 21, Integrasi dalam RKPD: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_aktor IS 'Indicator 22, Keterlibatan aktor inovasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_pelaksana IS 'Indicator 23, Pelaksana inovasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_jejaring IS 'Indicator 24, Jejaring inovasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_sosialisasi IS 'Indicator 25, Sosialisasi inovasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_pedoman IS 'Indicator 26, Pedoman teknis: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_informasi IS 'Indicator 27, Kemudahan informasi layanan: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_proses IS 'Indicator 28, Kemudahan proses: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_pengaduan IS 'Indicator 29, Penyelesaian layanan pengaduan: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_integrasi IS 'Indicator 30, Layanan terintegrasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_replikasi IS 'Indicator 31, Replikasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_kecepatan IS 'Indicator 32, Kecepatan penciptaan inovasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_kemanfaatan IS 'Indicator 33, Kemanfaatan inovasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_monev IS 'Indicator 34, Monitoring dan evaluasi: level 0-3';
COMMENT ON COLUMN stats.innovation.ind_video IS 'Indicator 35, Video inovasi: level 0-3';
COMMENT ON COLUMN stats.innovation.file_id IS 'The file (source_file) the row came from';
COMMENT ON COLUMN stats.innovation.source_line IS 'Line of that file on which the row starts';
COMMENT ON COLUMN stats.innovation.run_id IS 'The run (pipeline_run) that loaded the row';

CREATE TABLE stats.national_result (
    year              integer NOT NULL,
    region_code       text COLLATE "C" NOT NULL,
    region_name       text NOT NULL,
    cluster           text NOT NULL CHECK (cluster IN ('provinsi', 'kabupaten', 'kota')),
    score             numeric NOT NULL,
    official_rank     integer,
    rank              integer,
    rank_source       text,
    official_predicate text,
    predicate         text,
    predicate_source  text,
    file_id           bigint NOT NULL,
    source_line       bigint NOT NULL,
    run_id            bigint NOT NULL,
    PRIMARY KEY (year, region_code)
);
CREATE INDEX national_result_file ON stats.national_result (file_id);
COMMENT ON TABLE stats.national_result IS 'Official Indeks Inovasi Daerah result of one region and year (from the yearly Kepmendagri), latest file wins per region and year';
COMMENT ON COLUMN stats.national_result.year IS 'Assessment year';
COMMENT ON COLUMN stats.national_result.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.national_result.region_name IS 'Region name (nama_pemda)';
COMMENT ON COLUMN stats.national_result.cluster IS 'Ranking cluster (klaster): provinsi, kabupaten or kota';
COMMENT ON COLUMN stats.national_result.score IS 'Official index score 0-100, as given';
COMMENT ON COLUMN stats.national_result.official_rank IS 'Rank within the cluster as given in the file; NULL when not given';
COMMENT ON COLUMN stats.national_result.rank IS 'Rank within cluster and year: the official ranks when every ranked row of the cluster and year has one, else computed from the scores (descending; ties share the lower number and leave a gap); NULL for a score of 0 (not ranked)';
COMMENT ON COLUMN stats.national_result.rank_source IS 'official or computed: where rank came from; NULL when not ranked';
COMMENT ON COLUMN stats.national_result.official_predicate IS 'Predicate (predikat) as given in the file; NULL when not given';
COMMENT ON COLUMN stats.national_result.predicate IS 'sangat_inovatif, inovatif, kurang_inovatif or tidak_dapat_dinilai: as given, else derived from the year''s thresholds on the score rounded half up to 2 decimals';
COMMENT ON COLUMN stats.national_result.predicate_source IS 'official or derived: where predicate came from';
COMMENT ON COLUMN stats.national_result.file_id IS 'The file (source_file) the row came from';
COMMENT ON COLUMN stats.national_result.source_line IS 'Line of that file on which the row starts';
COMMENT ON COLUMN stats.national_result.run_id IS 'The run (pipeline_run) that loaded the row';

CREATE TABLE stats.region_capacity (
    year         integer NOT NULL,
    region_code  text COLLATE "C" NOT NULL,
    spd_score    numeric NOT NULL,
    file_id      bigint NOT NULL,
    source_line  bigint NOT NULL,
    run_id       bigint NOT NULL,
    PRIMARY KEY (year, region_code)
);
CREATE INDEX region_capacity_file ON stats.region_capacity (file_id);
COMMENT ON TABLE stats.region_capacity IS 'Regional-government capacity score (SPD) of one region and year, latest file wins';
COMMENT ON COLUMN stats.region_capacity.year IS 'Assessment year';
COMMENT ON COLUMN stats.region_capacity.region_code IS 'Kemendagri region code, dotted';
COMMENT ON COLUMN stats.region_capacity.spd_score IS 'SPD score, 0 to the year''s SPD maximum (63 for 2021-2025)';
COMMENT ON COLUMN stats.region_capacity.file_id IS 'The file (source_file) the row came from';
COMMENT ON COLUMN stats.region_capacity.source_line IS 'Line of that file on which the row starts';
COMMENT ON COLUMN stats.region_capacity.run_id IS 'The run (pipeline_run) that loaded the row';
