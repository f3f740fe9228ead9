-- The predikat of one year: as given, else derived from the year's thresholds (inovasi.method)
-- applied to the score rounded half up to 2 decimals.
UPDATE stats.national_result
SET predicate = COALESCE(official_predicate,
        CASE WHEN round(score, 2) > :sangatInovatifAbove THEN 'sangat_inovatif'
             WHEN round(score, 2) >= :inovatifFrom THEN 'inovatif'
             WHEN round(score, 2) >= :kurangInovatifFrom THEN 'kurang_inovatif'
             ELSE 'tidak_dapat_dinilai' END),
    predicate_source = CASE WHEN official_predicate IS NULL THEN 'derived' ELSE 'official' END
WHERE year = :year
