package id.inovasi.stats.ingest;

import java.util.List;

/**
 * What a column accepts, as a person filling a spreadsheet needs to know it: the OPD template
 * (jobs/template) turns it into a drop-down list, a number or date validation and a cell format.
 * The checking itself is the column's {@link ValueType}; this only describes it.
 */
public sealed interface ValueShape {

    /** Free text of at most {@code maxLength} characters. */
    record Text(int maxLength) implements ValueShape {
    }

    /** A Kemendagri region code ({@code 35.20}): text, never a number (Excel would drop the trailing 0). */
    record RegionCode() implements ValueShape {
    }

    /** A whole number from {@code min} to {@code max}. */
    record WholeNumber(int min, int max) implements ValueShape {
    }

    /** A decimal number, at least {@code min} where there is one. */
    record Decimal(java.math.BigDecimal min) implements ValueShape {
    }

    /** A calendar date. */
    record DateValue() implements ValueShape {
    }

    /** One of a list of values; {@code labels} are what the national portal shows, each also accepted. */
    record Choices(List<Choice> choices) implements ValueShape {

        public List<String> labels() {
            return choices.stream().map(Choice::label).toList();
        }
    }

    /** An enumerated value: its code, as stored, and the label people know it by. */
    record Choice(String code, String label) {
    }
}
