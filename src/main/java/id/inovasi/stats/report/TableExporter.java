package id.inovasi.stats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import java.util.zip.Deflater;

import id.inovasi.stats.database.StatsColumns;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One summary table's rows of a year as CSV (UTF-8 with a byte-order mark, so spreadsheets read
 * it as UTF-8) and XLSX (streamed, numbers and dates typed). Text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, TAB or CR) is neutralised: in CSV with a leading
 * apostrophe, in XLSX as a quote-prefixed text cell. Numeric columns are written as numbers and
 * never altered, negative ones included.
 */
@Component
class TableExporter {

    static final List<String> TABLES = List.of("innovation_assessment", "opd_year_summary", "region_year_summary", "index_estimate",
            "ranking_trend", "ranking_mover", "evidence_gap", "fix_priority", "opd_coverage");

    /** The most characters a spreadsheet cell holds; a longer text is cut there and says where the whole is. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String CUT = " … (cut at the spreadsheet's cell limit; the CSV export holds it whole)";

    /** RFC 4180 with CRLF; every cell that is not a number or empty is quoted. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    /** The version of how values are written; part of {@link #layout}. */
    static final int FORMAT = 1;

    private final JdbcClient jdbc;
    private final int rowsPerSheet;
    /** Each table's layout, read from the catalog once (the schema is migrated before any run). */
    private final java.util.Map<String, String> layouts = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads the rows through a cursor, 1000 at a time (the caller's transaction has auto-commit off), so memory stays flat. */
    @org.springframework.beans.factory.annotation.Autowired
    TableExporter(javax.sql.DataSource dataSource) {
        this(dataSource, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** With a smaller sheet (tests show a table continuing on a next sheet without a million rows). */
    TableExporter(javax.sql.DataSource dataSource, int rowsPerSheet) {
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.jdbc = JdbcClient.create(template);
        this.rowsPerSheet = rowsPerSheet;
    }

    /** Writes {@code <table>.csv} and {@code <table>.xlsx} into the folder; returns the files written. */
    List<Path> export(String table, int year, Path folder) throws IOException {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not an exported table: " + table);
        }
        Path csv = folder.resolve(table + ".csv");
        Path xlsx = folder.resolve(table + ".xlsx");
        Path csvTemp = folder.resolve(table + ".csv.tmp");
        Path xlsxTemp = folder.resolve(table + ".xlsx.tmp");
        try {
            write(table, year, csvTemp, xlsxTemp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(csvTemp);   // a failed export leaves nothing half written behind
            Files.deleteIfExists(xlsxTemp);
            throw e;
        }
        Files.move(csvTemp, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(xlsxTemp, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return List.of(csv, xlsx);
    }

    private void write(String table, int year, Path csvTemp, Path xlsxTemp) throws IOException {
        try (Writer writer = Files.newBufferedWriter(csvTemp, StandardCharsets.UTF_8);
             SXSSFWorkbook workbook = new FastZipWorkbook()) {
            Styles styles = new Styles(workbook);
            writer.write('\uFEFF');
            CSVPrinter out = new CSVPrinter(writer, CSV);
            Sheets sheets = new Sheets(workbook, table, styles);
            // the table's columns in order, the lineage column (run_id) last, also where a later version added columns
            String selected = String.join(", ", columnNames(table).stream().map(c -> "\"" + c + "\"").toList());
            jdbc.sql("SELECT " + selected + " FROM stats." + table + " WHERE year = :year ORDER BY 1, 2, 3, 4").param("year", year).query(rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                if (sheets.header == null) {
                    sheets.header = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        sheets.header.add(meta.getColumnLabel(c));
                    }
                    write(out, sheets.header);
                }
                Row row = sheets.nextRow();
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    print(out, csvValue(value));
                    cell(row.createCell(c - 1), value, styles);
                }
                endRecord(out);
            });
            if (sheets.header == null) {
                sheets.header = columnNames(table);
                write(out, sheets.header);
                sheets.startSheet();
            }
            out.flush();
            try (OutputStream xlsxOut = Files.newOutputStream(xlsxTemp)) {
                workbook.write(xlsxOut);
            }
        }
    }

    /**
     * The export's layout: the format version of this writer and the table's columns. Raise
     * {@code FORMAT} whenever the way a value is written changes, so every export is written again.
     */
    String layout(String table) {
        return layouts.computeIfAbsent(table, t -> FORMAT + ":" + String.join(",", columnNames(t)));
    }

    /** The table's columns in their order, {@code run_id} last. */
    private List<String> columnNames(String table) {
        List<String> columns = new ArrayList<>(StatsColumns.of(jdbc, table));
        if (columns.remove("run_id")) {
            columns.add("run_id");
        }
        return columns;
    }

    /**
     * The sheets of one export: a table that would pass the sheet's row limit (Excel's 1,048,576
     * rows, the header included) continues on a next sheet, "table (2)", with the header again.
     */
    private final class Sheets {
        private final SXSSFWorkbook workbook;
        private final String table;
        private final Styles styles;
        List<String> header;
        private Sheet sheet;
        private int rowNumber;
        private int count;

        Sheets(SXSSFWorkbook workbook, String table, Styles styles) {
            this.workbook = workbook;
            this.table = table;
            this.styles = styles;
        }

        Row nextRow() {
            if (sheet == null || rowNumber >= rowsPerSheet) {
                startSheet();
            }
            return sheet.createRow(rowNumber++);
        }

        void startSheet() {
            count++;
            sheet = workbook.createSheet(count == 1 ? table : table + " (" + count + ")");
            Row row = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.plain);
            }
            rowNumber = 1;
        }
    }

