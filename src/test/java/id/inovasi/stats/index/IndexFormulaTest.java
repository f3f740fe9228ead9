package id.inovasi.stats.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The index figures as exact fractions: rounding on the half, and figures too large for a long. */
class IndexFormulaTest {

    private final IndexFormula formula = new IndexFormula(10, 200, new BigDecimal("0.38"), new BigDecimal("250"));

    @Test
    void aFigureExactlyOnTheHalfRoundsAwayFromZeroAsPostgresqlDoes() {
        // 2 / 16 + 16 x 0.38 = 6.205: published SID 6.21
        long n = formula.numerator(2, 16);
        long d = formula.denominator(16);
        assertThat(formula.publishedHundredths(false, 0, 1, n, d)).isEqualTo(621);
        // with an SPD of 0.0075: (0.0075 + 6.205) x 100 / 250 = 2.485 -> 2.49
        assertThat(formula.publishedHundredths(true, 75, 10_000, n, d)).isEqualTo(249);
        // 1 / 16 + 6.08 = 6.1425 -> 6.14
        assertThat(formula.publishedHundredths(false, 0, 1, formula.numerator(1, 16), d)).isEqualTo(614);
    }

    @Test
    void aGainIsTheDifferenceOfTwoSidsInIndexPointsRoundedOnce() {
        // from 10 x 20 (SID 23.8) to 10 x 20 + 16 over 11 (SID 23.81636...): 0.01636 x 0.4 = 0.00654 -> 0.01
        long gain = formula.gainHundredths(formula.numerator(216, 11), formula.denominator(11), formula.numerator(200, 10), formula.denominator(10));
        assertThat(gain).isEqualTo(1);
        assertThat(formula.gainHundredths(formula.numerator(200, 10), formula.denominator(10), formula.numerator(200, 10), formula.denominator(10)))
                .isZero();
    }

    @Test
    void sizesBelowTheDivisorFloorDivideByTheFloorAndTheCountScoreStopsAtItsCap() {
        assertThat(IndexFormula.higher(formula.numerator(30, 3), formula.denominator(3), formula.numerator(30, 2), formula.denominator(2)))
                .as("below the floor one more of maturity 0 still adds 0.38").isTrue();
        assertThat(IndexFormula.higher(formula.numerator(2010, 201), formula.denominator(201), formula.numerator(2000, 200), formula.denominator(200)))
                .as("past the cap one more of the mean adds nothing").isFalse();
        assertThat(formula.largestUsefulSize()).isEqualTo(200);
    }

    @Test
    void figuresWhoseProductsPassWhatALongHoldsAreWorkedOutExactly() {
        // six decimals of factor and an SPD of four: (spd + SID) x 100 x 10 / (spd unit x d x 2505) passes 2^63
        IndexFormula fine = new IndexFormula(10, 200, new BigDecimal("0.380001"), new BigDecimal("250.5"));
        long n = fine.numerator(9_999_999, 199);
        long d = fine.denominator(199);
        BigDecimal sid = new BigDecimal("9999999").divide(new BigDecimal("199"), 40, RoundingMode.HALF_EVEN)
                .add(new BigDecimal("0.380001").multiply(new BigDecimal("199")));
        BigDecimal index = new BigDecimal("12.3456").add(sid).multiply(new BigDecimal("100")).divide(new BigDecimal("250.5"), 40, RoundingMode.HALF_EVEN)
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(fine.publishedHundredths(true, 123_456, 10_000, n, d)).isEqualTo(index.unscaledValue().longValueExact());
        assertThat(fine.gainHundredths(n, d, fine.numerator(0, 0), fine.denominator(0)))
                .isEqualTo(sid.multiply(new BigDecimal("100")).divide(new BigDecimal("250.5"), 40, RoundingMode.HALF_EVEN)
                        .setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact());
        assertThat(IndexFormula.higher(Long.MAX_VALUE / 2, 3, Long.MAX_VALUE / 2 - 1, 3)).isTrue();
    }
}
