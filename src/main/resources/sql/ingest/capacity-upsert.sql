-- A newer capacity file replaces the SPD scores of the regions and years it names.
INSERT INTO stats.region_capacity AS c (year, region_code, spd_score, file_id, source_line, run_id)
SELECT year, region_code, spd_score, file_id, source_line, run_id
FROM ingest_capacity
ON CONFLICT (year, region_code) DO UPDATE
SET spd_score = EXCLUDED.spd_score,
    file_id = EXCLUDED.file_id,
    source_line = EXCLUDED.source_line,
    run_id = EXCLUDED.run_id
