package id.inovasi.stats.ingest;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cell types of the input formats, as users write cells: pure code, no Spring, no database. */
class ValueTypesTest {

    private final ValueType.RowContext row = new ValueType.RowContext();

    @Test
    void decimalsTakeACommaOrADotAndNoThousandsSeparator() throws BadValue {
        assertThat(ValueTypes.decimal().clean("10,5", row)).isEqualTo("10.5");
        assertThat(ValueTypes.decimal().clean("62.5", row)).isEqualTo("62.5");
        assertThat(ValueTypes.decimal().clean("1.250", row)).isEqualTo("1.250");
        assertThat(ValueTypes.decimal().clean("-3", row)).isEqualTo("-3");
        assertThatThrownBy(() -> ValueTypes.decimal().clean("1.250,5", row))
                .isInstanceOf(BadValue.class).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> ValueTypes.decimal().clean("Rp 10", row)).satisfies(e -> assertThat(((BadValue) e).reason()).isEqualTo("bad_number"));
    }

    @Test
    void datesInTheThreeAcceptedFormsAreStoredIso() throws BadValue {
        assertThat(ValueTypes.date().clean("2023-03-01", row)).isEqualTo("2023-03-01");
        assertThat(ValueTypes.date().clean("01/03/2023", row)).isEqualTo("2023-03-01");
        assertThat(ValueTypes.date().clean("1-3-2023", row)).isEqualTo("2023-03-01");
        assertThat(ValueTypes.date().clean("2023-03-01 00:00:00", row)).isEqualTo("2023-03-01");
        assertThatThrownBy(() -> ValueTypes.date().clean("31-02-2023", row)).hasMessage("\"31-02-2023\" is not a calendar date");
        assertThatThrownBy(() -> ValueTypes.date().clean("March 1", row)).hasMessageContaining("write it as yyyy-MM-dd, dd/MM/yyyy or dd-MM-yyyy");
    }

    @Test
    void valuesTheDatabaseWouldRefuseAreRejectedHere() {
        assertThatThrownBy(() -> ValueTypes.date().clean("01/01/0000", row)).hasMessage("\"01/01/0000\" is not a calendar date (there is no year 0)");
        assertThatThrownBy(() -> ValueTypes.date().clean("0000-05-01", row)).hasMessageContaining("there is no year 0");
        String huge = "9".repeat(140_000);
        assertThatThrownBy(() -> ValueTypes.decimal().clean(huge, row)).hasMessageEndingWith("a number here has at most 30 digits")
                .satisfies(e -> assertThat(((BadValue) e).reason()).isEqualTo("out_of_range"));
        assertThatThrownBy(() -> ValueTypes.wholeNumber(0, 100_000).clean(huge, row)).isInstanceOf(BadValue.class);
    }

    @Test
    void regionCodesAreStoredDotted() throws BadValue {
        assertThat(ValueTypes.regionCode().clean("3520", row)).isEqualTo("35.20");
        assertThat(ValueTypes.regionCode().clean("35.20", row)).isEqualTo("35.20");
        assertThat(ValueTypes.regionCode().clean("35", row)).isEqualTo("35");
        assertThatThrownBy(() -> ValueTypes.regionCode().clean("35-20", row)).hasMessageContaining("is not a Kemendagri region code");
    }

    @Test
    void wholeNumbersAcceptATrailingZeroFractionOnly() throws BadValue {
        assertThat(ValueTypes.wholeNumber(0, 3).clean("3.0", row)).isEqualTo("3");
        assertThat(ValueTypes.wholeNumber(0, 100).clean("07", row)).isEqualTo("7");
        assertThatThrownBy(() -> ValueTypes.wholeNumber(0, 3).clean("2.5", row)).satisfies(e -> assertThat(((BadValue) e).reason()).isEqualTo("bad_number"));
        assertThatThrownBy(() -> ValueTypes.wholeNumber(0, 3).clean("4", row)).hasMessage("\"4\" is not from 0 to 3");
    }

    @Test
    void aYearOutsideTheRangeIsOutOfRangeAndAGoodOneIsRemembered() throws BadValue {
        ValueType year = ValueTypes.year(2015, 2027);
        assertThatThrownBy(() -> year.clean("2014", row)).hasMessage("\"2014\" is not a year from 2015 to 2027");
        assertThat(year.clean("2023", row)).isEqualTo("2023");
        assertThat(row.year).isEqualTo(2023);
    }

    @Test
    void aDecimalsMaximumMayDependOnTheRowsYear() throws BadValue {
        ValueType spd = ValueTypes.decimal(BigDecimal.ZERO, y -> BigDecimal.valueOf(63), " (the SPD maximum)");
        row.year = 2023;
        assertThat(spd.clean("41,5", row)).isEqualTo("41.5");
        assertThatThrownBy(() -> spd.clean("70", row)).hasMessage("\"70\" is not from 0 to 63 (the SPD maximum)");
    }

    @Test
    void enumeratedValuesTakeCodesAndThePortalsLabelsInAnyCase() throws BadValue {
        ValueType stage = ValueTypes.oneOf(ValueTypes.choice("inisiatif", "Inisiatif"),
                ValueTypes.choice("uji_coba", "Uji Coba"), ValueTypes.choice("penerapan", "Penerapan"));
        assertThat(stage.clean("Uji  Coba", row)).isEqualTo("uji_coba");
        assertThat(stage.clean("PENERAPAN", row)).isEqualTo("penerapan");
        assertThat(stage.clean("uji-coba", row)).isEqualTo("uji_coba");
        assertThatThrownBy(() -> stage.clean("implementasi", row)).hasMessage("\"implementasi\" is not one of inisiatif, uji_coba, penerapan");
    }

    @Test
    void longValuesAreShortenedInMessages() {
        assertThat(ValueTypes.quote("x".repeat(100))).hasSize(62).endsWith("...\"");
    }
}
