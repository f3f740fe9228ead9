-- The evidence standard for every innovation of one year: the codes of the failing elements,
-- sorted, what was found for each of them, and the maturity score (sum of weight x level). Every
-- figure is a parameter from the year's method configuration (iid-method.yml); "at least N words"
-- and "at least N references" are regular expressions built from it (EvidenceStandard), which stop
-- at the N-th match. What was found is worked out only for an element that fails, by the same
-- evaluation: the OPD's page reads it ("latar belakang masalah: 7 kata, minimal 10 kata").
-- Written to pg_temp.rebuilt_innovation_assessment; YearRows then changes only the rows that differ.
INSERT INTO pg_temp.rebuilt_innovation_assessment
       (year, region_code, innovation_id, opd_code, qualified, failed_elements, failed_findings, maturity_score, standard_version, run_id)
SELECT ok.year, ok.region_code, ok.innovation_id, ok.opd_code,
       ok.asn AND ok.benefit AND ok.documented AND ok.policy AND ok.problem AND ok.recent AND ok.stage,
       -- listed in byte order of their codes, so the array of failing ones is sorted as it stands
       array_remove(ARRAY[
           CASE WHEN NOT ok.asn THEN 'asn' END,
           CASE WHEN NOT ok.benefit THEN 'benefit' END,
           CASE WHEN NOT ok.documented THEN 'documented' END,
           CASE WHEN NOT ok.policy THEN 'policy' END,
           CASE WHEN NOT ok.problem THEN 'problem' END,
           CASE WHEN NOT ok.recent THEN 'recent' END,
           CASE WHEN NOT ok.stage THEN 'stage' END], NULL),
       array_remove(ARRAY[
           CASE WHEN NOT ok.asn THEN coalesce(ok.asn_implementers || ' orang', 'tidak diisi') END,
           CASE WHEN NOT ok.benefit THEN
               CASE WHEN coalesce(ok.benefit_metric ~ '\S', false) = false THEN 'indikator manfaat tidak diisi'
                    WHEN ok.benefit_before IS NULL OR ok.benefit_after IS NULL THEN 'nilai sebelum atau sesudah tidak diisi'
                    ELSE 'sesudah ' || ok.benefit_after || ' tidak lebih baik dari sebelum ' || ok.benefit_before
                         || CASE ok.benefit_direction WHEN 'lower_is_better' THEN ' (arah turun)' ELSE ' (arah naik)' END END END,
           CASE WHEN NOT ok.documented THEN coalesce(regexp_count(ok.documentation, '[^|[:space:]][^|]*'), 0) || ' rujukan' END,
           CASE WHEN NOT ok.policy THEN
               CASE WHEN coalesce(ok.policy_ref ~ '\S', false) = false THEN 'tidak diisi'
                    WHEN NOT ok.policy_instrument THEN 'tidak menyebut jenis keputusan'
                    ELSE 'tidak menyebut nomor' END END,
           CASE WHEN NOT ok.problem THEN coalesce(regexp_count(ok.problem_statement, '[^[:space:]]+'), 0) || ' kata' END,
           CASE WHEN NOT ok.recent THEN coalesce(ok.applied_date::text, 'tidak diisi') END,
           CASE WHEN NOT ok.stage THEN replace(ok.stage_code, '_', ' ') END], NULL),
       ok.maturity, :standardVersion, :runId
FROM (
    SELECT c.*, c.policy_instrument AND (NOT :policyNeedsNumber OR c.policy_number) AS policy
    FROM (
        -- each check once per innovation: OFFSET 0 keeps this a subquery of its own, whose columns
        -- the query above reads as values. Flattened, a check would be substituted, and so
        -- evaluated, wherever it is read (the policy's regular expressions up to three times).
        SELECT i.year, i.region_code, i.innovation_id, i.opd_code, i.asn_implementers, i.benefit_metric, i.benefit_before,
               i.benefit_after, i.benefit_direction, i.documentation, i.policy_ref, i.problem_statement, i.applied_date,
               i.stage AS stage_code,
               coalesce(i.asn_implementers >= :asnMin, false) AS asn,
               coalesce(i.benefit_metric ~ '\S'
                        AND CASE i.benefit_direction WHEN 'lower_is_better' THEN i.benefit_after < i.benefit_before
                                                     ELSE i.benefit_after > i.benefit_before END, false) AS benefit,
               :documentationPattern = '' OR coalesce(i.documentation ~ :documentationPattern, false) AS documented,
               coalesce(i.policy_ref ~ :policyPattern, false) AS policy_instrument,
               coalesce(i.policy_ref ~ '[0-9]', false) AS policy_number,
               :problemPattern = '' OR coalesce(i.problem_statement ~ :problemPattern, false) AS problem,
               coalesce(i.applied_date BETWEEN make_date(i.year - :recencyYears, 1, 1) AND make_date(i.year, 12, 31), false) AS recent,
               i.stage = ANY (CAST(:eligibleStages AS text[])) AS stage,
               :w_regulasi * i.ind_regulasi + :w_sdm * i.ind_sdm + :w_anggaran * i.ind_anggaran + :w_alat_kerja * i.ind_alat_kerja
             + :w_bimtek * i.ind_bimtek + :w_rkpd * i.ind_rkpd + :w_aktor * i.ind_aktor + :w_pelaksana * i.ind_pelaksana
             + :w_jejaring * i.ind_jejaring + :w_sosialisasi * i.ind_sosialisasi + :w_pedoman * i.ind_pedoman
             + :w_informasi * i.ind_informasi + :w_proses * i.ind_proses + :w_pengaduan * i.ind_pengaduan
             + :w_integrasi * i.ind_integrasi + :w_replikasi * i.ind_replikasi + :w_kecepatan * i.ind_kecepatan
             + :w_kemanfaatan * i.ind_kemanfaatan + :w_monev * i.ind_monev + :w_video * i.ind_video AS maturity
        FROM stats.innovation i
        WHERE i.year = :year
        OFFSET 0
    ) c
) ok
