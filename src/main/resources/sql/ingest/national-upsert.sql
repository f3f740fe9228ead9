-- A newer national file replaces the rows of the regions and years it names.
INSERT INTO stats.national_result AS n
       (year, region_code, region_name, cluster, score, official_rank, official_predicate, file_id, source_line, run_id)
SELECT year, region_code, region_name, cluster, score, rank, predicate, file_id, source_line, run_id
FROM ingest_national
ON CONFLICT (year, region_code) DO UPDATE
SET region_name = EXCLUDED.region_name,
    cluster = EXCLUDED.cluster,
    score = EXCLUDED.score,
    official_rank = EXCLUDED.official_rank,
    official_predicate = EXCLUDED.official_predicate,
    file_id = EXCLUDED.file_id,
    source_line = EXCLUDED.source_line,
    run_id = EXCLUDED.run_id
