package id.inovasi.stats.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The index method restated for tests, with the default figures (divisor floor 10, count score
 * 0.38 up to 200, total maximum 250), so that a test recomputes a figure from the rules instead of
 * copying it from the output. Plain doubles: every comparison here is far from a rounding edge.
 */
public final class IndexRules {

    private IndexRules() {
    }

    /** SID of submitting {@code submitted} innovations whose qualifying ones have these maturities. */
    public static double sid(Collection<Integer> qualifyingMaturities, int submitted) {
        double sum = qualifyingMaturities.stream().mapToInt(Integer::intValue).sum();
        return sum / Math.max(10, submitted) + Math.min(qualifyingMaturities.size(), 200) * 0.38;
    }

    /** The best SID over every subset of a pool of qualifying innovations (the k most mature, k = 0..n). */
    public static double bestSid(Collection<Integer> pool) {
        List<Integer> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.reverseOrder());
        double best = sid(List.of(), 0);
        for (int k = 1; k <= sorted.size(); k++) {
            best = Math.max(best, sid(sorted.subList(0, k), k));
        }
        return best;
    }

    /** (SPD + SID) / 250 × 100, rounded half up to 2 decimals. */
    public static BigDecimal index(double spd, double sid) {
        return BigDecimal.valueOf((spd + sid) / 250 * 100).setScale(2, RoundingMode.HALF_UP);
    }

    /** What a difference of SID is worth in index points, rounded half up to 2 decimals. */
    public static BigDecimal points(double sidDifference) {
        return BigDecimal.valueOf(sidDifference / 250 * 100).setScale(2, RoundingMode.HALF_UP);
    }

    /** 1 + the other regions' scores strictly above the estimate. */
    public static int rank(BigDecimal estimate, Collection<BigDecimal> othersScores) {
        return 1 + (int) othersScores.stream().filter(s -> s.compareTo(estimate) > 0).count();
    }
}
