package id.inovasi.stats.story;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sample's story, told by the tables after one run on the sample inbox:
 * Kabupaten Magetan (35.20) reported 32 innovations in 2023 and only 16 met the evidence
 * standard; its rank fell from 54 (2022) to 218 of 413 because others rose faster.
 */
@PipelineTest
class MagetanStoryTest extends PipelineTestSupport {

    @BeforeEach
    void runOnTheSample() {
        SampleInbox.copyTo(inbox);
        run();
    }

    @Test
    void reportedAgainstQualifiedPerOpdAndForTheRegion() {
        assertThat(row("SELECT reported, qualified, qualified_share, opds_reporting FROM stats.region_year_summary WHERE year = 2023 AND region_code = '35.20'"))
                .containsEntry("reported", 32).containsEntry("qualified", 16).containsEntry("qualified_share", new BigDecimal("0.5000"))
                .containsEntry("opds_reporting", 6);
        assertThat(count("SELECT sum(reported) FROM stats.opd_year_summary WHERE year = 2023 AND region_code = '35.20'")).isEqualTo(32);
        assertThat(count("SELECT sum(qualified) FROM stats.opd_year_summary WHERE year = 2023 AND region_code = '35.20'")).isEqualTo(16);
        // every innovation that does not qualify says what it lacks
        assertThat(count("SELECT count(*) FROM stats.innovation_assessment WHERE year = 2023 AND NOT qualified AND cardinality(failed_elements) > 0"))
                .isEqualTo(16);
        assertThat(count("SELECT sum(missing_count) FROM stats.evidence_gap WHERE year = 2023 AND region_code = '35.20'"))
                .isEqualTo(count("SELECT sum(cardinality(failed_elements)) FROM stats.innovation_assessment WHERE year = 2023"));
    }

    @Test
    void theRankFellBecauseOthersRoseFaster() {
        Map<String, Object> y2022 = row("SELECT * FROM stats.ranking_trend WHERE year = 2022 AND region_code = '35.20'");
        Map<String, Object> y2023 = row("SELECT * FROM stats.ranking_trend WHERE year = 2023 AND region_code = '35.20'");
        assertThat(y2022).containsEntry("rank", 54).containsEntry("score", new BigDecimal("53.00"));
        assertThat(y2023).containsEntry("rank", 218).containsEntry("ranked_count", 413).containsEntry("prev_rank", 54)
                .containsEntry("score", new BigDecimal("43.00")).containsEntry("rank_change", -164);
        int own = (Integer) y2023.get("own_effect");
        int others = (Integer) y2023.get("others_effect");
        assertThat(own + others).isEqualTo(-164);
        assertThat(others).as("the others' rise").isNegative();
        assertThat(y2023.get("rank_if_others_static")).isEqualTo(154);
        assertThat((BigDecimal) y2023.get("cluster_median_delta")).as("the cluster moved up").isPositive();
        assertThat(rows("SELECT region_code FROM stats.ranking_mover WHERE year = 2023 AND direction = 'down' AND position = 1"))
                .extracting(r -> r.get("region_code")).containsExactly("35.20");
    }

    @Test
    void everyScenarioOfTheEstimateForBothYearsAndTheBestNeverBelowTheQualified() {
        List<Map<String, Object>> estimates = rows("SELECT year, scenario, index_estimate FROM stats.index_estimate WHERE region_code = '35.20' ORDER BY year, scenario");
        assertThat(estimates).extracting(r -> r.get("year"), r -> r.get("scenario")).containsExactly(
                tuple(2022, "all_reported"), tuple(2022, "best_subset"), tuple(2022, "qualified_only"),
                tuple(2023, "all_reported"), tuple(2023, "best_subset"), tuple(2023, "qualified_only"));
        for (int year : new int[] {2022, 2023}) {
            BigDecimal best = estimate(estimates, year, "best_subset");
            BigDecimal qualified = estimate(estimates, year, "qualified_only");
            BigDecimal all = estimate(estimates, year, "all_reported");
            assertThat(best).isGreaterThanOrEqualTo(qualified);
            // submitting everything would have cost: the innovations without evidence score 0 but count
            assertThat(all).isLessThan(qualified);
        }
    }

    private static BigDecimal estimate(List<Map<String, Object>> rows, int year, String scenario) {
        return (BigDecimal) rows.stream().filter(r -> r.get("year").equals(year) && r.get("scenario").equals(scenario))
                .findFirst().orElseThrow().get("index_estimate");
    }
}
