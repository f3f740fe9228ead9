-- Records a batch of files about to be read (their outcome is written once they are read).
INSERT INTO stats.source_file (file_id, kind, path, sha256, size_bytes, charset, status, run_id)
OVERRIDING SYSTEM VALUE
SELECT id, kind, path, sha256, size_bytes, charset, 'loaded', :runId
FROM unnest(CAST(:ids AS bigint[]), CAST(:kinds AS text[]), CAST(:paths AS text[]), CAST(:shas AS text[]),
            CAST(:sizes AS bigint[]), CAST(:charsets AS text[])) AS f (id, kind, path, sha256, size_bytes, charset)
