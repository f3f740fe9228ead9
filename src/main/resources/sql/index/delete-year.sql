-- A year's index estimates, before they are written anew (same transaction).
DELETE FROM stats.index_estimate WHERE year = :year
