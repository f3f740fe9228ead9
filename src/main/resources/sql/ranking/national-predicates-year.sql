-- The predikat of one year's national results, derived in the rebuild from the year's thresholds
-- (so a changed threshold reaches them): as given in the file where it gives one, else the rule
-- stats.predicate applied to the score.
UPDATE stats.national_result
SET predicate = COALESCE(official_predicate, stats.predicate(score, :sangatInovatifAbove, :inovatifFrom, :kurangInovatifFrom)),
    predicate_source = CASE WHEN official_predicate IS NULL THEN 'derived' ELSE 'official' END
WHERE year = :year
  AND (predicate, predicate_source) IS DISTINCT FROM
      (COALESCE(official_predicate, stats.predicate(score, :sangatInovatifAbove, :inovatifFrom, :kurangInovatifFrom)),
       CASE WHEN official_predicate IS NULL THEN 'derived' ELSE 'official' END)
