package id.inovasi.stats.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams the records of one CSV file (RFC 4180): quoted values with embedded delimiters,
 * doubled quotes and line breaks; LF, CRLF or CR line endings. Each record keeps what the reject
 * records need: the physical line it starts on and its raw text. Blank records (no value that
 * is not blank) are skipped and not counted. Lenient where spreadsheets are: text after a
 * closing quote is kept; a quote left open to the end of the file is flagged on its record, which
 * the cleaner rejects saying what it swallowed.
 *
 * <p>Hand-written rather than Commons CSV, which keeps neither the raw text nor the start line
 * of a record, and which measured at more than half of the parsing thread's time on the
 * 1,000,000-row benchmark (see README, "Performance").
 */
final class CsvRecords implements RecordSource {

    private static final int BUFFER = 1 << 16;
    private static final int PEEK = 1 << 16;

    private final Reader reader;
    private final CsvDialect dialect;
    private final char delimiter;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long line = 1;

    private char[] text = new char[4096];
    private int textLength;
    private String[] values = new String[64];
    private int size;
    private final StringBuilder quoted = new StringBuilder(256);
    private boolean openQuoteAtEnd;

    /** One record: the line it starts on and its values. Valid until the next call of {@link #next()}. */
    final class Record implements SourceRecord {
        private final long line;
        private final long lastLine;
        private final boolean openQuote;

        private Record(long line, long lastLine, boolean openQuote) {
            this.line = line;
            this.lastLine = lastLine;
            this.openQuote = openQuote;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public String sheet() {
            return null;
        }

        /** The line the record ends on (after line breaks inside quotes). */
        @Override
        public long lastLine() {
            return lastLine;
        }

        /** A quote opened in this record is never closed: it ran to the end of the file, taking in every line after it. */
        @Override
        public boolean openQuote() {
            return openQuote;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String get(int i) {
            return values[i];
        }
    }

    private CsvRecords(Reader reader) throws IOException {
        BufferedReader buffered = new BufferedReader(reader, PEEK);
        buffered.mark(PEEK);
        char[] head = new char[PEEK];
        int n = buffered.read(head, 0, PEEK);
        buffered.reset();
        this.dialect = CsvDialect.detect(n <= 0 ? "" : new String(head, 0, n));
        this.delimiter = dialect.delimiter();
        this.reader = buffered;
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

    @Override
    public String delimiterLabel() {
        return dialect.label();
    }

    /** The next non-blank record, or {@code null} at the end of the file. */
    @Override
    public Record next() throws IOException {
        long start = line;
        while (readRecordText()) {
            line += lineBreaksInside();
            splitValues();
            if (!blank()) {
                boolean endsWithBreak = textLength > 0 && (text[textLength - 1] == '\n' || text[textLength - 1] == '\r');
                return new Record(start, endsWithBreak ? line - 1 : line, openQuoteAtEnd);
            }
            start = line;
        }
        return null;
    }

    /** The raw text of the record last returned by {@link #next()}, without its line break. */
    @Override
    public String rawText(SourceRecord record) {
        return new String(text, 0, textLength);
    }

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    /**
     * Reads one record's characters, up to a line break outside quotes (consumed, not kept).
     * A quote opens a quoted value only at the start of a value; elsewhere it is a character.
     */
    private boolean readRecordText() throws IOException {
        textLength = 0;
        openQuoteAtEnd = false;
        int state = FIELD_START;
        boolean any = false;
        char d = delimiter;
        while (true) {
            if (position >= limit && !fill()) {
                openQuoteAtEnd = state == QUOTED;
                return any;
            }
            any = true;
            int from = position;
            int i = from;
            char[] b = buffer;
            int end = limit;
            while (i < end) {
                char c = b[i];
                if (state == QUOTED) {
                    if (c == '"') {
                        state = QUOTE_IN_QUOTED;
                    }
                } else if (c == '\n' || c == '\r') {
                    append(b, from, i - from);
                    position = i + 1;
                    if (c == '\r') {
                        if (position >= limit) {
                            fill();
                        }
                        if (position < limit && buffer[position] == '\n') {
                            position++;
                        }
                    }
                    line++;
                    return true;
                } else if (c == d) {
                    state = FIELD_START;
                } else if (c == '"' && state != UNQUOTED) {
                    state = QUOTED;
                } else {
                    state = UNQUOTED;
                }
                i++;
            }
            append(b, from, end - from);
            position = end;
        }
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n = reader.read(buffer, 0, BUFFER);
        if (n <= 0) {
            endOfInput = true;
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private void append(char[] from, int offset, int length) {
        if (textLength + length > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
        }
        System.arraycopy(from, offset, text, textLength, length);
        textLength += length;
    }

    /** Line breaks inside quoted values: they move the following records down. */
    private int lineBreaksInside() {
        int breaks = 0;
        for (int i = 0; i < textLength; i++) {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= textLength || text[i + 1] != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    private void splitValues() {
        size = 0;
        int i = 0;
        int n = textLength;
        char[] t = text;
        while (true) {
            if (i < n && t[i] == '"') {
                quoted.setLength(0);
                i++;
                while (i < n) {
                    char c = t[i];
                    if (c == '"') {
                        if (i + 1 < n && t[i + 1] == '"') {
                            quoted.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    quoted.append(c);
                    i++;
                }
                while (i < n && t[i] != delimiter) {
                    quoted.append(t[i++]);
                }
                add(quoted.toString());
            } else {
                int start = i;
                while (i < n && t[i] != delimiter) {
                    i++;
                }
                add(start == i ? "" : new String(t, start, i - start));
            }
            if (i >= n) {
                return;
            }
            i++;
        }
    }

    private void add(String value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    private boolean blank() {
        for (int i = 0; i < size; i++) {
            if (!values[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
