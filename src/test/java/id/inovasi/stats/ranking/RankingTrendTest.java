package id.inovasi.stats.ranking;

import java.math.BigDecimal;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranks, percentiles, deltas, predicates and why a rank moved (docs/method.md), on hand-made national results. */
@PipelineTest
class RankingTrendTest extends PipelineTestSupport {

    private static final String HEADER = "year,region_code,region_name,cluster,score\n";

    @Test
    void ranksPercentilesDeltasAndTheDecompositionOfARankChange() {
        write("national/2022.csv", HEADER
                + "2022,71.01,Kota A,kota,70\n"
                + "2022,71.02,Kota B,kota,60\n"
                + "2022,71.03,Kota C,kota,60\n"
                + "2022,71.04,Kota D,kota,50\n");
        write("national/2023.csv", HEADER
                + "2023,71.01,Kota A,kota,55\n"
                + "2023,71.02,Kota B,kota,65\n"
                + "2023,71.03,Kota C,kota,40\n"
                + "2023,71.04,Kota D,kota,58\n"
                + "2023,71.05,Kota E,kota,62\n"
                + "2023,71.06,Kota Z,kota,0\n"
                + "2023,71,Provinsi P,provinsi,50\n");
        run();

        // 2022, computed: 70 -> 1; 60, 60 -> 2, 2 (ties share the lower number and leave a gap); 50 -> 4
        assertThat(trend(2022, "71.01")).containsEntry("rank", 1).containsEntry("ranked_count", 4).containsEntry("percentile", new BigDecimal("100.00"));
        assertThat(trend(2022, "71.02")).containsEntry("rank", 2).containsEntry("percentile", new BigDecimal("66.67"));   // 100*(4-2)/3
        assertThat(trend(2022, "71.03")).containsEntry("rank", 2);
        assertThat(trend(2022, "71.04")).containsEntry("rank", 4).containsEntry("percentile", new BigDecimal("0.00"));
        // median of 70, 60, 60, 50: the mean of the middle two = 60
        assertThat(trend(2022, "71.01")).containsEntry("cluster_median", new BigDecimal("60")).containsEntry("cluster_median_delta", null);

        // 2023: B 65 (1), E 62 (2), D 58 (3), A 55 (4), C 40 (5); Z scores 0: not ranked, not counted
        Map<String, Object> a = trend(2023, "71.01");
        assertThat(a).containsEntry("rank", 4).containsEntry("ranked_count", 5).containsEntry("prev_rank", 1)
                .containsEntry("rank_change", -3).containsEntry("score_delta", new BigDecimal("-15"))
                .containsEntry("prev_predicate", "sangat_inovatif").containsEntry("predicate", "inovatif")
                .containsEntry("predicate_change", "down")
                // median of 65, 62, 58, 55, 40 = 58; 58 - 60 = -2
                .containsEntry("cluster_median", new BigDecimal("58")).containsEntry("cluster_median_delta", new BigDecimal("-2"))
                // others' 2022 scores above A's 55: B 60 and C 60 -> rank 3 had nobody else moved
                .containsEntry("rank_if_others_static", 3)
                .containsEntry("own_effect", -2)       // 1 - 3
                .containsEntry("others_effect", -1)    // 3 - 4; -2 + -1 = -3
                .containsEntry("overtaken_by", 2);     // B and D: below A in 2022, above it in 2023 (E is new)
        Map<String, Object> d = trend(2023, "71.04");
        // others' 2022 scores above 58: A 70, B 60, C 60 -> 4; own 4 - 4 = 0; others 4 - 3 = +1
        assertThat(d).containsEntry("rank_change", 1).containsEntry("rank_if_others_static", 4).containsEntry("own_effect", 0)
                .containsEntry("others_effect", 1).containsEntry("overtaken_by", 0).containsEntry("predicate_change", "same");
        Map<String, Object> b = trend(2023, "71.02");
        assertThat(b).containsEntry("rank_change", 1).containsEntry("rank_if_others_static", 2).containsEntry("own_effect", 0)
                .containsEntry("others_effect", 1).containsEntry("predicate_change", "up");
        Map<String, Object> e = trend(2023, "71.05");
        assertThat(e).containsEntry("rank", 2).containsEntry("prev_score", null).containsEntry("prev_rank", null)
                .containsEntry("rank_change", null).containsEntry("predicate_change", null).containsEntry("rank_if_others_static", null)
                .containsEntry("own_effect", null).containsEntry("overtaken_by", null)
                .containsEntry("cluster_median_delta", new BigDecimal("-2"));      // set for a region new to the cluster too
        Map<String, Object> z = trend(2023, "71.06");
        assertThat(z).containsEntry("rank", null).containsEntry("percentile", null).containsEntry("predicate", "tidak_dapat_dinilai");
        // a cluster of one region: percentile 100
        assertThat(trend(2023, "71")).containsEntry("rank", 1).containsEntry("ranked_count", 1).containsEntry("percentile", new BigDecimal("100.00"));

        // movers: gains B +1 and D +1 (tie: by region code), losses A -3 and C -3
        assertThat(rows("SELECT direction, position, region_code, rank_change FROM stats.ranking_mover WHERE year = 2023 ORDER BY direction, position"))
                .extracting(r -> r.get("direction") + " " + r.get("position") + " " + r.get("region_code") + " " + r.get("rank_change"))
                .containsExactly("down 1 71.01 -3", "down 2 71.03 -3", "up 1 71.02 1", "up 2 71.04 1");
    }

