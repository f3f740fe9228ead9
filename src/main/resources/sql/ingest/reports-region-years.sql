-- The (year, region) pairs that already hold innovations: only those can own a key of a new file.
-- A loose scan of the primary key's (year, region_code) prefix: one index probe per pair, so
-- every new reports file does not scan the whole innovation table.
WITH RECURSIVE pairs AS (
    (SELECT year, region_code FROM stats.innovation ORDER BY year, region_code LIMIT 1)
    UNION ALL
    SELECT next.year, next.region_code
    FROM pairs p
    CROSS JOIN LATERAL (
        SELECT i.year, i.region_code
        FROM stats.innovation i
        WHERE (i.year, i.region_code) > (p.year, p.region_code)
        ORDER BY i.year, i.region_code
        LIMIT 1
    ) next
)
SELECT year || chr(1) || region_code AS region_year
FROM pairs
