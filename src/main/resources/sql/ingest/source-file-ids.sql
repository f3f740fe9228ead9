-- Ids for a batch of files about to be read, taken in reading order.
SELECT nextval(pg_get_serial_sequence('stats.source_file', 'file_id'))
FROM generate_series(1, :n)
