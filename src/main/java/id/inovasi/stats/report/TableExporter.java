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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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
            "ranking_trend", "ranking_mover", "evidence_gap");

    private final JdbcClient jdbc;

    /** Reads the rows through a cursor, 1000 at a time (the step's transaction has auto-commit off), so memory stays flat. */
    TableExporter(javax.sql.DataSource dataSource) {
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.jdbc = JdbcClient.create(template);
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
        try (Writer out = Files.newBufferedWriter(csvTemp, StandardCharsets.UTF_8);
             SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(table);
            Styles styles = new Styles(workbook);
            out.write('\uFEFF');
            int[] rowNumber = {0};
            jdbc.sql("SELECT * FROM stats." + table + " WHERE year = :year ORDER BY 1, 2, 3, 4").param("year", year).query(rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                if (rowNumber[0] == 0) {
                    header(meta, out, sheet.createRow(rowNumber[0]++));
                }
                Row row = sheet.createRow(rowNumber[0]++);
                List<String> line = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    line.add(csvValue(value));
                    cell(row.createCell(c - 1), value, styles);
                }
                write(out, line);
            });
            if (rowNumber[0] == 0) {
                emptyHeader(table, out, sheet);
            }
            try (OutputStream xlsxOut = Files.newOutputStream(xlsxTemp)) {
                workbook.write(xlsxOut);
            }
        }
        Files.move(csvTemp, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(xlsxTemp, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return List.of(csv, xlsx);
    }

    private void emptyHeader(String table, Writer out, Sheet sheet) {
        List<String> names = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = 'stats' AND table_name = :table ORDER BY ordinal_position")
                .param("table", table).query(String.class).list();
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
        write(out, names);
    }

    private static void header(ResultSetMetaData meta, Writer out, Row row) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            names.add(meta.getColumnLabel(c));
            row.createCell(c - 1).setCellValue(meta.getColumnLabel(c));
        }
        write(out, names);
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

    private static String csvValue(Object value) throws SQLException {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof java.sql.Date || value instanceof java.sql.Timestamp) {
            return value.toString();
        }
        String text = text(value);
        return dangerous(text) ? "'" + text : text;
    }

    private static void cell(Cell cell, Object value, Styles styles) throws SQLException {
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
            cell.setCellValue(text);
            if (dangerous(text)) {
                cell.setCellStyle(styles.quoted);
            }
        }
    }

    private static void write(Writer out, List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String v = values.get(i);
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(v.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(v);
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cell styles of one workbook. */
    private static final class Styles {
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle decimal;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
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
