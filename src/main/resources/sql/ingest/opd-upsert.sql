-- A newer roster file replaces the whole roster of every region it names (an OPD merged or
-- dissolved disappears with the new list): two statements, the second seeing what the first deleted.
DELETE FROM stats.opd_roster
WHERE region_code IN (SELECT region_code FROM ingest_opd);

INSERT INTO stats.opd_roster (region_code, opd_code, opd_name, from_year, to_year, file_id, source_line, run_id)
SELECT region_code, opd_code, opd_name, from_year, to_year, file_id, source_line, run_id
FROM ingest_opd
