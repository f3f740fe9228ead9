package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a workbook ({@code .xlsx} or {@code .xls}) as the records of one table, so that they
 * go through the same cleaning, validation and COPY as a CSV file's. Every visible sheet whose
 * header row, within its first {@value #HEADER_WITHIN} rows, names the required columns is read
 * in sheet order (a recap workbook has a sheet per OPD; title rows above the header are common);
 * the first such sheet's header is the table's, and a later sheet's columns are matched to it by
 * name, whatever their order. Other sheets are skipped and listed. Blank rows are skipped.
 */
final class WorkbookRows implements RecordSource {

    static final int HEADER_WITHIN = 20;

    private final WorkbookSheets sheets;
    private final InputFormat format;
    private final List<String> read = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, Integer> columnByName = new HashMap<>();
    private List<String> header;
    private List<String> headerKeys;
    private int nextSheet;
    private Opened current;
    private Row pendingHeader;
    /** The sheet that came closest to a header (fewest required columns missing), for the message when none has one. */
    private RowCleaner.Header closestMiss;
    private String closestSheet;

    /** A sheet being read: its name, its rows, and where each of the table's columns is in it. */
    private record Opened(String name, WorkbookSheets.SheetRows rows, int[] columnOf) {
    }

    /** A row as a record of the table: the sheet's cells in the table's column order. */
    private record Row(String sheet, WorkbookRow cells, int[] columnOf) implements SourceRecord {

        @Override
        public long line() {
            return cells.number();
        }

        @Override
        public int size() {
            return columnOf.length;
        }

        @Override
        public String get(int i) {
            return columnOf[i] < 0 ? "" : cells.get(columnOf[i]);
        }
    }

    /** No sheet has a header with the required columns: what the closest one lacks. */
    static final class NoHeaderSheet extends IOException {
        final RowCleaner.Header closest;
        final String sheet;

        NoHeaderSheet(String sheet, RowCleaner.Header closest) {
            super("no sheet has a header row with the required columns");
            this.sheet = sheet;
            this.closest = closest;
        }
    }

    private WorkbookRows(WorkbookSheets sheets, InputFormat format) {
        this.sheets = sheets;
        this.format = format;
        for (int c = 0; c < format.columns().size(); c++) {
            for (String name : format.columns().get(c).headerNames()) {
                columnByName.put(RowCleaner.normalizeHeader(name), c);
            }
        }
    }

    /** Opens the workbook and finds its first sheet with a header; {@link NoHeaderSheet} when none has one. */
    static WorkbookRows open(Path file, boolean xlsx, InputFormat format) throws IOException {
        WorkbookSheets sheets = xlsx ? new XlsxSheets(file) : new XlsSheets(file);
        WorkbookRows rows = new WorkbookRows(sheets, format);
        try {
            rows.advance();
            if (rows.current == null) {
                throw rows.noHeader();
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    private NoHeaderSheet noHeader() {
        return new NoHeaderSheet(closestSheet, closestMiss);
    }

    /** Moves to the next sheet with a header, skipping the others; leaves {@code current} null after the last. */
    private void advance() throws IOException {
        if (current != null) {
            current.rows().close();
            current = null;
        }
        while (nextSheet < sheets.names().size()) {
            String name = sheets.names().get(nextSheet);
            WorkbookSheets.SheetRows rows = sheets.open(nextSheet++);
            boolean found = false;
            try {
                for (WorkbookRow row; (row = rows.next()) != null && row.number() <= HEADER_WITHIN; ) {
                    if (row.blank()) {
                        continue;
                    }
                    RowCleaner.Header candidate = RowCleaner.readHeader(format, new Row(name, row, identity(row.size())));
                    if (candidate.missing().isEmpty()) {
                        found = true;
                        open(name, rows, row);
                        break;
                    }
                    if (closestMiss == null || candidate.missing().size() < closestMiss.missing().size()) {
                        closestMiss = candidate;
                        closestSheet = name;
                    }
                }
            } finally {
                if (!found) {
                    rows.close();
                }
            }
            if (found) {
                return;
            }
            skipped.add(name);
        }
    }

    /** A sheet with a header: the first gives the table's header, a later one is matched to it. */
    private void open(String name, WorkbookSheets.SheetRows rows, WorkbookRow headerRow) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < headerRow.size(); c++) {
            cells.add(headerRow.get(c));
        }
        List<String> keys = cells.stream().map(this::key).toList();
        int[] columnOf;
        if (header == null) {
            header = cells;
            headerKeys = keys;
            columnOf = identity(cells.size());
            pendingHeader = new Row(name, headerRow, columnOf);
        } else {
            columnOf = new int[header.size()];
            for (int i = 0; i < header.size(); i++) {
                columnOf[i] = headerKeys.get(i).isEmpty() ? -1 : keys.indexOf(headerKeys.get(i));
            }
        }
        read.add(name);
        current = new Opened(name, rows, columnOf);
    }

    /** What a header cell names: the format's column it is an alias of, else its own normalised text. */
    private String key(String headerCell) {
        String normalized = RowCleaner.normalizeHeader(headerCell);
        Integer column = columnByName.get(normalized);
        return column != null ? "#" + column : normalized;
    }

    private static int[] identity(int n) {
        int[] columns = new int[n];
        for (int i = 0; i < n; i++) {
            columns[i] = i;
        }
        return columns;
    }

    @Override
    public SourceRecord next() throws IOException {
        if (pendingHeader != null) {
            Row header = pendingHeader;
            pendingHeader = null;
            return header;
        }
        while (current != null) {
            WorkbookRow row = current.rows().next();
            if (row == null) {
                advance();
            } else if (!row.blank()) {
                return new Row(current.name(), row, current.columnOf());
            }
        }
        return null;
    }

    @Override
    public String rawText(SourceRecord record) {
        WorkbookRow cells = ((Row) record).cells();
        List<String> values = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            values.add(cells.get(c));
        }
        return String.join("\t", values);
    }

    @Override
    public String delimiterLabel() {
        return null;
    }

    @Override
    public List<String> sheets() {
        return read;
    }

    /** Sheets without a header row naming the required columns: not read. */
    List<String> skippedSheets() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        try {
            if (current != null) {
                current.rows().close();
            }
        } finally {
            sheets.close();
        }
    }
}
