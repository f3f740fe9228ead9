-- The evidence standard for every innovation of one year: the codes of the failing elements,
-- sorted, and the maturity score (sum of weight x level). Every figure is a parameter from the
-- year's method configuration (iid-method.yml); "at least N words" and "at least N references"
-- are regular expressions built from it (EvidenceStandard), which stop at the N-th match.
INSERT INTO stats.innovation_assessment
       (year, region_code, innovation_id, opd_code, qualified, failed_elements, maturity_score, standard_version, run_id)
SELECT i.year, i.region_code, i.innovation_id, i.opd_code,
       cardinality(f.failed) = 0, f.failed, m.maturity, :standardVersion, :runId
FROM stats.innovation i
CROSS JOIN LATERAL (
    -- listed in byte order of their codes, so the array of failing ones is sorted as it stands
    SELECT array_remove(ARRAY[
        CASE WHEN NOT coalesce(i.asn_implementers >= :asnMin, false) THEN 'asn' END,
        CASE WHEN NOT coalesce(i.benefit_metric ~ '\S'
                               AND CASE i.benefit_direction WHEN 'lower_is_better' THEN i.benefit_after < i.benefit_before
                                                            ELSE i.benefit_after > i.benefit_before END, false)
             THEN 'benefit' END,
        CASE WHEN :documentationPattern <> '' AND NOT coalesce(i.documentation ~ :documentationPattern, false) THEN 'documented' END,
        CASE WHEN NOT coalesce(i.policy_ref ~ :policyPattern AND (NOT :policyNeedsNumber OR i.policy_ref ~ '[0-9]'), false)
             THEN 'policy' END,
        CASE WHEN :problemPattern <> '' AND NOT coalesce(i.problem_statement ~ :problemPattern, false) THEN 'problem' END,
        CASE WHEN NOT coalesce(i.applied_date BETWEEN make_date(i.year - :recencyYears, 1, 1) AND make_date(i.year, 12, 31), false)
             THEN 'recent' END,
        CASE WHEN NOT i.stage = ANY (CAST(:eligibleStages AS text[])) THEN 'stage' END
    ], NULL) AS failed
) f
CROSS JOIN LATERAL (
    SELECT :w_regulasi * i.ind_regulasi + :w_sdm * i.ind_sdm + :w_anggaran * i.ind_anggaran + :w_alat_kerja * i.ind_alat_kerja
         + :w_bimtek * i.ind_bimtek + :w_rkpd * i.ind_rkpd + :w_aktor * i.ind_aktor + :w_pelaksana * i.ind_pelaksana
         + :w_jejaring * i.ind_jejaring + :w_sosialisasi * i.ind_sosialisasi + :w_pedoman * i.ind_pedoman
         + :w_informasi * i.ind_informasi + :w_proses * i.ind_proses + :w_pengaduan * i.ind_pengaduan
         + :w_integrasi * i.ind_integrasi + :w_replikasi * i.ind_replikasi + :w_kecepatan * i.ind_kecepatan
         + :w_kemanfaatan * i.ind_kemanfaatan + :w_monev * i.ind_monev + :w_video * i.ind_video AS maturity
) m
WHERE i.year = :year
