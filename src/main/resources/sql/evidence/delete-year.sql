-- A year's evidence verdicts, summaries and OPD coverage, before they are written anew (same transaction).
WITH assessments AS (DELETE FROM stats.innovation_assessment WHERE year = :year),
     opds AS (DELETE FROM stats.opd_year_summary WHERE year = :year),
     coverage AS (DELETE FROM stats.opd_coverage WHERE year = :year)
DELETE FROM stats.region_year_summary WHERE year = :year
