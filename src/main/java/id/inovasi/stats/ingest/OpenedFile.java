package id.inovasi.stats.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A fresh file opened for reading, past every check of the file as a whole (text, size, a
 * header with the required columns); or, in {@link #rejected}, why the whole file is rejected.
 */
final class OpenedFile implements Closeable {

    final FileOutcome rejected;
    final RecordSource records;
    final RowCleaner cleaner;
    final String delimiter;
    final List<String> extraColumns;

    private OpenedFile(FileOutcome rejected, RecordSource records, RowCleaner cleaner, String delimiter, List<String> extraColumns) {
        this.rejected = rejected;
        this.records = records;
        this.cleaner = cleaner;
        this.delimiter = delimiter;
        this.extraColumns = extraColumns;
    }

    static OpenedFile open(FreshFile fresh, InputFormat format, long maxFileSize) throws IOException {
        Fingerprint fingerprint = fresh.fingerprint();
        if (fingerprint.notText() != null) {
            return rejected(FileOutcome.rejected("not_text", fingerprint.notText(), null, List.of()));
        }
        if (fingerprint.size() > maxFileSize) {
            return rejected(FileOutcome.rejected("too_large", "the file has " + fingerprint.size() + " bytes, more than the limit of "
                    + maxFileSize + " (setting inovasi.ingest.max-file-size); split it or raise the limit", null, List.of()));
        }
        if (fingerprint.size() == 0) {
            return rejected(FileOutcome.rejected("empty", "the file is empty: it needs a header line and data rows", null, List.of()));
        }
        if ("xlsm".equals(fingerprint.workbook())) {
            return rejected(FileOutcome.rejected("macro_workbook", "a macro-enabled workbook (.xlsm) is not read: its macros could run"
                    + " on whoever opens it; save it as an ordinary workbook (.xlsx) and send it again", null, List.of()));
        }
        if (fingerprint.workbook() != null) {
            return openWorkbook(fresh, format);
        }
        CsvRecords records = CsvRecords.open(fresh.file().path(), fingerprint);
        try {
            String delimiter = records.delimiterLabel();
            SourceRecord headerRecord = records.next();
            if (headerRecord == null) {
                records.close();
                return rejected(FileOutcome.rejected("empty", "the file holds only blank lines: it needs a header line and data rows",
                        delimiter, List.of()));
            }
            RowCleaner.Header header = RowCleaner.readHeader(format, headerRecord);
            if (!header.missing().isEmpty()) {
                records.close();
                return rejected(FileOutcome.rejected("missing_column", headerRecord.position() + ": the header lacks the required column"
                        + (header.missing().size() > 1 ? "s " : " ") + String.join(", ", header.missing())
                        + "; it has " + String.join(", ", header.extra().isEmpty() ? List.of("no other column") : header.extra())
                        + " (is this a " + fresh.file().kind().folder() + " file, and is its first line the header?)", delimiter, header.extra()));
            }
            return new OpenedFile(null, records, new RowCleaner(format, header, delimiter), delimiter, header.extra());
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    /** A workbook: its sheets with a header, as one table; a workbook that cannot be read is a bad file with its reason. */
    private static OpenedFile openWorkbook(FreshFile fresh, InputFormat format) throws IOException {
        WorkbookRows rows;
        try {
            rows = WorkbookRows.open(fresh.file().path(), "xlsx".equals(fresh.fingerprint().workbook()), format);
        } catch (WorkbookRows.NoHeaderSheet e) {
            return rejected(FileOutcome.rejected("missing_column", "no sheet has a header row (within its first " + WorkbookRows.HEADER_WITHIN
                    + " rows) with the required columns" + (e.closest == null ? "; the workbook's sheets are empty"
                    : "; the closest, sheet " + e.sheet + ", lacks " + String.join(", ", e.closest.missing())
                    + " (is this a " + fresh.file().kind().folder() + " file?)"), null, List.of()));
        } catch (IOException | RuntimeException e) {
            return rejected(WorkbookTrouble.of(fresh, e));
        }
        RowCleaner.Header header = RowCleaner.readHeader(format, rows.next());
        return new OpenedFile(null, rows, new RowCleaner(format, header, null), null, header.extra());
    }

    private static OpenedFile rejected(FileOutcome outcome) {
        return new OpenedFile(outcome, null, null, null, List.of());
    }

    boolean isRejected() {
        return rejected != null;
    }

    /** The sheets read, in file order (a workbook's); none for a CSV file. */
    List<String> sheets() {
        return records == null ? List.of() : records.sheets();
    }

    /** The outcome of a file whose rows were read: what loaded, what was rejected and why. */
    FileOutcome loaded(long linesRead, long loaded, List<RejectedLine> rejectedLines, int superseded, java.util.Set<Integer> years) {
        List<String> skipped = records instanceof WorkbookRows workbook ? workbook.skippedSheets() : List.of();
        String message = "loaded " + loaded + " of " + linesRead + " rows" + (rejectedLines.isEmpty() ? "" : "; " + rejectedLines.size()
                + " rejected (see stats.rejected_row)") + (extraColumns.isEmpty() ? "" : "; ignored unknown columns: " + String.join(", ", extraColumns))
                + (sheets().isEmpty() ? "" : "; sheets read: " + String.join(", ", sheets()))
                + (skipped.isEmpty() ? "" : "; sheets without a header row of the required columns, not read: " + String.join(", ", skipped));
        return new FileOutcome(FileOutcome.Status.LOADED, null, message, delimiter, linesRead, loaded, rejectedLines.size(), extraColumns,
                superseded, years, rejectedLines);
    }

    @Override
    public void close() throws IOException {
        if (records != null) {
            records.close();
        }
    }
}
