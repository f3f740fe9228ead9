package id.inovasi.stats.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.IndexRules;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What to fix first and where it would rank, on regions built for the rules' edges; every
 * expected figure is recomputed here from the rules ({@link IndexRules}), not read back.
 *
 * <ul>
 * <li>35.20 (kabupaten, SPD 40): ten qualifying of maturity 16; failing: X0 and X1 of maturity 30
 *     with one failing element, X2 of maturity 30 with two, X4 of maturity 4 (its fix would not
 *     enter the best submission). 2023 national results for the cluster: ranked same year.</li>
 * <li>35.21 (no SPD, no national results in either year): gains still, no estimate, no rank.</li>
 * <li>35.22 (kota, SPD 30): its cluster has results for 2022 only: ranked against the year before.</li>
 * </ul>
 */
@PipelineTest
class FixPriorityTest extends PipelineTestSupport {

    private static final String SIXTEEN = "ind_video=3,ind_sdm=2";      // 4*3 + 2*2
    private static final String THIRTY = "ind_video=3,ind_regulasi=3,ind_replikasi=3";   // 12 + 9 + 9

    @BeforeEach
    void loadTheRegions() {
        StringBuilder reports = new StringBuilder(Reports.header());
        for (String region : List.of("35.20", "35.21", "35.22")) {
            for (int i = 1; i <= 10; i++) {
                reports.append(Reports.innovation(String.format("Q-%02d", i), with(SIXTEEN, "region_code=" + region)));
            }
        }
        reports.append(Reports.innovation("X1", with(THIRTY, "asn_implementers=0")))
                .append(Reports.innovation("X0", with(THIRTY, "documentation=")))
                .append(Reports.innovation("X2", with(THIRTY, "asn_implementers=0", "stage=uji_coba")))
                .append(Reports.innovation("X4", "ind_video=1", "policy_ref="));
        reports.append(Reports.innovation("Y1", with(THIRTY, "region_code=35.21", "asn_implementers=0")));
        reports.append(Reports.innovation("Z1", with(THIRTY, "region_code=35.22", "asn_implementers=0")));
        write("reports/2023.csv", reports.toString());
        write("capacity/spd.csv", "year,region_code,spd_score\n2023,35.20,40\n2023,35.22,30\n");
        write("national/2023.csv", """
                year,region_code,region_name,cluster,score
                2023,35.20,Magetan,kabupaten,30.00
                2023,35.90,Satu,kabupaten,50.00
                2023,35.91,Dua,kabupaten,23.92
                2023,35.92,Tiga,kabupaten,25.00
                """);
        write("national/2022.csv", """
                year,region_code,region_name,cluster,score
                2022,35.22,Kota,kota,20.00
                2022,35.80,Kota Satu,kota,24.00
                2022,35.81,Kota Dua,kota,21.00
                2022,35.82,Kota Tiga,kota,0
                """);
        run();
    }

    private static String[] with(String indicators, String... changes) {
        List<String> all = new ArrayList<>(List.of(indicators.split(",")));
        all.addAll(List.of(changes));
        return all.toArray(String[]::new);
    }

    @Test
    void gainsOrderTheFixesAndAFixOutsideTheBestSubmissionGainsNothing() {
        List<Map<String, Object>> fixes = rows("SELECT * FROM stats.fix_priority WHERE region_code = '35.20' ORDER BY priority");
        // ties in gain: fewer failing elements first, then the id; X4 would not enter the best submission
        assertThat(fixes).extracting(r -> r.get("innovation_id")).containsExactly("X0", "X1", "X2", "X4");
        assertThat(fixes).extracting(r -> r.get("priority")).containsExactly(1, 2, 3, 4);

        List<Integer> qualifying = java.util.Collections.nCopies(10, 16);
        double now = IndexRules.bestSid(qualifying);
        BigDecimal gain30 = IndexRules.points(IndexRules.bestSid(plus(qualifying, 30)) - now);
        assertThat(gain30).isPositive();
        assertThat(fixes.get(0)).containsEntry("fix_gain", gain30).containsEntry("maturity_score", 30)
                .containsEntry("failed_elements", List.of("documented")).containsEntry("opd_name", "Dinas Kesehatan");
        assertThat(fixes.get(1)).containsEntry("fix_gain", gain30);
        assertThat(fixes.get(2)).containsEntry("fix_gain", gain30).containsEntry("failed_elements", List.of("asn", "stage"));
        assertThat(fixes.get(3)).containsEntry("fix_gain", new BigDecimal("0.00"));
        assertThat(IndexRules.bestSid(plus(qualifying, 4))).isEqualTo(now);

        // fixing through each priority: the best estimate of the qualifying and every fix so far
        List<Integer> pool = new ArrayList<>(qualifying);
        for (Map<String, Object> fix : fixes) {
            pool.add((Integer) fix.get("maturity_score"));
            assertThat(fix.get("estimate_if_fixed_through")).as("through %s", fix.get("innovation_id"))
                    .isEqualTo(IndexRules.index(40, IndexRules.bestSid(pool)));
        }
        // the ceiling: every reported innovation counted as qualifying
        assertThat(estimate("35.20", "all_fixed").get("index_estimate")).isEqualTo(IndexRules.index(40, IndexRules.bestSid(pool)))
                .isEqualTo(fixes.get(3).get("estimate_if_fixed_through"));
        assertThat(estimate("35.20", "all_fixed").get("submitted")).isEqualTo(13);   // the three of 30 and the ten of 16, not X4
    }

