-- A year's ranking trends and movers, before they are written anew (same transaction).
WITH movers AS (DELETE FROM stats.ranking_mover WHERE year = :year)
DELETE FROM stats.ranking_trend WHERE year = :year
