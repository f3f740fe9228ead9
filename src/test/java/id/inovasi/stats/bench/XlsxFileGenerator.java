package id.inovasi.stats.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the rows of a generated reports file (ReportFileGenerator's CSV) as a workbook, the way a
 * spreadsheet holds them: numbers and dates as typed cells, text as text. Streamed (SXSSF), so a
 * million rows do not need the heap of a million rows.
 *
 * <p>Usage: {@code XlsxFileGenerator <file.csv> <file.xlsx>}
 */
public final class XlsxFileGenerator {

    private static final Set<String> NUMBERS = Set.of("year", "asn_implementers", "benefit_before", "benefit_after");
    private static final Set<String> DATES = Set.of("trial_date", "applied_date");

    private XlsxFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        convert(Path.of(args[0]), Path.of(args[1]));
    }

    public static void convert(Path csv, Path xlsx) throws IOException {
        Files.createDirectories(xlsx.toAbsolutePath().getParent());
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            book.setCompressTempFiles(true);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = book.createSheet("Laporan");
            List<String> header = split(in.readLine());
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            int r = 1;
            for (String line; (line = in.readLine()) != null; r++) {
                List<String> values = split(line);
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.size(); c++) {
                    String name = header.get(c);
                    String value = values.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (NUMBERS.contains(name) || name.startsWith("ind_")) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else if (DATES.contains(name)) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
            book.dispose();
            System.out.printf("wrote %,d rows into %s (%,d MB)%n", r - 1, xlsx, Files.size(xlsx) >> 20);
        }
    }

    /** The values of one line of the generated file: quotes only around a value holding a comma, never a line break. */
    private static List<String> split(String line) {
        List<String> values = new ArrayList<>(48);
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(ch);
            }
        }
        values.add(value.toString());
        return values;
    }
}
