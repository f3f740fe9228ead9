-- Files none of whose rows is current any more become 'superseded'.
UPDATE stats.source_file f
SET status = 'superseded',
    superseded_at = now(),
    message = concat_ws('; ', f.message, 'superseded by ' || :byPath)
WHERE f.file_id = ANY (CAST(:fileIds AS bigint[]))
  AND f.status = 'loaded'
  AND NOT EXISTS (SELECT 1 FROM stats.innovation i WHERE i.file_id = f.file_id)
  AND NOT EXISTS (SELECT 1 FROM stats.national_result n WHERE n.file_id = f.file_id)
  AND NOT EXISTS (SELECT 1 FROM stats.region_capacity c WHERE c.file_id = f.file_id)
RETURNING f.file_id
