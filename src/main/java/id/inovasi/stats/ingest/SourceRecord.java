package id.inovasi.stats.ingest;

/**
 * One record of an input file, whatever its format: a CSV record or a workbook row. Its values in
 * the order of its header, and where it is, as its author would find it.
 */
interface SourceRecord {

    /** The line a CSV record starts on; a workbook row's number as the spreadsheet shows it. */
    long line();

    /** The sheet of a workbook row; {@code null} for a CSV record. */
    String sheet();

    int size();

    String get(int i);

    /** The line a CSV record ends on (after line breaks inside quotes); a workbook row's own number. */
    default long lastLine() {
        return line();
    }

    /** A CSV quote opened in this record is never closed (it ran to the end of the file). */
    default boolean openQuote() {
        return false;
    }

    /** {@code line 5} for a CSV record, {@code sheet Dinkes, row 5} for a workbook row: how messages name it. */
    default String position() {
        return sheet() == null ? "line " + line() : "sheet " + sheet() + ", row " + line();
    }
}
