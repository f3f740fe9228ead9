package id.inovasi.stats.evidence;

import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.api.Test;

import static id.inovasi.stats.support.Reports.innovation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence standard element by element, with the 2023 defaults (docs/method.md): each
 * element failing alone, several together, the edges of each rule, and the maturity score.
 */
@PipelineTest
class EvidenceStandardTest extends PipelineTestSupport {

    private static final String HEADER = Reports.header();

    @Test
    void eachElementFailsAloneAndTogetherAndItsEdgesHold() {
        write("reports/cases.csv", HEADER
                + innovation("A-ALL-GOOD")
                + innovation("B-PROBLEM-9-WORDS", "problem_statement=satu dua tiga empat lima enam tujuh delapan sembilan")
                + innovation("B-PROBLEM-10-WORDS-SPACED", "problem_statement=  satu  dua\ttiga empat lima enam tujuh delapan sembilan sepuluh ")
                + innovation("C-DOCUMENTED-BLANK-ITEMS", "documentation= | |")
                + innovation("C-DOCUMENTED-ONE-OF-THREE", "documentation=| foto.jpg |")
                + innovation("D-POLICY-MISSING", "policy_ref=")
                + innovation("D-POLICY-SKPD", "policy_ref=Arahan SKPD nomor 12")
                + innovation("D-POLICY-NO-NUMBER", "policy_ref=Surat Edaran Sekretaris Daerah")
                + innovation("D-POLICY-SURAT-EDARAN", "policy_ref=Surat Edaran Sekda No. 5")
                + innovation("D-POLICY-LOWERCASE", "policy_ref=sk bupati no. 5")
                + innovation("D-POLICY-PERBUP-PUNCTUATION", "policy_ref=(Perbup) 12/2023")
                + innovation("E-ASN-ZERO", "asn_implementers=0")
                + innovation("E-ASN-EMPTY", "asn_implementers=")
                + innovation("F-BENEFIT-NO-METRIC", "benefit_metric=")
                + innovation("F-BENEFIT-NO-BEFORE", "benefit_before=")
                + innovation("F-BENEFIT-EQUAL", "benefit_after=10")
                + innovation("F-BENEFIT-HIGHER-IS-BETTER-WORSE", "benefit_direction=higher_is_better")
                + innovation("F-BENEFIT-HIGHER-IS-BETTER-DEFAULT", "benefit_direction=", "benefit_before=71.5", "benefit_after=93.25")
                + innovation("G-STAGE-UJI-COBA", "stage=uji_coba")
                + innovation("H-RECENT-FIRST-DAY", "applied_date=2021-01-01")
                + innovation("H-RECENT-LAST-DAY", "applied_date=2023-12-31")
                + innovation("H-RECENT-TOO-OLD", "applied_date=2020-12-31")
                + innovation("H-RECENT-FUTURE", "applied_date=2024-01-01")
                + innovation("H-RECENT-MISSING", "applied_date=")
                + innovation("Z-SEVERAL", "problem_statement=Pelayanan lambat", "asn_implementers=0", "stage=inisiatif", "applied_date="));
        run();

        Map<String, List<Object>> failed = new java.util.TreeMap<>();
        rows("SELECT innovation_id, failed_elements, qualified FROM stats.innovation_assessment").forEach(r -> {
            @SuppressWarnings("unchecked") List<Object> elements = (List<Object>) r.get("failed_elements");
            assertThat(r.get("qualified")).isEqualTo(elements.isEmpty());
            failed.put((String) r.get("innovation_id"), elements);
        });
        assertThat(failed).containsEntry("A-ALL-GOOD", List.of())
                .containsEntry("B-PROBLEM-9-WORDS", List.of("problem"))
                .containsEntry("B-PROBLEM-10-WORDS-SPACED", List.of())
                .containsEntry("C-DOCUMENTED-BLANK-ITEMS", List.of("documented"))
                .containsEntry("C-DOCUMENTED-ONE-OF-THREE", List.of())
                .containsEntry("D-POLICY-MISSING", List.of("policy"))
                .containsEntry("D-POLICY-SKPD", List.of("policy"))
                .containsEntry("D-POLICY-NO-NUMBER", List.of("policy"))
                .containsEntry("D-POLICY-SURAT-EDARAN", List.of())
                .containsEntry("D-POLICY-LOWERCASE", List.of("policy"))
                .containsEntry("D-POLICY-PERBUP-PUNCTUATION", List.of())
                .containsEntry("E-ASN-ZERO", List.of("asn"))
                .containsEntry("E-ASN-EMPTY", List.of("asn"))
                .containsEntry("F-BENEFIT-NO-METRIC", List.of("benefit"))
                .containsEntry("F-BENEFIT-NO-BEFORE", List.of("benefit"))
                .containsEntry("F-BENEFIT-EQUAL", List.of("benefit"))
                .containsEntry("F-BENEFIT-HIGHER-IS-BETTER-WORSE", List.of("benefit"))
                .containsEntry("F-BENEFIT-HIGHER-IS-BETTER-DEFAULT", List.of())
                .containsEntry("G-STAGE-UJI-COBA", List.of("stage"))
                .containsEntry("H-RECENT-FIRST-DAY", List.of())
                .containsEntry("H-RECENT-LAST-DAY", List.of())
                .containsEntry("H-RECENT-TOO-OLD", List.of("recent"))
                .containsEntry("H-RECENT-FUTURE", List.of("recent"))
                .containsEntry("H-RECENT-MISSING", List.of("recent"))
                // sorted in byte order, every failing element named
                .containsEntry("Z-SEVERAL", List.of("asn", "problem", "recent", "stage"));

        Map<String, Object> opd = row("SELECT reported, qualified, qualified_share, missing_problem, missing_documented, missing_policy, "
                + "missing_asn, missing_benefit, missing_stage, missing_recent, stage_inisiatif, stage_uji_coba, stage_penerapan "
                + "FROM stats.opd_year_summary");
        // 25 reported, 9 qualify: A, B-10, C-ONE, D-SURAT-EDARAN, D-PERBUP, F-DEFAULT, H-FIRST, H-LAST ... and no other
        assertThat(opd).containsEntry("reported", 25).containsEntry("qualified", 8)
                .containsEntry("qualified_share", new java.math.BigDecimal("0.3200"))
                .containsEntry("missing_problem", 2).containsEntry("missing_documented", 1).containsEntry("missing_policy", 4)
                .containsEntry("missing_asn", 3).containsEntry("missing_benefit", 4).containsEntry("missing_stage", 2)
                .containsEntry("missing_recent", 4).containsEntry("stage_inisiatif", 1).containsEntry("stage_uji_coba", 1)
                .containsEntry("stage_penerapan", 23);
        assertThat(rows("SELECT element, missing_count FROM stats.evidence_gap ORDER BY element"))
                .extracting(r -> r.get("element") + "=" + r.get("missing_count"))
                .containsExactly("asn=3", "benefit=4", "documented=1", "policy=4", "problem=2", "recent=4", "stage=2");
    }

