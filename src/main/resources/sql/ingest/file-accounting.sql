-- What the database holds of one file just ingested: checked against the reader's counts.
SELECT (SELECT count(*) FROM stats.innovation WHERE file_id = :fileId)
     + (SELECT count(*) FROM stats.national_result WHERE file_id = :fileId)
     + (SELECT count(*) FROM stats.region_capacity WHERE file_id = :fileId) AS rows_loaded,
       (SELECT count(*) FROM stats.rejected_row WHERE file_id = :fileId) AS rows_rejected
