-- The predikat rule, defined once and used wherever a score becomes a predicate (the national
-- results' derived predicate, the index estimates): the score rounded half up to 2 decimals,
-- against the year's thresholds from the method configuration.
CREATE FUNCTION stats.predicate(score numeric, sangat_inovatif_above numeric, inovatif_from numeric, kurang_inovatif_from numeric)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN score IS NULL THEN NULL
            WHEN round(score, 2) > sangat_inovatif_above THEN 'sangat_inovatif'
            WHEN round(score, 2) >= inovatif_from THEN 'inovatif'
            WHEN round(score, 2) >= kurang_inovatif_from THEN 'kurang_inovatif'
            ELSE 'tidak_dapat_dinilai' END;
COMMENT ON FUNCTION stats.predicate(numeric, numeric, numeric, numeric) IS
    'The IID predikat of a score: rounded half up to 2 decimals, then above sangat_inovatif_above, from inovatif_from, from kurang_inovatif_from, else tidak_dapat_dinilai (thresholds per year in iid-method.yml)';
