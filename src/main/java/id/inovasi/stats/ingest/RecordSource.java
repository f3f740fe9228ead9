package id.inovasi.stats.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of one input file, one after the other, whatever its format: a CSV file
 * ({@link CsvRecords}) or a workbook ({@link WorkbookRows}). Everything after it (cleaning,
 * validation, COPY, rejects, accounting) is the same for both.
 */
interface RecordSource extends Closeable {

    /** The next record that is not blank, or {@code null} at the end; valid until the next call. */
    SourceRecord next() throws IOException;

    /** The record as its file holds it: the CSV text, or a workbook row's values joined by TAB. */
    String rawText(SourceRecord record);

    /** The field delimiter's name, for messages ({@code comma}); {@code null} for a workbook. */
    String delimiterLabel();

    /** The sheets read, in file order (a workbook's); none for a CSV file. */
    default java.util.List<String> sheets() {
        return java.util.List.of();
    }
}
