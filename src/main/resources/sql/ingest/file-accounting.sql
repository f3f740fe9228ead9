-- What the database holds of the files of one batch, checked against the reader's counts.
-- Report rows are counted by COPY itself (the server's row count, checked against the rows
-- sent), so the large innovation table is not scanned again here.
SELECT f.file_id,
       (SELECT count(*) FROM stats.national_result n WHERE n.file_id = f.file_id)
     + (SELECT count(*) FROM stats.region_capacity c WHERE c.file_id = f.file_id)
     + (SELECT count(*) FROM stats.opd_roster o WHERE o.file_id = f.file_id) AS result_rows,
       (SELECT count(*) FROM stats.rejected_row r WHERE r.file_id = f.file_id) AS rows_rejected
FROM unnest(CAST(:fileIds AS bigint[])) AS f (file_id)
