package id.inovasi.stats.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regional index estimate with the default 2023 method: SID = Σ maturity of the qualifying
 * submitted / max(10, n) + min(q, 200) × 0.38; index = (SPD + SID) / 250 × 100. Weights used
 * here: regulasi 3, sdm 2, replikasi 3, video 4.
 */
@PipelineTest
class IndexEstimateTest extends PipelineTestSupport {

    @Test
    void theThreeScenariosFollowTheMethod() {
        StringBuilder reports = new StringBuilder(Reports.header());
        // Region 35.20, SPD 40: three qualifying (maturity 3*3+4*3 = 21, 3*2 = 6, 4*1 = 4) and one that does not (stage)
        reports.append(Reports.innovation("A-1", "ind_regulasi=3", "ind_video=3"))
                .append(Reports.innovation("A-2", "ind_regulasi=2"))
                .append(Reports.innovation("A-3", "ind_video=1"))
                .append(Reports.innovation("A-4", "ind_regulasi=3", "ind_video=3", "stage=uji_coba"));
        // Region 35.21, SPD 40: ten qualifying of maturity 4*3+2*2 = 16, two that do not
        for (int i = 1; i <= 12; i++) {
            reports.append(Reports.innovation(String.format("B-%02d", i), "region_code=35.21", "ind_video=3", "ind_sdm=2",
                    i > 10 ? "asn_implementers=0" : "asn_implementers=1"));
        }
        // Region 35.22, no SPD: ten qualifying of maturity 4*3+3*3+3*3 = 30 and two of maturity 0
        for (int i = 1; i <= 12; i++) {
            reports.append(i <= 10
                    ? Reports.innovation(String.format("C-%02d", i), "region_code=35.22", "ind_video=3", "ind_regulasi=3", "ind_replikasi=3")
                    : Reports.innovation(String.format("C-%02d", i), "region_code=35.22"));
        }
        write("reports/cases.csv", reports.toString());
        write("capacity/spd.csv", "year,region_code,spd_score\n2023,35.20,40\n2023,35.21,40\n");
        run();

        Map<String, Map<String, Object>> e = new java.util.TreeMap<>();
        rows("SELECT * FROM stats.index_estimate").forEach(r -> e.put(r.get("region_code") + " " + r.get("scenario"), r));

        // 35.20 qualified_only: n = 3 but the divisor is at least 10: SID = 31/10 + 3*0.38 = 3.10 + 1.14 = 4.24
        //       index = (40 + 4.24) / 250 * 100 = 17.696 -> 17.70, kurang_inovatif
        assertEstimate(e.get("35.20 qualified_only"), 3, 3, "4.24", "1.14", "17.70", "kurang_inovatif", List.of("A-1", "A-2", "A-3"));
        // all_reported adds A-4: it scores 0 and n = 4 is still under the floor: the same SID
        assertEstimate(e.get("35.20 all_reported"), 4, 3, "4.24", "1.14", "17.70", "kurang_inovatif", List.of("A-1", "A-2", "A-3", "A-4"));

        // 35.21 qualified_only: SID = 160/10 + 10*0.38 = 16 + 3.8 = 19.80; index = 59.80/2.5 = 23.92
        assertEstimate(e.get("35.21 qualified_only"), 10, 10, "19.80", "3.80", "23.92", "kurang_inovatif", null);
        // all_reported: the two that do not qualify raise n to 12: SID = 160/12 + 3.8 = 17.1333; index = 57.1333/2.5 = 22.85
        assertEstimate(e.get("35.21 all_reported"), 12, 10, "17.13", "3.80", "22.85", "kurang_inovatif", null);
        // best_subset: all ten (fewer lose count score and divisor): the qualified set
        assertEstimate(e.get("35.21 best_subset"), 10, 10, "19.80", "3.80", "23.92", "kurang_inovatif", null);

        // 35.22, no SPD: the estimate is unknown, SID still reported
        // qualified_only: 12 qualifying: SID = 300/12 + 12*0.38 = 25 + 4.56 = 29.56
        assertEstimate(e.get("35.22 qualified_only"), 12, 12, "29.56", "4.56", null, null, null);
        // best_subset leaves out the two of maturity 0: SID = 300/10 + 3.8 = 33.80 (k = 11 gives 300/11 + 4.18 = 31.45)
        assertEstimate(e.get("35.22 best_subset"), 10, 10, "33.80", "3.80", null, null,
                List.of("C-01", "C-02", "C-03", "C-04", "C-05", "C-06", "C-07", "C-08", "C-09", "C-10"));
        assertThat(e.get("35.22 qualified_only").get("spd_score")).isNull();
        // all_fixed, the ceiling: A-4 (maturity 21) counted as qualifying: SID = 52/10 + 4*0.38 = 6.72; index = 46.72 / 2.5 = 18.688
        assertEstimate(e.get("35.20 all_fixed"), 4, 4, "6.72", "1.52", "18.69", "kurang_inovatif", List.of("A-1", "A-2", "A-3", "A-4"));
        assertThat(e).hasSize(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void idsAndOpdNamesWithPunctuationComeOutAsReported() {
        // ids and an OPD name with what array literals and COPY's text format treat specially:
        // quotes, a backslash, a comma, braces, a space, the word NULL
        List<String> qualifying = List.of("A \"kutip\"", "B\\2", "C,3", "{D}", "E F", "NULL");
        StringBuilder reports = new StringBuilder(Reports.header());
        for (String id : qualifying) {
            reports.append(Reports.innovation(id, "ind_video=3"));
        }
        reports.append(Reports.innovation("X\\\"gagal\"", "ind_video=3", "asn_implementers=0", "opd_name=Dinas \\ \"Kominfo\", Statistik"));
        write("reports/cases.csv", reports.toString());
        write("capacity/spd.csv", "year,region_code,spd_score\n2023,35.20,40\n");
        run();

        List<String> sorted = qualifying.stream().sorted().toList();
        Map<String, Object> onlyQualified = row("SELECT * FROM stats.index_estimate WHERE scenario = 'qualified_only'");
        assertThat((List<String>) onlyQualified.get("innovation_ids")).containsExactlyElementsOf(sorted);
        Map<String, Object> fix = row("SELECT * FROM stats.fix_priority");
        assertThat(fix.get("innovation_id")).isEqualTo("X\\\"gagal\"");
        assertThat(fix.get("opd_name")).isEqualTo("Dinas \\ \"Kominfo\", Statistik");
        assertThat((List<String>) fix.get("failed_elements")).containsExactly("asn");
        Map<String, Object> all = row("SELECT * FROM stats.index_estimate WHERE scenario = 'all_reported'");
        assertThat((List<String>) all.get("innovation_ids")).hasSize(7).contains("X\\\"gagal\"", "NULL");
    }

    @Test
    @SuppressWarnings("unchecked")
    void equalEstimatesTakeTheSmallerSet() {
        // Ten qualifying innovations of maturity 31 (4*3+3*3+3*3+1*1) and nine times 30, and an eleventh of 26 (4*3+3*3+2*1+3*1).
        //   k = 10: SID = 301/10 + 10*0.38 = 33.9;            index = (40 + 33.9) / 2.5 = 29.56
        //   k = 11: SID = 327/11 + 11*0.38 = 33.90727...;     index = 73.90727 / 2.5 = 29.5629 -> 29.56: the same estimate
        StringBuilder reports = new StringBuilder(Reports.header());
        reports.append(Reports.innovation("T-01", "ind_video=3", "ind_regulasi=3", "ind_replikasi=3", "ind_bimtek=1"));
        for (int i = 2; i <= 10; i++) {
            reports.append(Reports.innovation(String.format("T-%02d", i), "ind_video=3", "ind_regulasi=3", "ind_replikasi=3"));
        }
        reports.append(Reports.innovation("T-11", "ind_video=3", "ind_regulasi=3", "ind_sdm=1", "ind_replikasi=1"));
        write("reports/ties.csv", reports.toString());
        write("capacity/spd.csv", "year,region_code,spd_score\n2023,35.20,40\n");
        run();
        Map<String, Object> best = row("SELECT submitted, innovation_ids, sid_score, index_estimate FROM stats.index_estimate WHERE scenario = 'best_subset'");
        Map<String, Object> all = row("SELECT submitted, sid_score, index_estimate FROM stats.index_estimate WHERE scenario = 'qualified_only'");
        assertThat(all).containsEntry("submitted", 11).containsEntry("sid_score", new BigDecimal("33.91")).containsEntry("index_estimate", new BigDecimal("29.56"));
        assertThat(best).containsEntry("submitted", 10).containsEntry("sid_score", new BigDecimal("33.90")).containsEntry("index_estimate", new BigDecimal("29.56"));
        assertThat((List<Object>) best.get("innovation_ids")).hasSize(10).doesNotContain("T-11");
    }

    private static void assertEstimate(Map<String, Object> row, int submitted, int qualified, String sid, String countScore,
                                       String index, String predicate, List<String> ids) {
        assertThat(row).as("estimate row").isNotNull();
        assertThat(row.get("submitted")).isEqualTo(submitted);
        assertThat(row.get("qualified_submitted")).isEqualTo(qualified);
        assertThat(row.get("sid_score")).isEqualTo(new BigDecimal(sid));
        assertThat(row.get("count_score")).isEqualTo(new BigDecimal(countScore));
        assertThat(row.get("index_estimate")).isEqualTo(index == null ? null : new BigDecimal(index));
        assertThat(row.get("predicate")).isEqualTo(predicate);
        if (ids != null) {
            assertThat(row.get("innovation_ids")).isEqualTo(ids);
        }
    }
}
