package id.inovasi.stats.ingest;

/** A rejected record as stored in {@code stats.rejected_row}. */
record RejectedLine(long line, String column, String reason, String message, String rawLine) {

    static RejectedLine of(RowCleaner.Rejection rejection, String rawLine) {
        return new RejectedLine(rejection.line(), rejection.column(), rejection.reason(), rejection.message(), rawLine);
    }
}
