package id.inovasi.stats.report;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CSV and XLSX export read back against its table; hostile text neutralised, numbers kept numbers. */
@PipelineTest
class ExportTest extends PipelineTestSupport {

    @Autowired
    InovasiProperties settings;

    @Test
    void exportsMatchTheTablesAndNeutraliseFormulasButNotNegativeNumbers() throws Exception {
        write("reports/hostile.csv", Reports.header()
                + Reports.innovation("H-1", "opd_code=1.01", "opd_name==HYPERLINK(\"http://example.invalid\",\"klik\")")
                + Reports.innovation("H-2", "opd_code=1.02", "opd_name=@SUM(1)")
                + Reports.innovation("H-3", "opd_code=1.03", "opd_name=+1")
                + Reports.innovation("H-4", "opd_code=1.04", "opd_name=-1", "stage=uji_coba")
                + Reports.innovation("H-5", "opd_code=1.05", "opd_name=Dinas A;=1+1;B"));
        write("national/n.csv", "year,region_code,region_name,cluster,score\n2022,35.20,Magetan,kabupaten,53\n2022,35.21,Ngawi,kabupaten,50\n"
                + "2023,35.20,Magetan,kabupaten,43\n2023,35.21,Ngawi,kabupaten,51\n");
        run();
        Path folder = settings.output().resolve("2023");

        for (String table : TableExporter.TABLES) {
            List<Map<String, Object>> rows = rows("SELECT * FROM stats." + table + " WHERE year = 2023 ORDER BY 1, 2, 3, 4");
            List<List<String>> csv = readCsv(folder.resolve(table + ".csv"));
            try (InputStream in = Files.newInputStream(folder.resolve(table + ".xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(csv).as("%s.csv rows", table).hasSize(rows.size() + 1);
                assertThat(sheet.getLastRowNum()).as("%s.xlsx rows", table).isEqualTo(rows.size());
                List<String> columns = new ArrayList<>(rows.isEmpty() ? List.of() : rows.get(0).keySet());
                if (columns.remove("run_id")) {
                    columns.add("run_id");   // the lineage column last, wherever a later version added columns
                }
                assertThat(csv.get(0)).containsExactlyElementsOf(columns.isEmpty() ? csv.get(0) : columns);
                for (int r = 0; r < rows.size(); r++) {
                    Row xlsxRow = sheet.getRow(r + 1);
                    for (int c = 0; c < columns.size(); c++) {
                        Object value = rows.get(r).get(columns.get(c));
                        String csvCell = csv.get(r + 1).get(c);
                        Cell cell = xlsxRow.getCell(c);
                        String where = table + " row " + r + " column " + columns.get(c);
                        if (value == null) {
                            assertThat(csvCell).as(where).isEmpty();
                        } else if (value instanceof Number number) {
                            assertThat(new BigDecimal(csvCell)).as(where).isEqualByComparingTo(new BigDecimal(number.toString()));
                            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(number.doubleValue());
                        } else if (value instanceof Boolean bool) {
                            assertThat(csvCell).as(where).isEqualTo(bool.toString());
                            assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(bool);
                        } else if (value instanceof List<?> list) {
                            assertThat(csvCell).as(where).isEqualTo(String.join(", ", list.stream().map(String::valueOf).toList()));
                        } else {
                            String text = value.toString();
                            boolean hostile = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
                            assertThat(csvCell).as(where).isEqualTo(hostile ? "'" + text : text);
                            assertThat(cell.getStringCellValue()).as(where).isEqualTo(text);
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(where).isEqualTo(hostile);
                        }
                    }
                }
            }
        }

        // the hostile names, neutralised in both formats
        String opdCsv = Files.readString(folder.resolve("opd_year_summary.csv"), StandardCharsets.UTF_8);
        assertThat(opdCsv).startsWith("\uFEFF").contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"klik\"\")\"")
                .contains(",\"'@SUM(1)\",").contains(",\"'+1\",").contains(",\"'-1\",");
        // every text cell is quoted, so a spreadsheet that splits on ';' (the Indonesian default) keeps it whole
        assertThat(opdCsv).contains(",\"Dinas A;=1+1;B\",");
        for (String line : opdCsv.substring(1).split("\r\n")) {
            assertThat(line.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).as("split on ; outside quotes: %s", line).hasSize(1);
        }
        try (InputStream in = Files.newInputStream(folder.resolve("opd_year_summary.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Cell hyperlink = workbook.getSheetAt(0).getRow(1).getCell(3);
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
        }
        // genuine negative numbers stay numbers: Magetan's rank change of -1 and score change of -10
        String trendCsv = Files.readString(folder.resolve("ranking_trend.csv"));
        assertThat(trendCsv).contains(",-10,").contains(",-1,");
        try (InputStream in = Files.newInputStream(folder.resolve("ranking_trend.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            int rankChange = columnIndex(workbook.getSheetAt(0).getRow(0), "rank_change");
            Cell magetan = workbook.getSheetAt(0).getRow(1).getCell(rankChange);
            assertThat(magetan.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(magetan.getNumericCellValue()).isEqualTo(-1.0);
        }
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void aTablePastTheSheetsRowLimitContinuesOnANextSheetAndAnOverlongCellSaysWhereTheWholeIs() throws Exception {
        StringBuilder file = new StringBuilder(Reports.header());
        for (int i = 0; i < 3000; i++) {
            file.append(Reports.innovation(String.format("LONG-INNOVATION-ID-%05d", i)));
        }
        write("reports/many.csv", file.toString());
        run();
        String ids = jdbc.sql("SELECT array_to_string(innovation_ids, ', ') FROM stats.index_estimate WHERE year = 2023 AND scenario = 'all_reported'")
                .query(String.class).single();
        assertThat(ids.length()).as("the set S of 3,000 innovations").isGreaterThan(TableExporter.MAX_CELL_TEXT);

        Path folder = java.nio.file.Files.createTempDirectory(inbox.getParent(), "sheets");
        TableExporter small = new TableExporter(dataSource, 1000);   // 999 rows and the header a sheet
        new org.springframework.transaction.support.TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            try {
                small.export("innovation_assessment", 2023, folder);
                small.export("index_estimate", 2023, folder);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (InputStream in = Files.newInputStream(folder.resolve("innovation_assessment.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(1)).isEqualTo("innovation_assessment (2)");
            int rows = 0;
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                assertThat(workbook.getSheetAt(s).getRow(0).getCell(0).getStringCellValue()).isEqualTo("year");
                rows += workbook.getSheetAt(s).getLastRowNum();
            }
            assertThat(rows).as("every row once, across the sheets").isEqualTo(3000);
        }
        try (InputStream in = Files.newInputStream(folder.resolve("index_estimate.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            int column = columnIndex(workbook.getSheetAt(0).getRow(0), "innovation_ids");
            String cut = null;
            for (Row row : workbook.getSheetAt(0)) {
                String text = row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
                if (text.endsWith(TableExporter.CUT)) {
                    cut = text;
                }
            }
            assertThat(cut).isNotNull().hasSize(TableExporter.MAX_CELL_TEXT).startsWith(ids.substring(0, 1000));
        }
        assertThat(Files.readString(folder.resolve("index_estimate.csv"))).contains(ids);
    }

    @Test
    void anExportIsWrittenAgainOnlyWhenItsRowsChangedOrItsFilesAreNotAsWritten() throws Exception {
        write("reports/r.csv", Reports.header() + Reports.innovation("E-1") + Reports.innovation("E-2", "stage=uji_coba"));
        run();
        Path folder = settings.output().resolve("2023");
        Map<String, java.nio.file.attribute.FileTime> written = exportTimes(folder);
        assertThat(written).hasSize(2 * TableExporter.TABLES.size());

        // every year rebuilt and reported again from the same inputs: no export is written again
        assertThat(startAllYears().getStatus()).isEqualTo(org.springframework.batch.core.BatchStatus.COMPLETED);
        assertThat(exportTimes(folder)).isEqualTo(written);

        // an export deleted, and one edited by hand: those two are written again, whole; the others stay
        Files.delete(folder.resolve("fix_priority.csv"));
        Files.writeString(folder.resolve("opd_coverage.xlsx"), "edited by hand");
        startAllYears();
        Map<String, java.nio.file.attribute.FileTime> again = exportTimes(folder);
        assertThat(readCsv(folder.resolve("fix_priority.csv"))).hasSize(1 + 1);   // the header and E-2
        try (InputStream in = Files.newInputStream(folder.resolve("opd_coverage.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        for (String file : written.keySet()) {
            if (!file.startsWith("fix_priority.") && !file.startsWith("opd_coverage.")) {
                assertThat(again.get(file)).as(file).isEqualTo(written.get(file));
            }
        }

        // E-2 corrected: the exports of the tables whose rows changed are written again, the others stay
        write("reports/r-koreksi.csv", Reports.header() + Reports.innovation("E-2"));
        run();
        Map<String, java.nio.file.attribute.FileTime> corrected = exportTimes(folder);
        assertThat(corrected.get("innovation_assessment.csv")).isNotEqualTo(again.get("innovation_assessment.csv"));
        assertThat(corrected.get("innovation_assessment.xlsx")).isNotEqualTo(again.get("innovation_assessment.xlsx"));
        assertThat(readCsv(folder.resolve("fix_priority.csv"))).hasSize(1);   // nothing left to fix
        assertThat(corrected.get("ranking_trend.csv")).isEqualTo(again.get("ranking_trend.csv"));
    }

    /** The last-modified time of every export of a year's folder, by file name. */
    private static Map<String, java.nio.file.attribute.FileTime> exportTimes(Path folder) throws Exception {
        Map<String, java.nio.file.attribute.FileTime> times = new java.util.TreeMap<>();
        for (String table : TableExporter.TABLES) {
            for (String file : List.of(table + ".csv", table + ".xlsx")) {
                times.put(file, Files.getLastModifiedTime(folder.resolve(file)));
            }
        }
        return times;
    }

    private org.springframework.batch.core.job.JobExecution startAllYears() throws Exception {
        return jobOperator.start(mainJob, id.inovasi.stats.operations.RunParameters.of(java.time.Instant.now(), null, true));
    }

    private static int columnIndex(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    /** RFC 4180 as the exporter writes it: quoted values may hold commas, quotes and line breaks. */
    private static List<List<String>> readCsv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        text = text.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(value.toString());
                value.setLength(0);
            } else if (c == '\r') {
                // part of CRLF
            } else if (c == '\n') {
                row.add(value.toString());
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        return rows;
    }
}
