package id.inovasi.stats.index;

import java.math.BigDecimal;
import java.math.BigInteger;

import id.inovasi.stats.method.MethodProperties;

/**
 * The year's index figures as the estimate compares submissions with them (docs/method.md):
 * SID = maturity / max(divisor floor, n) + min(q, count-score cap) x factor, index = (SPD + SID) /
 * total maximum x 100, published to 2 decimals, half away from zero as PostgreSQL rounds. A SID is
 * kept as an exact fraction ({@link #numerator} / {@link #denominator}, from the figures' decimals),
 * so that comparing two submissions, or rounding one, never depends on where a decimal was cut.
 * The published figures themselves are worked out by the database ({@code stats.sid_score},
 * {@code stats.index_of}) from the submissions chosen with this class.
 */
final class IndexFormula {

    private final int divisorFloor;
    private final int countScoreCap;
    /** The factor as factorUnits / unit, the total maximum as totalUnits / totalUnit. */
    private final long factorUnits;
    private final long unit;
    private final long totalUnits;
    private final long totalUnit;

    IndexFormula(int divisorFloor, int countScoreCap, BigDecimal countScoreFactor, BigDecimal totalMaximum) {
        this.divisorFloor = divisorFloor;
        this.countScoreCap = countScoreCap;
        this.factorUnits = units(countScoreFactor);
        this.unit = unit(countScoreFactor);
        this.totalUnits = units(totalMaximum);
        this.totalUnit = unit(totalMaximum);
    }

    /** A decimal as a whole number of its smallest units: 0.38 is 38 (of a unit of 100). */
    static long units(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0).longValueExact() : value.unscaledValue().longValueExact();
    }

    /** What one of a decimal's smallest units is worth the inverse of: 100 for 0.38, 1 for 250. */
    static long unit(BigDecimal value) {
        return value.scale() < 0 ? 1 : BigDecimal.ONE.movePointRight(value.scale()).longValueExact();
    }

    static IndexFormula of(MethodProperties.Index index) {
        return new IndexFormula(index.divisorFloor(), index.countScoreCap(), index.countScoreFactor(), index.totalMaximum());
    }

    /**
     * K0: no submission larger than this is ever better. From it on the divisor is the submission's
     * size and the count score is capped, so each further (less or equally mature) innovation can only
     * lower the mean.
     */
    int largestUsefulSize() {
        return Math.max(divisorFloor, countScoreCap);
    }

    /** The SID of {@code size} qualifying innovations of total maturity {@code sum}: its numerator... */
    long numerator(long sum, int size) {
        long divisor = Math.max(divisorFloor, size);
        return Math.addExact(Math.multiplyExact(sum, unit), Math.multiplyExact(Math.min(size, countScoreCap) * factorUnits, divisor));
    }

    /** ...over this denominator. */
    long denominator(int size) {
        return Math.multiplyExact((long) Math.max(divisorFloor, size), unit);
    }

    /** Whether the SID a / b is higher than c / d. */
    static boolean higher(long a, long b, long c, long d) {
        if ((a | b | c | d) >>> 31 == 0) {
            return a * d > c * b;   // every part below 2^31: the products fit
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(d)).compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b))) > 0;
    }

    /**
     * The published index of the SID n / d, in hundredths of a point, with the SPD score
     * spdUnits / spdUnit; without an SPD score (the estimate unknown) the published SID.
     */
    long publishedHundredths(boolean hasSpd, long spdUnits, long spdUnit, long n, long d) {
        try {
            if (!hasSpd) {
                return rounded(Math.multiplyExact(n, 100), d);
            }
            // (spd + n/d) x 100 / total = (spdUnits x d + n x spdUnit) x 100 x totalUnit / (spdUnit x d x totalUnits)
            long p = Math.multiplyExact(Math.addExact(Math.multiplyExact(spdUnits, d), Math.multiplyExact(n, spdUnit)), 10_000 * totalUnit);
            return rounded(p, Math.multiplyExact(Math.multiplyExact(spdUnit, d), totalUnits));
        } catch (ArithmeticException tooLarge) {
            if (!hasSpd) {
                return rounded(big(n).multiply(big(100)), big(d));
            }
            return rounded(big(spdUnits).multiply(big(d)).add(big(n).multiply(big(spdUnit))).multiply(big(10_000 * totalUnit)),
                    big(spdUnit).multiply(big(d)).multiply(big(totalUnits)));
        }
    }

    /** What moving from the SID nNow / dNow to nFixed / dFixed adds to the index, in hundredths of a point. */
    long gainHundredths(long nFixed, long dFixed, long nNow, long dNow) {
        try {
            long p = Math.multiplyExact(Math.subtractExact(Math.multiplyExact(nFixed, dNow), Math.multiplyExact(nNow, dFixed)), 10_000 * totalUnit);
            return rounded(p, Math.multiplyExact(Math.multiplyExact(dFixed, dNow), totalUnits));
        } catch (ArithmeticException tooLarge) {
            return rounded(big(nFixed).multiply(big(dNow)).subtract(big(nNow).multiply(big(dFixed))).multiply(big(10_000 * totalUnit)),
                    big(dFixed).multiply(big(dNow)).multiply(big(totalUnits)));
        }
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    /** p / q rounded to a whole number, half away from zero (q > 0). */
    private static long rounded(long p, long q) {
        long whole = Math.addExact(Math.multiplyExact(Math.abs(p), 2), q) / Math.multiplyExact(q, 2);
        return p < 0 ? -whole : whole;
    }

    private static long rounded(BigInteger p, BigInteger q) {
        long whole = p.abs().shiftLeft(1).add(q).divide(q.shiftLeft(1)).longValueExact();
        return p.signum() < 0 ? -whole : whole;
    }
}