    @Test
    void theMaturityScoreIsTheSumOfWeightTimesLevel() {
        // weights (iid-method.yml): regulasi 3, sdm 2, video 4; every other level is 0
        write("reports/maturity.csv", HEADER
                + innovation("M-1", "ind_regulasi=3", "ind_sdm=2", "ind_video=1")      // 3*3 + 2*2 + 4*1 = 17
                + innovation("M-2", "ind_regulasi=1", "ind_sdm=0", "ind_video=3"));    // 3*1 + 0 + 4*3 = 15
        write("reports/all-three.csv", "year,region_code,opd_code,opd_name,innovation_id,title,form,kind,stage,"
                + "ind_regulasi,ind_sdm,ind_anggaran,ind_alat_kerja,ind_bimtek,ind_rkpd,ind_aktor,ind_pelaksana,ind_jejaring,"
                + "ind_sosialisasi,ind_pedoman,ind_informasi,ind_proses,ind_pengaduan,ind_integrasi,ind_replikasi,ind_kecepatan,"
                + "ind_kemanfaatan,ind_monev,ind_video\n"
                + "2023,35.20,1.03,Dinas Lain,M-MAX,Judul,lainnya,digital,penerapan" + ",3".repeat(20) + "\n");   // 3 x 37 = 111
        run();
        assertThat(rows("SELECT innovation_id, maturity_score FROM stats.innovation_assessment ORDER BY innovation_id"))
                .extracting(r -> r.get("innovation_id") + "=" + r.get("maturity_score"))
                .containsExactly("M-1=17", "M-2=15", "M-MAX=111");
        assertThat(row("SELECT mean_maturity FROM stats.opd_year_summary WHERE opd_code = '1.02'").get("mean_maturity"))
                .isEqualTo(new java.math.BigDecimal("16.00"));
        assertThat(jdbc.sql("SELECT DISTINCT standard_version FROM stats.innovation_assessment").query(String.class).single())
                .startsWith("iid-2023.1#");
    }

    @Test
    void deltasAreNullForAnOpdThatDidNotReportTheYearBefore() {
        write("reports/2022.csv", HEADER + innovation("X-1", "year=2022", "applied_date=2021-05-01") + innovation("X-2", "year=2022", "stage=uji_coba"));
        write("reports/2023.csv", HEADER + innovation("X-1") + innovation("X-2") + innovation("X-3")
                + innovation("Y-1", "opd_code=1.09", "opd_name=Dinas Baru"));
        run();
        assertThat(rows("SELECT year, opd_code, reported, qualified, reported_delta, qualified_delta FROM stats.opd_year_summary ORDER BY year, opd_code"))
                .extracting(r -> r.get("year") + " " + r.get("opd_code") + " " + r.get("reported") + "/" + r.get("qualified")
                        + " delta " + r.get("reported_delta") + "/" + r.get("qualified_delta"))
                .containsExactly("2022 1.02 2/1 delta null/null",
                        "2023 1.02 3/3 delta 1/2",
                        "2023 1.09 1/1 delta null/null");
        assertThat(rows("SELECT year, reported_delta, qualified_delta, opds_reporting, opds_with_qualified FROM stats.region_year_summary ORDER BY year"))
                .extracting(r -> r.get("year") + " " + r.get("reported_delta") + "/" + r.get("qualified_delta") + " opds "
                        + r.get("opds_reporting") + "/" + r.get("opds_with_qualified"))
                .containsExactly("2022 null/null opds 1/1", "2023 2/3 opds 2/2");
    }
}
