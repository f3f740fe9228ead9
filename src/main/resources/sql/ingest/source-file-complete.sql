-- What became of one file that was read (run as a batch, one per file of the batch).
UPDATE stats.source_file
SET delimiter = ?, lines_read = ?, rows_loaded = ?, rows_rejected = ?, status = ?, reason = ?, message = ?, extra_columns = ?
WHERE file_id = ?
