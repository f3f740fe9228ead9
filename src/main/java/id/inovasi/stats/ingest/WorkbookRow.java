package id.inovasi.stats.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * One row of a sheet as its user sees it: its number as the spreadsheet shows it, and its cells'
 * values as text, by 0-based column (a missing cell is empty).
 */
final class WorkbookRow {

    /** A spreadsheet computes with 15 significant digits: more are binary artefacts of the double. */
    private static final MathContext SHOWN = new MathContext(15);

    private final int number;
    private final List<String> cells;

    WorkbookRow(int number, List<String> cells) {
        this.number = number;
        this.cells = cells;
    }

    int number() {
        return number;
    }

    int size() {
        return cells.size();
    }

    String get(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    void set(int column, String value) {
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, value);
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The decimal a number cell stands for: {@code 62.5}, {@code 0.1}, {@code 38} (not {@code 38.0} or {@code 62.49999999}). */
    static String decimal(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        return new BigDecimal(value).round(SHOWN).stripTrailingZeros().toPlainString();
    }

    /** A date cell: {@code yyyy-MM-dd}, with the time when it is not midnight. */
    static String date(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                : value.toLocalDate() + " " + value.toLocalTime();
    }
}
