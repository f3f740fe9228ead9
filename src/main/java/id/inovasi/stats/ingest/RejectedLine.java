package id.inovasi.stats.ingest;

import java.util.Comparator;

/**
 * A rejected record, as {@code stats.rejected_row} keeps it: its line (a workbook row's number),
 * its sheet ({@code null} in a CSV file), the first faulty column, the reason, the message and the raw text.
 */
record RejectedLine(long line, String sheet, String column, String reason, String message, String rawLine) {

    /** File order: by sheet in the order the file holds them (the {@code sheetOrder} given), then by line. */
    static Comparator<RejectedLine> inFileOrder(java.util.List<String> sheetOrder) {
        return Comparator.<RejectedLine>comparingInt(r -> r.sheet == null ? 0 : sheetOrder.indexOf(r.sheet)).thenComparingLong(RejectedLine::line);
    }

    static RejectedLine of(RowCleaner.Rejection rejection, SourceRecord record, String rawLine) {
        return new RejectedLine(rejection.line(), record.sheet(), rejection.column(), rejection.reason(), rejection.message(), rawLine);
    }
}
