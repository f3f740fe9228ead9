package id.inovasi.stats.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The choices of one region's estimate (docs/method.md), made from its verdicts: the innovations of
 * each scenario's submission, what fixing each failing innovation would add and in which order to
 * fix them, and the best submission after each of the first five fixes. The best submission of a
 * pool of size k is its k most mature (ties by id), so a best choice compares the sizes 0..K0
 * ({@link IndexFormula#largestUsefulSize}); equal published estimates take the smaller set.
 * <p>
 * The verdicts come in innovation id order (PostgreSQL's "C" collation, the key order they are
 * read in): ties by id, and a submission's list of ids, follow that order.
 */
final class RegionEstimate {

    /** Fix steps reported: the best submission after fixing the first 1..5 priorities. */
    static final int FIX_STEPS = 5;

    /**
     * A submission: one of the four scenarios (step 0), or {@code fixes} at a step, whose
     * innovations are not listed ({@code innovationIds} null). It submits {@code submitted}
     * innovations of total maturity {@code maturitySum}, {@code qualifiedSubmitted} of them qualifying.
     */
    record Submission(String scenario, int step, int submitted, int qualifiedSubmitted, long maturitySum, List<String> innovationIds) {
    }

    /**
     * A failing innovation: the best submission were it to qualify ({@code fixedSize} innovations of
     * total maturity {@code fixedSum}, all qualifying), the best now ({@code nowSize},
     * {@code nowSum}), what that adds to the published index in hundredths of a point, and its place
     * in the order of fixes (1 first: gains most, then fewer missing elements, then by id).
     */
    record Fix(Verdict verdict, long fixedSum, int fixedSize, long nowSum, int nowSize, long gainHundredths, int priority) {
    }

    record Result(List<Submission> submissions, List<Fix> fixes) {
    }

    /** Gains below 2^26 hundredths of a point (an index runs to 100 points): what a packed sort key holds. */
    private static final long LARGEST_GAIN = 1L << 26;

    private final IndexFormula formula;
    private final int k0;

    RegionEstimate(IndexFormula formula) {
        this.formula = formula;
        this.k0 = formula.largestUsefulSize();
    }

    /**
     * The region's choices. {@code spdUnits / spdUnit} is its SPD score ({@code hasSpd} false
     * without one: its submissions are then compared by their published SID).
     */
    Result of(List<Verdict> verdicts, boolean hasSpd, long spdUnits, long spdUnit) {
        int n = verdicts.size();
        // most mature first, ties in id order: the sort of (maturity descending, place in id order)
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) Integer.MAX_VALUE - verdicts.get(i).maturity()) << 32 | i;
        }
        Arrays.sort(keys);
        int[] ranked = new int[n];
        int q = 0;
        for (int r = 0; r < n; r++) {
            ranked[r] = (int) keys[r];
            if (verdicts.get(ranked[r]).qualified()) {
                q++;
            }
        }
        int[] qualifying = new int[q];
        long[] qualifyingSums = new long[q + 1];
        long[] allSums = new long[n + 1];
        for (int r = 0, k = 0; r < n; r++) {
            Verdict v = verdicts.get(ranked[r]);
            allSums[r + 1] = allSums[r] + v.maturity();
            if (v.qualified()) {
                qualifying[k] = ranked[r];
                qualifyingSums[k + 1] = qualifyingSums[k] + v.maturity();
                k++;
            }
        }
        // the best SID of the qualifying up to each size (sizes beyond K0 never raise it)
        int limit = Math.min(q, k0);
        int[] bestUpTo = new int[limit + 1];
        for (int k = 1; k <= limit; k++) {
            int b = bestUpTo[k - 1];
            bestUpTo[k] = higher(qualifyingSums[k], k, qualifyingSums[b], b) ? k : b;
        }
        List<Fix> fixes = fixes(verdicts, ranked, qualifying, qualifyingSums, bestUpTo);

        List<Submission> submissions = new ArrayList<>(4 + FIX_STEPS);
        submissions.add(new Submission("qualified_only", 0, q, q, qualifyingSums[q], ids(verdicts, qualifying, q)));
        submissions.add(new Submission("all_reported", 0, n, q, qualifyingSums[q], ids(verdicts, ranked, n)));
        int best = bestSize(qualifyingSums, limit, hasSpd, spdUnits, spdUnit);
        submissions.add(new Submission("best_subset", 0, best, best, qualifyingSums[best], ids(verdicts, qualifying, best)));
        int allFixed = bestSize(allSums, Math.min(n, k0), hasSpd, spdUnits, spdUnit);
        submissions.add(new Submission("all_fixed", 0, allFixed, allFixed, allSums[allFixed], ids(verdicts, ranked, allFixed)));
        int[] maturities = new int[q + Math.min(FIX_STEPS, fixes.size())];
        for (int k = 0; k < q; k++) {
            maturities[k] = verdicts.get(qualifying[k]).maturity();
        }
        for (int step = 1; step <= Math.min(FIX_STEPS, fixes.size()); step++) {
            maturities[q + step - 1] = fixes.get(step - 1).verdict().maturity();
            submissions.add(bestAfterFixing(maturities, q + step, step));
        }
        return new Result(submissions, fixes);
    }

    /**
     * Were a failing innovation of maturity m to qualify, the k most mature of the new pool would be
     * the p qualifying at least as mature, then it and the rest: its best SID is the better of the
     * best of up to p qualifying and the best of P(j) + m with j + 1 submitted, j = p..min(q, K0 - 1).
     * That depends on m alone, so it is worked out once per maturity. Then the fixes in their order.
     */
    private List<Fix> fixes(List<Verdict> verdicts, int[] ranked, int[] qualifying, long[] qualifyingSums, int[] bestUpTo) {
        int q = qualifying.length;
        int nowSize = bestUpTo[bestUpTo.length - 1];
        long nowSum = qualifyingSums[nowSize];
        long nowN = formula.numerator(nowSum, nowSize);
        long nowD = formula.denominator(nowSize);
        List<Fix> found = new ArrayList<>();
        int[] places = new int[ranked.length - q];   // each fix's place in id order
        int p = 0;
        int level = -1;
        long fixedSum = 0;
        int fixedSize = 0;
        long gain = 0;
        for (int index : ranked) {
            Verdict v = verdicts.get(index);
            if (v.qualified()) {
                continue;
            }
            if (found.isEmpty() || v.maturity() != level) {
                level = v.maturity();
                while (p < q && verdicts.get(qualifying[p]).maturity() >= level) {
                    p++;
                }
                fixedSize = bestUpTo[Math.min(p, bestUpTo.length - 1)];
                fixedSum = qualifyingSums[fixedSize];
                for (int j = p; j <= Math.min(q, k0 - 1); j++) {
                    if (higher(qualifyingSums[j] + level, j + 1, fixedSum, fixedSize)) {
                        fixedSum = qualifyingSums[j] + level;
                        fixedSize = j + 1;
                    }
                }
                gain = formula.gainHundredths(formula.numerator(fixedSum, fixedSize), formula.denominator(fixedSize), nowN, nowD);
            }
            places[found.size()] = index;
            found.add(new Fix(v, fixedSum, fixedSize, nowSum, nowSize, gain, 0));
        }
        // gains most first, then fewer missing elements, then in id order: one sort of packed keys
        long[] order = new long[found.size()];
        for (int i = 0; i < order.length; i++) {
            Fix f = found.get(i);
            if (f.gainHundredths() < 0 || f.gainHundredths() >= LARGEST_GAIN || f.verdict().failedElements() > 15) {
                throw new IllegalStateException("a fix gain of " + f.gainHundredths() + " hundredths with " + f.verdict().failedElements()
                        + " elements missing is outside what the order of fixes holds");
            }
            order[i] = ((LARGEST_GAIN - 1 - f.gainHundredths()) << 36) | ((long) f.verdict().failedElements() << 32) | places[i];
        }
        Arrays.sort(order);
        int[] fixAt = new int[ranked.length];
        for (int i = 0; i < places.length; i++) {
            fixAt[places[i]] = i;
        }
        List<Fix> fixes = new ArrayList<>(found.size());
        for (long key : order) {
            Fix f = found.get(fixAt[(int) key]);
            fixes.add(new Fix(f.verdict(), f.fixedSum(), f.fixedSize(), f.nowSum(), f.nowSize(), f.gainHundredths(), fixes.size() + 1));
        }
        return fixes;
    }

    /** The best submission of the qualifying with the first {@code step} fixes made, of sizes 1..K0 (the empty set never beats one). */
    private Submission bestAfterFixing(int[] maturities, int size, int step) {
        int[] pool = Arrays.copyOf(maturities, size);
        Arrays.sort(pool);
        long sum = 0;
        long bestSum = 0;
        int bestSize = 0;
        for (int k = 1; k <= Math.min(size, k0); k++) {
            sum += pool[size - k];
            if (bestSize == 0 || higher(sum, k, bestSum, bestSize)) {
                bestSum = sum;
                bestSize = k;
            }
        }
        return new Submission("fixes", step, bestSize, bestSize, bestSum, null);
    }

    /**
     * The size 0..limit of the pool's best submission (its most mature first): the highest published
     * estimate (the published SID without an SPD score), the smallest size of those that publish it.
     */
    private int bestSize(long[] sums, int limit, boolean hasSpd, long spdUnits, long spdUnit) {
        int highest = 0;
        for (int k = 1; k <= limit; k++) {
            if (higher(sums[k], k, sums[highest], highest)) {
                highest = k;
            }
        }
        long published = formula.publishedHundredths(hasSpd, spdUnits, spdUnit, formula.numerator(sums[highest], highest), formula.denominator(highest));
        for (int k = 0; k < highest; k++) {
            if (formula.publishedHundredths(hasSpd, spdUnits, spdUnit, formula.numerator(sums[k], k), formula.denominator(k)) == published) {
                return k;
            }
        }
        return highest;
    }

    private boolean higher(long sum, int size, long otherSum, int otherSize) {
        return IndexFormula.higher(formula.numerator(sum, size), formula.denominator(size),
                formula.numerator(otherSum, otherSize), formula.denominator(otherSize));
    }

    /** The ids of the pool's first {@code size} (places in id order), in id order, as a submission lists them. */
    private static List<String> ids(List<Verdict> verdicts, int[] pool, int size) {
        int[] chosen = Arrays.copyOf(pool, size);
        Arrays.sort(chosen);
        List<String> ids = new ArrayList<>(size);
        for (int index : chosen) {
            ids.add(verdicts.get(index).innovationId());
        }
        return ids;
    }
}
