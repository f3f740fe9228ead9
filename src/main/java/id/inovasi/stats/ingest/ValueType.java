package id.inovasi.stats.ingest;

/** Checks one trimmed, non-empty cell and returns its canonical text, as written to the table. */
@FunctionalInterface
interface ValueType {

    String clean(String value, RowContext row) throws BadValue;

    /** What the column accepts, as the OPD template shows it; free text unless said otherwise. */
    default ValueShape shape() {
        return new ValueShape.Text(ValueTypes.MAX_TEXT);
    }

    /** What is known of the row while its cells are checked, left to right. */
    final class RowContext {
        Integer year;

        void reset() {
            year = null;
        }
    }
}
