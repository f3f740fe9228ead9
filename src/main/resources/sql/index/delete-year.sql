-- A year's index estimates and fix priorities, before they are written anew (same transaction).
WITH fixes AS (DELETE FROM stats.fix_priority WHERE year = :year)
DELETE FROM stats.index_estimate WHERE year = :year