    @Test
    void estimatesAreRankedAgainstTheClustersOfficialScoresOfTheYearOrTheYearBefore() {
        List<BigDecimal> othersKabupaten = List.of(new BigDecimal("50.00"), new BigDecimal("23.92"), new BigDecimal("25.00"));
        for (String scenario : List.of("qualified_only", "all_reported", "best_subset", "all_fixed")) {
            Map<String, Object> e = estimate("35.20", scenario);
            // the region's own official score (30.00) is not one of the others
            assertThat(e.get("estimated_rank")).as(scenario).isEqualTo(IndexRules.rank((BigDecimal) e.get("index_estimate"), othersKabupaten));
            assertThat(e).containsEntry("estimated_ranked_count", 4).containsEntry("estimated_rank_basis", "same_year");
        }
        // best_subset 23.92 ties Dua's 23.92: an equal score is not above it
        assertThat(estimate("35.20", "best_subset")).containsEntry("index_estimate", new BigDecimal("23.92")).containsEntry("estimated_rank", 3);
        Map<String, Object> fixedFirst = row("SELECT * FROM stats.fix_priority WHERE region_code = '35.20' AND priority = 1");
        assertThat(fixedFirst.get("estimated_rank_if_fixed_through"))
                .isEqualTo(IndexRules.rank((BigDecimal) fixedFirst.get("estimate_if_fixed_through"), othersKabupaten));

        // kota has no 2023 results: the year before's, of the regions ranked (score above 0), itself left out
        Map<String, Object> kota = estimate("35.22", "best_subset");
        assertThat(kota).containsEntry("estimated_rank_basis", "previous_year").containsEntry("estimated_ranked_count", 3)
                .containsEntry("estimated_rank", IndexRules.rank((BigDecimal) kota.get("index_estimate"),
                        List.of(new BigDecimal("24.00"), new BigDecimal("21.00"))));
    }

    @Test
    void withoutSpdOrNationalResultsTheGainsStandAndTheEstimateAndRankAreUnknown() {
        Map<String, Object> fix = row("SELECT * FROM stats.fix_priority WHERE region_code = '35.21'");
        List<Integer> qualifying = java.util.Collections.nCopies(10, 16);
        assertThat(fix).containsEntry("innovation_id", "Y1").containsEntry("priority", 1)
                .containsEntry("fix_gain", IndexRules.points(IndexRules.bestSid(plus(qualifying, 30)) - IndexRules.bestSid(qualifying)))
                .containsEntry("estimate_if_fixed_through", null).containsEntry("estimated_rank_if_fixed_through", null);
        for (String scenario : List.of("qualified_only", "all_reported", "best_subset", "all_fixed")) {
            assertThat(estimate("35.21", scenario)).containsEntry("index_estimate", null).containsEntry("estimated_rank", null)
                    .containsEntry("estimated_ranked_count", null).containsEntry("estimated_rank_basis", null);
        }
        // a region with a score but whose cluster has no results in either year is not ranked either
        assertThat(count("SELECT count(*) FROM stats.index_estimate WHERE estimated_rank IS NULL AND index_estimate IS NOT NULL")).isZero();
        // every non-qualifying innovation has its row, and only those
        assertThat(count("SELECT count(*) FROM stats.fix_priority")).isEqualTo(
                count("SELECT count(*) FROM stats.innovation_assessment WHERE NOT qualified")).isEqualTo(6);
    }

    private Map<String, Object> estimate(String region, String scenario) {
        return row("SELECT * FROM stats.index_estimate WHERE region_code = '" + region + "' AND scenario = '" + scenario + "'");
    }

    private static List<Integer> plus(List<Integer> pool, int maturity) {
        List<Integer> more = new ArrayList<>(pool);
        more.add(maturity);
        return more;
    }
}
