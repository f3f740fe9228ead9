package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Lets the reader benchmark (another package) drive the package's CSV reader the way the ingest does. */
public final class CsvRecordsProbe {

    private CsvRecordsProbe() {
    }

    /** Reads every record after the header, with its line and raw text; returns the characters of all values. */
    public static long readAll(Path file) throws IOException {
        long characters = 0;
        try (CsvRecords records = CsvRecords.open(file, Fingerprint.of(file))) {
            records.next();
            for (CsvRecords.Record record; (record = records.next()) != null; ) {
                if (record.line() <= 0) {
                    throw new IllegalStateException("no line");
                }
                for (int i = 0; i < record.size(); i++) {
                    characters += record.get(i).length();
                }
            }
        }
        return characters;
    }
}
