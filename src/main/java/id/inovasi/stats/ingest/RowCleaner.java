package id.inovasi.stats.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the records of one file into the typed values of its format, or into a rejection that
 * says what to fix. Holds the file's header mapping and the keys seen so far (first one wins).
 */
final class RowCleaner {

    private static final Pattern HEADER_SEPARATORS = Pattern.compile("[\\s-]+");

    private final InputFormat format;
    private final int[] sourceIndex;
    private final int headerSize;
    private final int[] keyIndexes;
    private final KeysSeen keysSeen;
    private final ValueType.RowContext context = new ValueType.RowContext();
    private final String delimiterName;

    /** A record that is not loaded. {@code column} is null where the record as a whole is at fault. */
    record Rejection(long line, String column, String reason, String message) {
    }

    /** The header of a file, read against a format. */
    record Header(int[] sourceIndex, int size, List<String> missing, List<String> extra) {
    }

    RowCleaner(InputFormat format, Header header, String delimiterName) {
        this.format = format;
        this.sourceIndex = header.sourceIndex();
        this.headerSize = header.size();
        this.keyIndexes = format.keyIndexes();
        this.keysSeen = new KeysSeen(keyIndexes);
        this.delimiterName = delimiterName;
    }

    static Header readHeader(InputFormat format, SourceRecord header) {
        Map<String, Integer> columnByName = new HashMap<>();
        for (int c = 0; c < format.columns().size(); c++) {
            for (String name : format.columns().get(c).headerNames()) {
                columnByName.put(normalizeHeader(name), c);
            }
        }
        int[] sourceIndex = new int[format.columns().size()];
        Arrays.fill(sourceIndex, -1);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Integer column = columnByName.get(normalizeHeader(name));
            if (column == null || sourceIndex[column] >= 0) {
                if (!name.isBlank()) {
                    extra.add(name.strip());
                }
            } else {
                sourceIndex[column] = i;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < sourceIndex.length; c++) {
            Column column = format.columns().get(c);
            if (sourceIndex[c] < 0 && column.required()) {
                missing.add(column.name() + " (" + String.join(" or ", column.aliases()) + ")");
            }
        }
        return new Header(sourceIndex, header.size(), missing, extra);
    }

    /** A value without surrounding whitespace, nor a byte-order mark (U+FEFF) left inside a file by pasting two files together. */
    static String stripped(String value) {
        String v = value.strip();
        while (!v.isEmpty() && v.charAt(0) == '\uFEFF') {
            v = v.substring(1).strip();
        }
        return v;
    }

    /** Whether a rejected record is the header again: at least two of its values name their own column. */
    private boolean repeatsHeader(SourceRecord record) {
        int named = 0;
        List<Column> columns = format.columns();
        for (int c = 0; c < columns.size() && named < 2; c++) {
            int source = sourceIndex[c];
            if (source >= 0 && source < record.size()) {
                String value = normalizeHeader(record.get(source));
                if (columns.get(c).headerNames().stream().anyMatch(name -> normalizeHeader(name).equals(value))) {
                    named++;
                }
            }
        }
        return named >= 2;
    }

    static String normalizeHeader(String name) {
        return HEADER_SEPARATORS.matcher(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    /**
     * Cleans one record into {@code out} (canonical text, {@code null} for SQL NULL).
     *
     * @return {@code null} when the record loads, else why it does not
     */
    Rejection clean(SourceRecord record, String[] out) {
        long line = record.line();
        if (record.openQuote()) {
            return new Rejection(line, null, "bad_format", record.position() + ": a double quote (\") opened in this record is never closed, so the"
                    + " record runs to the end of the file (line " + record.lastLine() + ") and took in every line after it; close the"
                    + " quote (a quote inside a value is written twice: \"\") and send the file again");
        }
        if (record.size() > headerSize && !blankFrom(record, headerSize)) {
            return new Rejection(line, null, "wrong_field_count", record.position() + ": " + record.size()
                    + " values but the header has " + headerSize + " columns; a value that contains the delimiter ("
                    + delimiterName + ") must be in double quotes");
        }
        context.reset();
        StringBuilder problems = null;
        String firstColumn = null;
        String firstReason = null;
        List<Column> columns = format.columns();
        for (int c = 0; c < out.length; c++) {
            Column column = columns.get(c);
            int source = sourceIndex[c];
            String raw = source >= 0 && source < record.size() ? stripped(record.get(source)) : "";
            try {
                if (raw.isEmpty()) {
                    if (column.required()) {
                        throw new BadValue("missing_value", "a value is required"
                                + (source < 0 ? "" : " (header " + column.name() + ")"));
                    }
                    out[c] = column.whenEmpty();
                } else {
                    out[c] = column.type().clean(raw, context);
                }
            } catch (BadValue bad) {
                out[c] = null;
                if (problems == null) {
                    problems = new StringBuilder();
                    firstColumn = column.name();
                    firstReason = bad.reason();
                } else {
                    problems.append("; ");
                }
                problems.append(record.position()).append(", column ").append(column.name()).append(": ").append(bad.getMessage());
            }
        }
        if (problems != null) {
            if (repeatsHeader(record)) {
                return new Rejection(line, null, "bad_format", record.position()
                        + " repeats the header line: remove it (were two files pasted together?)");
            }
            return new Rejection(line, firstColumn, firstReason, problems.toString());
        }
        if (!keysSeen.add(out)) {
            return new Rejection(line, null, "duplicate_key", record.position() + ": " + describeKey(out)
                    + " appears earlier in this file; the first row was loaded, remove or correct this one");
        }
        return null;
    }

    String describeKey(String[] values) {
        StringBuilder text = new StringBuilder();
        for (int i : keyIndexes) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(format.columns().get(i).name()).append(' ').append(values[i]);
        }
        return text.toString();
    }

    private static boolean blankFrom(SourceRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
