-- The cluster median is stored exactly: the mean of the middle two scores of an even count may
-- have more decimals than the scores (36.575, not 36.58); the figures fix no rounding for it.
-- The view over the table is dropped and made again around the change, with its comments.
DROP VIEW stats.ranking_trend_latest;

ALTER TABLE stats.ranking_trend
    ALTER COLUMN cluster_median TYPE numeric,
    ALTER COLUMN cluster_median_delta TYPE numeric;
COMMENT ON COLUMN stats.ranking_trend.cluster_median IS 'Median of the cluster''s ranked scores that year (mean of the middle two for an even count), exact';
COMMENT ON COLUMN stats.ranking_trend.cluster_median_delta IS 'cluster_median minus the previous year''s, exact; set whenever the cluster had scores the previous year, also for a region new to it';

CREATE VIEW stats.ranking_trend_latest AS
SELECT * FROM stats.ranking_trend WHERE year = (SELECT max(year) FROM stats.ranking_trend);
COMMENT ON VIEW stats.ranking_trend_latest IS 'ranking_trend for the most recent year it holds';
DO $$
BEGIN
    EXECUTE (
        SELECT string_agg(format('COMMENT ON COLUMN stats.ranking_trend_latest.%I IS %L', a.attname, col_description(a.attrelid, a.attnum)), '; ')
        FROM pg_attribute a
        WHERE a.attrelid = 'stats.ranking_trend'::regclass AND a.attnum > 0 AND NOT a.attisdropped);
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'stats_reader') THEN
        GRANT SELECT ON stats.ranking_trend_latest TO stats_reader;
    END IF;
END $$;
