-- The (year, region) pairs that already hold innovations: only those can own a key of a new file.
-- Read once per ingest step (then kept up to date in memory), by a loose scan of the primary
-- key's (year, region_code) prefix: one index probe per pair, not a scan of the whole table.
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
SELECT year, region_code
FROM pairs
