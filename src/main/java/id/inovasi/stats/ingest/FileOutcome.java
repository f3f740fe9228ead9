package id.inovasi.stats.ingest;

import java.util.List;
import java.util.Set;

/**
 * What ingesting one file did.
 *
 * @param status        what became of the file
 * @param reason        the bad-file reason code when the whole file was rejected
 * @param delimiter     comma, semicolon or tab; null when not read that far
 * @param superseded    how many earlier files this one superseded (national and capacity files; a
 *                      batch of reports files counts its superseded files as a whole)
 * @param yearsChanged  the years whose inputs changed
 * @param rejectedLines the file's rejected records, in line order, until they are stored
 */
record FileOutcome(Status status, String reason, String message, String delimiter, long linesRead, long rowsLoaded,
                   long rowsRejected, List<String> extraColumns, int superseded, Set<Integer> yearsChanged,
                   List<RejectedLine> rejectedLines) {

    enum Status {
        LOADED("loaded"), REJECTED("rejected"), DUPLICATE("duplicate"), UNCHANGED(null);

        private final String code;

        Status(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    static FileOutcome unchanged() {
        return new FileOutcome(Status.UNCHANGED, null, null, null, 0, 0, 0, List.of(), 0, Set.of(), List.of());
    }

    static FileOutcome rejected(String reason, String message, String delimiter, List<String> extra) {
        return new FileOutcome(Status.REJECTED, reason, message, delimiter, 0, 0, 0, extra, 0, Set.of(), List.of());
    }

    static FileOutcome duplicate(String message) {
        return new FileOutcome(Status.DUPLICATE, null, message, null, 0, 0, 0, List.of(), 0, Set.of(), List.of());
    }
}