    /** Text a spreadsheet would take for a formula. */
    static boolean dangerous(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof Array array) {
            List<String> items = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                items.add(String.valueOf(item));
            }
            return String.join(", ", items);
        }
        return String.valueOf(value);
    }

    /**
     * What a CSV cell holds: numbers as {@link Number}s (printed bare), NULL as null (an empty
     * cell), everything else as text (printed quoted, so no delimiter a spreadsheet may choose,
     * {@code ;} included, splits it), with a formula neutralised.
     */
    private static Object csvValue(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return new PlainNumber(number.toPlainString());
        }
        if (value instanceof Number) {
            return new PlainNumber(value.toString());
        }
        if (value instanceof Boolean || value instanceof java.sql.Date || value instanceof java.sql.Timestamp) {
            return value.toString();
        }
        String text = text(value);
        return dangerous(text) ? "'" + text : text;
    }

    /** A number as it is printed (plain digits, never an exponent); a {@link Number}, so the printer leaves it unquoted. */
    private static final class PlainNumber extends Number {
        private final String text;

        PlainNumber(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int intValue() {
            return (int) doubleValue();
        }

        @Override
        public long longValue() {
            return (long) doubleValue();
        }

        @Override
        public float floatValue() {
            return (float) doubleValue();
        }

        @Override
        public double doubleValue() {
            return Double.parseDouble(text);
        }
    }

    private static void cell(Cell cell, Object value, Styles styles) throws SQLException {
        // every cell gets a style: a cell without one has its column's looked up each time it is written
        cell.setCellStyle(styles.plain);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            if (value instanceof BigDecimal decimal && decimal.scale() > 0) {
                cell.setCellStyle(styles.decimal);
            }
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof java.sql.Date date) {
            cell.setCellValue(date.toLocalDate());
            cell.setCellStyle(styles.date);
        } else if (value instanceof java.sql.Timestamp timestamp) {
            cell.setCellValue(timestamp.toLocalDateTime());
            cell.setCellStyle(styles.dateTime);
        } else {
            String text = text(value);
            cell.setCellValue(text.length() <= MAX_CELL_TEXT ? text : Svg.shortenUnits(text, MAX_CELL_TEXT - CUT.length()) + CUT);
            if (dangerous(text)) {
                cell.setCellStyle(styles.quoted);
            }
        }
    }

    private static void write(CSVPrinter out, List<String> values) {
        try {
            out.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter out, Object value) {
        try {
            out.print(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void endRecord(CSVPrinter out) {
        try {
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A streaming workbook zipped at the fastest level (exports are written every night and read
     * rarely), its sheets' XML written by {@link SheetXmlWriter}.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook() {
            super(200);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetXmlWriter();
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** Cell styles of one workbook. */
    private static final class Styles {
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle decimal;
        final CellStyle quoted;
        final CellStyle plain;

        Styles(SXSSFWorkbook workbook) {
            plain = workbook.createCellStyle();
            short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00##"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
