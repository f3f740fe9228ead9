package id.inovasi.stats.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of one CSV file (RFC 4180, Commons CSV) with what the reject records
 * need and Commons CSV does not keep: the physical line a record starts on, and its raw text.
 * Blank records (no value that is not blank) are skipped and not counted.
 */
final class CsvRecords implements Closeable {

    private static final int PEEK = 1 << 16;

    private final RecordingReader recording;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvDialect dialect;
    private long nextStartLine = 1;

    /** One record: where it starts, its values, and (until the next record is read) its raw text. */
    record Record(long line, long charStart, CSVRecord values) {
        int size() {
            return values.size();
        }

        String get(int i) {
            return values.get(i);
        }
    }

    private CsvRecords(Reader reader) throws IOException {
        BufferedReader buffered = new BufferedReader(reader, PEEK);
        buffered.mark(PEEK);
        char[] head = new char[PEEK];
        int n = buffered.read(head, 0, PEEK);
        buffered.reset();
        this.dialect = CsvDialect.detect(n <= 0 ? "" : new String(head, 0, n));
        this.recording = new RecordingReader(buffered);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        this.parser = CSVParser.builder().setReader(recording).setFormat(format).get();
        this.records = parser.iterator();
    }

    static CsvRecords open(Path file, Fingerprint fingerprint) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            if (fingerprint.bom()) {
                in.skipNBytes(3);
            }
            return new CsvRecords(new InputStreamReader(in, fingerprint.charset().newDecoder()));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    CsvDialect dialect() {
        return dialect;
    }

    /** The next non-blank record, or {@code null} at the end of the file. */
    Record next() throws IOException {
        try {
            while (records.hasNext()) {
                CSVRecord values = records.next();
                long line = nextStartLine;
                nextStartLine = parser.getCurrentLineNumber() + 1;
                recording.release(values.getCharacterPosition());
                if (!isBlank(values)) {
                    return new Record(line, values.getCharacterPosition(), values);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return null;
    }

    /** The raw text of the record last returned by {@link #next()}, without its line break. */
    String rawText(Record record) {
        return recording.text(record.charStart());
    }

    private static boolean isBlank(CSVRecord values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Keeps the characters the parser has been given since the oldest record still of interest. */
    private static final class RecordingReader extends Reader {
        private final Reader delegate;
        private final StringBuilder kept = new StringBuilder(1 << 17);
        private long keptFrom;

        RecordingReader(Reader delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                kept.append(buffer, offset, n);
            }
            return n;
        }

        /** Forgets text before {@code charPosition} once enough has piled up. */
        void release(long charPosition) {
            int drop = (int) (charPosition - keptFrom);
            if (drop > (1 << 20)) {
                kept.delete(0, drop);
                keptFrom = charPosition;
            }
        }

        /** The text of a record: from its start to the end of its physical lines. */
        String text(long charStart) {
            int from = (int) (charStart - keptFrom);
            if (from < 0 || from > kept.length()) {
                return "";
            }
            int end = from;
            boolean quoted = false;
            while (end < kept.length()) {
                char c = kept.charAt(end);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                }
                end++;
            }
            return kept.substring(from, end);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