    @Test
    void aScoreEqualToAnotherRegionsScoreLastYearDoesNotCountAsBelowIt() {
        write("national/2022.csv", HEADER
                + "2022,72.01,Kota X,kota,70\n"
                + "2022,72.02,Kota Y,kota,60\n"
                + "2022,72.03,Kota W,kota,60\n"
                + "2022,72.04,Kota V,kota,50\n");
        write("national/2023.csv", HEADER
                + "2023,72.01,Kota X,kota,60\n"
                + "2023,72.02,Kota Y,kota,65\n"
                + "2023,72.03,Kota W,kota,61\n"
                + "2023,72.04,Kota V,kota,60\n");
        run();

        // X now scores 60: last year nobody else scored above 60 (Y and W scored 60, level with it), so rank 1 had
        // nobody else moved; it is 3rd (Y 65, W 61 ahead; tied with V), so the others cost it 2 places
        assertThat(trend(2023, "72.01")).containsEntry("rank", 3).containsEntry("rank_if_others_static", 1)
                .containsEntry("own_effect", 0).containsEntry("others_effect", -2)
                // Y and W: below X in 2022, above it now; V is level with it, not above
                .containsEntry("overtaken_by", 2);
        // V now scores 60 too: X (70) scored above that last year, Y and W (60) did not
        assertThat(trend(2023, "72.04")).containsEntry("rank_if_others_static", 2);
    }

    @Test
    void theMedianOfAnEvenCountIsTheExactMeanOfTheMiddleTwo() {
        write("national/even.csv", HEADER
                + "2022,72.01,Kota A,kota,36.57\n"
                + "2022,72.02,Kota B,kota,36.58\n"
                + "2023,72.01,Kota A,kota,40.125\n"
                + "2023,72.02,Kota B,kota,36.58\n");
        run();
        assertThat((BigDecimal) trend(2022, "72.01").get("cluster_median")).isEqualTo(new BigDecimal("36.575"));
        assertThat((BigDecimal) trend(2023, "72.02").get("cluster_median")).isEqualTo(new BigDecimal("38.3525"));
        assertThat((BigDecimal) trend(2023, "72.02").get("cluster_median_delta")).isEqualTo(new BigDecimal("1.7775"));
    }

    @Test
    void predicatesAtTheThresholdEdgesOf2023And2025() {
        // 2023 (iid-2021.1 figures): above 60.00 sangat; 35.00-60.00 inovatif; 0.01-34.99 kurang; 0 tidak dapat dinilai.
        // 2025: above 65.00 sangat. Scores are rounded half up to 2 decimals first.
        write("national/edges.csv", HEADER
                + "2023,11.01,A,kabupaten,60.01\n"
                + "2023,11.02,B,kabupaten,60.00\n"
                + "2023,11.03,C,kabupaten,60.004\n"
                + "2023,11.04,D,kabupaten,60.005\n"
                + "2023,11.05,E,kabupaten,35.00\n"
                + "2023,11.06,F,kabupaten,34.995\n"
                + "2023,11.07,G,kabupaten,34.99\n"
                + "2023,11.08,H,kabupaten,0.01\n"
                + "2023,11.09,I,kabupaten,0.004\n"
                + "2023,11.10,J,kabupaten,0\n"
                + "2025,11.01,A,kabupaten,65.01\n"
                + "2025,11.02,B,kabupaten,65.00\n"
                + "2025,11.03,C,kabupaten,60.50\n"
                + "2025,11.04,D,kabupaten,35.00\n");
        run();
        assertThat(rows("SELECT year, region_code, predicate FROM stats.ranking_trend ORDER BY year, region_code"))
                .extracting(r -> r.get("year") + " " + r.get("region_code") + " " + r.get("predicate"))
                .containsExactly(
                        "2023 11.01 sangat_inovatif", "2023 11.02 inovatif", "2023 11.03 inovatif", "2023 11.04 sangat_inovatif",
                        "2023 11.05 inovatif", "2023 11.06 inovatif", "2023 11.07 kurang_inovatif", "2023 11.08 kurang_inovatif",
                        "2023 11.09 tidak_dapat_dinilai", "2023 11.10 tidak_dapat_dinilai",
                        "2025 11.01 sangat_inovatif", "2025 11.02 inovatif", "2025 11.03 inovatif", "2025 11.04 inovatif");
    }

    @Test
    void officialRanksAreUsedWhenEveryRankedRowHasOne() {
        write("national/official.csv", "year,region_code,region_name,cluster,score,rank\n"
                + "2023,11.01,A,kabupaten,50,2\n"
                + "2023,11.02,B,kabupaten,50,1\n"
                + "2023,11.03,C,kabupaten,40,3\n");
        write("national/partly.csv", "year,region_code,region_name,cluster,score,rank\n"
                + "2023,12,P,provinsi,50,7\n"
                + "2023,13,Q,provinsi,60,\n");
        run();
        assertThat(rows("SELECT region_code, rank FROM stats.ranking_trend ORDER BY region_code"))
                .extracting(r -> r.get("region_code") + " " + r.get("rank"))
                // official ranks break the score tie; in provinsi one rank is missing, so all are computed
                .containsExactly("11.01 2", "11.02 1", "11.03 3", "12 2", "13 1");
    }

    private Map<String, Object> trend(int year, String region) {
        return row("SELECT * FROM stats.ranking_trend WHERE year = " + year + " AND region_code = '" + region + "'");
    }
}
