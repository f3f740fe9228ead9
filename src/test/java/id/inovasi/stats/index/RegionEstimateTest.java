package id.inovasi.stats.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's choices against the method restated by brute force, exactly: every size of every pool
 * is tried (no K0 shortcut), SIDs are compared as fractions and the estimate rounded half up to 2
 * decimals. Default figures: divisor floor 10, count score 0.38 up to 200, total maximum 250; an
 * SPD score of 40.
 */
class RegionEstimateTest {

    private static final IndexFormula DEFAULT = new IndexFormula(10, 200, new BigDecimal("0.38"), new BigDecimal("250"));
    private final RegionEstimate estimate = new RegionEstimate(DEFAULT);

    @Test
    void everyChoiceOfRandomRegionsIsTheBestThatTryingEverySizeFinds() {
        Random random = new Random(20231);
        for (int region = 0; region < 400; region++) {
            int n = region == 0 ? 0 : region < 390 ? random.nextInt(45) : 205 + random.nextInt(40);
            List<Verdict> verdicts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean qualified = random.nextInt(100) < 55;
                // few distinct maturities, so that ties in maturity and in gain are common
                verdicts.add(new Verdict(String.format("R%03d-%03d", region, i), qualified, qualified ? 0 : 1 + random.nextInt(3),
                        4 * random.nextInt(16)));
            }
            checkAgainstBruteForce(verdicts, random.nextInt(5) == 0);
        }
    }

    @Test
    void equalPublishedEstimatesTakeTheSmallerSubmission() {
        // fifteen of maturity 6: SID 90 / 15 + 15 x 0.38 = 11.7; a sixteenth of 0: 90 / 16 + 16 x 0.38 = 11.705,
        // a higher SID that publishes the same estimate: (40 + 11.7) x 0.4 = 20.68, (40 + 11.705) x 0.4 = 20.682
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            verdicts.add(new Verdict(String.format("A%02d", i), true, 0, 6));
        }
        verdicts.add(new Verdict("B", true, 0, 0));
        assertThat(higher(sid(90, 16), sid(90, 15))).isTrue();
        assertThat(published(sid(90, 16), true)).isEqualTo(published(sid(90, 15), true)).isEqualTo(2068);

        RegionEstimate.Submission best = submission(estimate.of(verdicts, true, 40, 1), "best_subset");
        assertThat(best.submitted()).isEqualTo(15);
        assertThat(best.innovationIds()).doesNotContain("B");
        // the ceiling chooses the same way among every reported one
        assertThat(submission(estimate.of(verdicts, true, 40, 1), "all_fixed").submitted()).isEqualTo(15);
    }

    @Test
    void fixesOfEqualGainGoFewestMissingElementsFirstThenById() {
        List<Verdict> verdicts = new ArrayList<>(List.of(
                new Verdict("X-b", false, 2, 0),    // ten of 40 submitted: one of maturity 0 more only lowers the SID (gain 0.00)
                new Verdict("X-a", false, 2, 0),
                new Verdict("X-c", false, 1, 0),
                new Verdict("Y", false, 3, 44)));   // the most mature: the largest gain, though it lacks most
        for (int i = 0; i < 10; i++) {
            verdicts.add(new Verdict("Q" + i, true, 0, 40));
        }
        RegionEstimate.Result result = estimate.of(sortedById(verdicts), true, 40, 1);
        assertThat(result.fixes()).extracting(f -> f.verdict().innovationId()).containsExactly("Y", "X-c", "X-a", "X-b");
        assertThat(result.fixes()).extracting(RegionEstimate.Fix::priority).containsExactly(1, 2, 3, 4);
        assertThat(result.fixes().get(1).gainHundredths()).isZero();
        assertThat(result.fixes().get(0).gainHundredths()).isPositive();
    }

    @Test
    void aRegionWithoutSpdComparesSubmissionsByTheirPublishedSid() {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            verdicts.add(new Verdict(String.format("I%02d", i), true, 0, 48 - 4 * i));
        }
        checkAgainstBruteForce(verdicts, false);
    }

    private void checkAgainstBruteForce(List<Verdict> unsorted, boolean withoutSpd) {
        List<Verdict> verdicts = sortedById(unsorted);
        RegionEstimate.Result result = withoutSpd ? estimate.of(verdicts, false, 0, 1) : estimate.of(verdicts, true, 40, 1);
        List<Verdict> ranked = new ArrayList<>(verdicts);
        ranked.sort(Comparator.comparingInt(Verdict::maturity).reversed().thenComparing(Verdict::innovationId));
        List<Verdict> qualifying = ranked.stream().filter(Verdict::qualified).toList();

        RegionEstimate.Submission qualifiedOnly = submission(result, "qualified_only");
        assertThat(qualifiedOnly.submitted()).isEqualTo(qualifying.size());
        assertThat(qualifiedOnly.innovationIds()).containsExactlyElementsOf(ids(qualifying, qualifying.size()));
        RegionEstimate.Submission allReported = submission(result, "all_reported");
        assertThat(allReported.submitted()).isEqualTo(verdicts.size());
        assertThat(allReported.qualifiedSubmitted()).isEqualTo(qualifying.size());
        assertThat(allReported.maturitySum()).isEqualTo(sum(qualifying, qualifying.size()));

        int best = bestPublished(qualifying, !withoutSpd);
        RegionEstimate.Submission bestSubset = submission(result, "best_subset");
        assertThat(bestSubset.submitted()).as("best_subset size").isEqualTo(best);
        assertThat(bestSubset.innovationIds()).containsExactlyElementsOf(ids(qualifying, best));
        int allFixed = bestPublished(ranked, !withoutSpd);
        RegionEstimate.Submission ceiling = submission(result, "all_fixed");
        assertThat(ceiling.submitted()).as("all_fixed size").isEqualTo(allFixed);
        assertThat(ceiling.maturitySum()).isEqualTo(sum(ranked, allFixed));

        BigInteger[] now = bestSid(maturities(qualifying));
        List<RegionEstimate.Fix> fixes = result.fixes();
        assertThat(fixes).hasSize(verdicts.size() - qualifying.size());
        for (RegionEstimate.Fix fix : fixes) {
            List<Integer> pool = maturities(qualifying);
            pool.add(fix.verdict().maturity());
            BigInteger[] fixed = bestSid(pool);
            assertThat(sid(fix.fixedSum(), fix.fixedSize())).as("best were %s to qualify", fix.verdict().innovationId())
                    .satisfies(s -> assertThat(same(s, fixed)).isTrue());
            assertThat(fix.gainHundredths()).isEqualTo(gain(fixed, now));
        }
        for (int i = 1; i < fixes.size(); i++) {
            RegionEstimate.Fix a = fixes.get(i - 1);
            RegionEstimate.Fix b = fixes.get(i);
            assertThat(a.gainHundredths() > b.gainHundredths()
                    || a.gainHundredths() == b.gainHundredths() && (a.verdict().failedElements() < b.verdict().failedElements()
                    || a.verdict().failedElements() == b.verdict().failedElements() && a.verdict().innovationId().compareTo(b.verdict().innovationId()) < 0))
                    .as("fix %d before fix %d", i, i + 1).isTrue();
        }
        List<RegionEstimate.Submission> steps = result.submissions().stream().filter(s -> s.scenario().equals("fixes")).toList();
        assertThat(steps).hasSize(Math.min(5, fixes.size()));
        List<Integer> pool = maturities(qualifying);
        for (RegionEstimate.Submission step : steps) {
            pool.add(fixes.get(step.step() - 1).verdict().maturity());
            assertThat(same(sid(step.maturitySum(), step.submitted()), bestSid(pool, 1))).as("step %d", step.step()).isTrue();
        }
    }

    // ---- the method restated: SID = sum / max(10, k) + min(k, 200) x 0.38, as the fraction num / den ----

    private static BigInteger[] sid(long sum, int k) {
        long divisor = Math.max(10, k);
        return new BigInteger[] {BigInteger.valueOf(sum * 100 + Math.min(k, 200) * 38L * divisor), BigInteger.valueOf(divisor * 100)};
    }

    private static boolean higher(BigInteger[] a, BigInteger[] b) {
        return a[0].multiply(b[1]).compareTo(b[0].multiply(a[1])) > 0;
    }

    private static boolean same(BigInteger[] a, BigInteger[] b) {
        return a[0].multiply(b[1]).equals(b[0].multiply(a[1]));
    }

    /** The published estimate in hundredths: (40 + SID) / 250 x 100 = (40 + SID) x 0.4; without SPD the SID. */
    private static long published(BigInteger[] sid, boolean withSpd) {
        BigDecimal value = new BigDecimal(sid[0]).divide(new BigDecimal(sid[1]), 40, RoundingMode.HALF_EVEN);
        BigDecimal figure = withSpd ? value.add(BigDecimal.valueOf(40)).multiply(new BigDecimal("0.4")) : value;
        return figure.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    private static long gain(BigInteger[] fixed, BigInteger[] now) {
        BigInteger num = fixed[0].multiply(now[1]).subtract(now[0].multiply(fixed[1]));
        BigDecimal difference = new BigDecimal(num).divide(new BigDecimal(fixed[1].multiply(now[1])), 40, RoundingMode.HALF_EVEN);
        return difference.multiply(new BigDecimal("0.4")).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    private static BigInteger[] bestSid(List<Integer> pool) {
        return bestSid(pool, 0);
    }

    /** The highest SID of the pool's k most mature, k = from..n. */
    private static BigInteger[] bestSid(List<Integer> pool, int from) {
        List<Integer> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.reverseOrder());
        BigInteger[] best = null;
        long sum = 0;
        for (int k = 0; k <= sorted.size(); k++) {
            if (k > 0) {
                sum += sorted.get(k - 1);
            }
            if (k >= from && (best == null || higher(sid(sum, k), best))) {
                best = sid(sum, k);
            }
        }
        return best;
    }

    /** The smallest size of the ranked pool whose submission publishes the highest estimate. */
    private static int bestPublished(List<Verdict> ranked, boolean withSpd) {
        long best = Long.MIN_VALUE;
        int size = 0;
        for (int k = 0; k <= ranked.size(); k++) {
            long figure = published(sid(sum(ranked, k), k), withSpd);
            if (figure > best) {
                best = figure;
                size = k;
            }
        }
        return size;
    }

    private static long sum(List<Verdict> ranked, int k) {
        return ranked.subList(0, k).stream().mapToLong(Verdict::maturity).sum();
    }

    private static List<Integer> maturities(List<Verdict> verdicts) {
        return new ArrayList<>(verdicts.stream().map(Verdict::maturity).toList());
    }

    private static List<String> ids(List<Verdict> ranked, int k) {
        return ranked.subList(0, k).stream().map(Verdict::innovationId).sorted().toList();
    }

    private static List<Verdict> sortedById(List<Verdict> verdicts) {
        return verdicts.stream().sorted(Comparator.comparing(Verdict::innovationId)).toList();
    }

    private static RegionEstimate.Submission submission(RegionEstimate.Result result, String scenario) {
        return result.submissions().stream().filter(s -> s.scenario().equals(scenario)).findFirst().orElseThrow();
    }
}
