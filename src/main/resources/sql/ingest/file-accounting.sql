-- What the database holds of one file just ingested, checked against the reader's counts.
-- Report rows are counted by COPY itself (the server's row count, checked against the rows
-- sent), so the large innovation table is not scanned again here.
SELECT (SELECT count(*) FROM stats.national_result WHERE file_id = :fileId)
     + (SELECT count(*) FROM stats.region_capacity WHERE file_id = :fileId) AS result_rows,
       (SELECT count(*) FROM stats.rejected_row WHERE file_id = :fileId) AS rows_rejected
