package id.inovasi.stats.story;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.IndexRules;
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
 * standard; its rank fell from 54 (2022) to 218 of 413 because others rose faster. The tables
 * also say what to fix first, where each submission would rank, and which OPD is silent.
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
                tuple(2022, "all_fixed"), tuple(2022, "all_reported"), tuple(2022, "best_subset"), tuple(2022, "qualified_only"),
                tuple(2023, "all_fixed"), tuple(2023, "all_reported"), tuple(2023, "best_subset"), tuple(2023, "qualified_only"));
        for (int year : new int[] {2022, 2023}) {
            BigDecimal best = estimate(estimates, year, "best_subset");
            BigDecimal qualified = estimate(estimates, year, "qualified_only");
            BigDecimal all = estimate(estimates, year, "all_reported");
            assertThat(best).isGreaterThanOrEqualTo(qualified);
            // submitting everything would have cost: the innovations without evidence score 0 but count
            assertThat(all).isLessThan(qualified);
            assertThat(estimate(estimates, year, "all_fixed")).as("the ceiling").isGreaterThanOrEqualTo(best);
        }
    }

    /**
     * What to fix first, where Magetan would rank, and who is silent in 2023: each figure worked out
     * here from the rules (IndexRules) and the loaded inputs, then found in the tables.
     */
    @Test
    void whatToFixFirstWhereItWouldRankAndWhoIsSilent() {
        List<Map<String, Object>> assessed = rows("SELECT innovation_id, qualified, maturity_score, failed_elements FROM stats.innovation_assessment "
                + "WHERE year = 2023 AND region_code = '35.20'");
        List<Integer> qualifying = assessed.stream().filter(r -> (Boolean) r.get("qualified")).map(r -> (Integer) r.get("maturity_score")).toList();
        double spd = ((BigDecimal) row("SELECT spd_score FROM stats.region_capacity WHERE year = 2023 AND region_code = '35.20'")
                .get("spd_score")).doubleValue();
        double now = IndexRules.bestSid(qualifying);

        // the top fix: the failing innovation whose fix adds most to the best estimate (fewer failing elements, then id, on ties)
        Map<String, Object> top = assessed.stream().filter(r -> !(Boolean) r.get("qualified"))
                .min(java.util.Comparator.<Map<String, Object>, BigDecimal>comparing(r -> gain(qualifying, now, r)).reversed()
                        .thenComparing(r -> ((List<?>) r.get("failed_elements")).size())
                        .thenComparing(r -> (String) r.get("innovation_id")))
                .orElseThrow();
        Map<String, Object> first = row("SELECT innovation_id, fix_gain, opd_name FROM stats.fix_priority WHERE year = 2023 AND region_code = '35.20' AND priority = 1");
        assertThat(first).containsEntry("innovation_id", top.get("innovation_id")).containsEntry("fix_gain", gain(qualifying, now, top));
        assertThat(first).containsEntry("innovation_id", "MGT-DINKES-06").containsEntry("opd_name", "Dinas Kesehatan");
        assertThat((BigDecimal) first.get("fix_gain")).isPositive();

        // each scenario's estimated rank, against the 412 other kabupaten of 2023 (official scores loaded for that year)
        List<BigDecimal> others = rows("SELECT score FROM stats.national_result WHERE year = 2023 AND cluster = 'kabupaten' AND score > 0 "
                + "AND region_code <> '35.20'").stream().map(r -> (BigDecimal) r.get("score")).toList();
        assertThat(others).hasSize(412);
        List<Integer> everyone = assessed.stream().map(r -> (Integer) r.get("maturity_score")).toList();
        Map<String, BigDecimal> expected = Map.of(
                "qualified_only", IndexRules.index(spd, IndexRules.sid(qualifying, qualifying.size())),
                "all_reported", IndexRules.index(spd, IndexRules.sid(qualifying, assessed.size())),
                "best_subset", IndexRules.index(spd, now),
                "all_fixed", IndexRules.index(spd, IndexRules.bestSid(everyone)));
        expected.forEach((scenario, estimate) -> assertThat(row("SELECT index_estimate, estimated_rank, estimated_ranked_count, estimated_rank_basis "
                + "FROM stats.index_estimate WHERE year = 2023 AND region_code = '35.20' AND scenario = '" + scenario + "'"))
                .as(scenario).containsEntry("index_estimate", estimate).containsEntry("estimated_rank", IndexRules.rank(estimate, others))
                .containsEntry("estimated_ranked_count", 413).containsEntry("estimated_rank_basis", "same_year"));
        // with the evidence of every innovation, Magetan would rank above where it stands, and above its actual 218
        assertThat((Integer) row("SELECT estimated_rank FROM stats.index_estimate WHERE year = 2023 AND region_code = '35.20' AND scenario = 'all_fixed'")
                .get("estimated_rank")).isLessThan(IndexRules.rank(expected.get("best_subset"), others)).isLessThan(218);

        // who is silent: the roster's OPDs of 2023 that reported nothing
        List<String> silent = rows("SELECT opd_code FROM stats.opd_roster r WHERE region_code = '35.20' AND coalesce(from_year, 2023) <= 2023 "
                + "AND coalesce(to_year, 2023) >= 2023 AND NOT EXISTS (SELECT 1 FROM stats.innovation i WHERE i.year = 2023 "
                + "AND i.region_code = r.region_code AND i.opd_code = r.opd_code)").stream().map(r -> (String) r.get("opd_code")).toList();
        assertThat(silent).containsExactly("1.03.01");
        assertThat(rows("SELECT opd_code, opd_name FROM stats.opd_coverage WHERE year = 2023 AND region_code = '35.20' AND status = 'silent'"))
                .extracting(r -> r.get("opd_code"), r -> r.get("opd_name")).containsExactly(tuple("1.03.01", "Dinas Pekerjaan Umum dan Penataan Ruang"));
        long expectedOpds = count("SELECT count(*) FROM stats.opd_roster WHERE region_code = '35.20' AND coalesce(from_year, 2023) <= 2023");
        long withQualifying = count("SELECT count(*) FROM stats.opd_roster r WHERE region_code = '35.20' AND coalesce(from_year, 2023) <= 2023 "
                + "AND EXISTS (SELECT 1 FROM stats.innovation_assessment a WHERE a.year = 2023 AND a.region_code = r.region_code "
                + "AND a.opd_code = r.opd_code AND a.qualified)");
        assertThat(row("SELECT opds_expected, opds_silent, opd_coverage_share FROM stats.region_year_summary WHERE year = 2023 AND region_code = '35.20'"))
                .containsEntry("opds_expected", (int) expectedOpds).containsEntry("opds_silent", 1)
                .containsEntry("opd_coverage_share", BigDecimal.valueOf(withQualifying).divide(BigDecimal.valueOf(expectedOpds), 4, java.math.RoundingMode.HALF_UP));
    }

    private static BigDecimal gain(List<Integer> qualifying, double now, Map<String, Object> failing) {
        List<Integer> fixed = new java.util.ArrayList<>(qualifying);
        fixed.add((Integer) failing.get("maturity_score"));
        return IndexRules.points(IndexRules.bestSid(fixed) - now);
    }

    private static BigDecimal estimate(List<Map<String, Object>> rows, int year, String scenario) {
        return (BigDecimal) rows.stream().filter(r -> r.get("year").equals(year) && r.get("scenario").equals(scenario))
                .findFirst().orElseThrow().get("index_estimate");
    }
}
