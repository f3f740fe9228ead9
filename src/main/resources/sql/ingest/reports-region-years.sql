-- The (year, region) pairs that already hold innovations: only those can own a key of a new file.
SELECT year || chr(1) || region_code AS region_year
FROM stats.innovation
GROUP BY year, region_code
