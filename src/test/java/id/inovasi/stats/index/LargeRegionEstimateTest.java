package id.inovasi.stats.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.IndexRules;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region with more qualifying innovations than the count score counts (200 with the default
 * figures): the estimate compares no submission larger than that, since a larger one can only
 * lower the SID, and gets every figure the rules give when every size is compared
 * ({@link IndexRules} tries them all).
 */
@PipelineTest
class LargeRegionEstimateTest extends PipelineTestSupport {

    private static final String THIRTY = "ind_video=3,ind_regulasi=3,ind_replikasi=3";   // 12 + 9 + 9
    private static final String SIXTEEN = "ind_video=3,ind_sdm=2";                      // 12 + 4

    @Test
    void aRegionOfMoreThanTheCountScoresCapGetsTheBestSubmissionAndTheFixGainsOfEverySize() {
        StringBuilder reports = new StringBuilder(Reports.header());
        for (int i = 1; i <= 115; i++) {
            reports.append(Reports.innovation(String.format("A-%03d", i), THIRTY.split(",")));
            reports.append(Reports.innovation(String.format("B-%03d", i), SIXTEEN.split(",")));
        }
        // F-HIGH would be the most mature; F-LOW the least (below every qualifying one: past the 200th)
        reports.append(Reports.innovation("F-HIGH", "ind_video=3", "ind_regulasi=3", "ind_replikasi=3", "ind_sdm=3", "asn_implementers=0"));
        reports.append(Reports.innovation("F-LOW", "ind_video=1", "asn_implementers=0"));
        write("reports/2023.csv", reports.toString());
        write("capacity/spd.csv", "year,region_code,spd_score\n2023,35.20,40\n");
        run();

        List<Integer> qualifying = new ArrayList<>(Collections.nCopies(115, 30));
        qualifying.addAll(Collections.nCopies(115, 16));
        Map<String, Object> best = row("SELECT * FROM stats.index_estimate WHERE year = 2023 AND scenario = 'best_subset'");
        // every one of the 230 sizes tried by the rules: the best is 200 (the SID grows up to the cap, never after)
        assertThat(best.get("index_estimate")).isEqualTo(IndexRules.index(40, IndexRules.bestSid(qualifying)));
        assertThat(best.get("submitted")).isEqualTo(200);
        assertThat(IndexRules.sid(qualifying, 230)).isLessThanOrEqualTo(IndexRules.sid(qualifying.subList(0, 200), 200));

        double now = IndexRules.bestSid(qualifying);
        List<Map<String, Object>> fixes = rows("SELECT * FROM stats.fix_priority WHERE year = 2023 ORDER BY priority");
        assertThat(fixes).extracting(r -> r.get("innovation_id")).containsExactly("F-HIGH", "F-LOW");
        int high = (Integer) fixes.get(0).get("maturity_score");
        assertThat(fixes.get(0).get("fix_gain")).isEqualTo(IndexRules.points(IndexRules.bestSid(plus(qualifying, high)) - now));
        assertThat((BigDecimal) fixes.get(0).get("fix_gain")).isPositive();
        assertThat(fixes.get(1).get("fix_gain")).isEqualTo(IndexRules.points(IndexRules.bestSid(plus(qualifying, 4)) - now))
                .isEqualTo(new BigDecimal("0.00"));
        List<Integer> all = plus(plus(qualifying, high), 4);
        assertThat(fixes.get(1).get("estimate_if_fixed_through")).isEqualTo(IndexRules.index(40, IndexRules.bestSid(all)));
        assertThat(row("SELECT index_estimate, submitted FROM stats.index_estimate WHERE year = 2023 AND scenario = 'all_fixed'"))
                .containsEntry("index_estimate", IndexRules.index(40, IndexRules.bestSid(all))).containsEntry("submitted", 200);
    }

    private static List<Integer> plus(List<Integer> pool, int maturity) {
        List<Integer> more = new ArrayList<>(pool);
        more.add(maturity);
        return more;
    }
}
