package id.inovasi.stats.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import id.inovasi.stats.operations.ExitCodes;
import id.inovasi.stats.support.ChildProcess;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Workbooks in the inbox load through the same path as CSV files: the same rows as their CSV
 * twin, the same rejects named by sheet and row, the same accounting; a workbook that cannot be
 * read is a bad file with its reason, and the other files load.
 */
@PipelineTest
class WorkbookIngestTest extends PipelineTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    private static final String INNOVATIONS = """
            SELECT year, region_code, innovation_id, opd_code, opd_name, title, stage, applied_date, asn_implementers, benefit_before, ind_video
            FROM stats.innovation ORDER BY innovation_id""";

    /** The CSV twin's lines, without the header, as cells. */
    private static List<String[]> cells(String csvLines) {
        return csvLines.lines().map(line -> line.split(",", -1)).toList();
    }

    @Test
    void aRecapWorkbookLoadsTheRowsOfItsCsvTwinWithItsRejectsBySheetAndRow() throws Exception {
        String dinkes = Reports.innovation("W-1", "opd_code=1.02") + Reports.innovation("W-2", "opd_code=1.02", "stage=implementasi");
        String dikbud = Reports.innovation("W-3", "opd_code=1.01", "opd_name=Dinas Pendidikan", "asn_implementers=4");
        write("reports/2023/rekap.csv", Reports.header() + dinkes + dikbud);
        run();
        List<Map<String, Object>> fromCsv = rows(INNOVATIONS);
        List<Map<String, Object>> csvRejects = rows("SELECT reason, column_name FROM stats.rejected_row");

        cleanInboxAndTables();
        Path workbook = inbox.resolve("reports/2023/rekap.xlsx");
        Files.createDirectories(workbook.getParent());
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            String[] header = Reports.header().strip().split(",");
            fill(book.createSheet("Petunjuk"), List.<String[]>of(new String[] {"Isi satu baris per inovasi"}));
            Sheet first = book.createSheet("Dinkes");
            first.createRow(0).createCell(0).setCellValue("Laporan Inovasi Dinas Kesehatan 2023");   // a title row above the header
            fill(first, 2, header, cells(dinkes));
            fill(book.createSheet("Dikbud"), 0, header, cells(dikbud));
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        run();

        assertThat(rows(INNOVATIONS)).isEqualTo(fromCsv);
        assertThat(rows("SELECT reason, column_name FROM stats.rejected_row")).isEqualTo(csvRejects);
        assertThat(rows("SELECT sheet, line_no, message FROM stats.rejected_row")).singleElement().satisfies(r -> {
            assertThat(r.get("sheet")).isEqualTo("Dinkes");
            assertThat(r.get("line_no")).isEqualTo(5L);
            assertThat((String) r.get("message")).startsWith("sheet Dinkes, row 5, column stage:");
        });
        assertThat(row("SELECT charset, delimiter, lines_read, rows_loaded, rows_rejected, message FROM stats.source_file")).satisfies(f -> {
            assertThat(f.get("charset")).isEqualTo("xlsx");
            assertThat(f.get("delimiter")).isNull();
            assertThat(f.get("lines_read")).isEqualTo(3L);
            assertThat(f.get("rows_loaded")).isEqualTo(2L);
            assertThat(f.get("rows_rejected")).isEqualTo(1L);
            assertThat((String) f.get("message")).contains("sheets read: Dinkes, Dikbud").contains("not read: Petunjuk");
        });
    }

    @Test
    void aWorkbookThatCannotBeReadIsABadFileWithItsReasonAndTheOthersLoad() throws Exception {
        write("reports/2023/good.csv", Reports.header() + Reports.innovation("G-1"));
        write("reports/2023/rusak.xlsx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        write("reports/2023/terkunci.xlsx", encrypted(workbookOf(Reports.innovation("E-1", "opd_code=1.05"))));
        write("reports/2023/bom.xlsx", zipBomb(workbookOf(Reports.innovation("Z-1", "opd_code=1.06"))));
        write("reports/2023/tanpa-judul.xlsx", workbookOf(null));
        write("reports/2023/makro.xlsm", workbookOf(Reports.innovation("X-1", "opd_code=1.07")));
        write("reports/2023/sejuta-baris.xlsx", withEmptyFormattedRows(workbookOf(Reports.innovation("M-1", "opd_code=1.08")), 1_000_000));

        run();

        assertThat(rows("SELECT innovation_id FROM stats.innovation ORDER BY 1")).extracting(r -> r.get("innovation_id"))
                .as("the good file, and the one row among a million empty formatted ones").containsExactly("G-1", "M-1");
        assertThat(row("SELECT lines_read, rows_rejected FROM stats.source_file WHERE path = 'reports/2023/sejuta-baris.xlsx'"))
                .containsEntry("lines_read", 1L).containsEntry("rows_rejected", 0L);
        assertThat(rows("SELECT path, reason FROM stats.source_file WHERE status = 'rejected' ORDER BY path"))
                .extracting(r -> r.get("path"), r -> r.get("reason"))
                .containsExactly(tuple("reports/2023/bom.xlsx", "too_large"), tuple("reports/2023/makro.xlsm", "macro_workbook"),
                        tuple("reports/2023/rusak.xlsx", "not_text"),
                        tuple("reports/2023/tanpa-judul.xlsx", "missing_column"), tuple("reports/2023/terkunci.xlsx", "encrypted"));
        assertThat(row("SELECT message FROM stats.source_file WHERE path = 'reports/2023/terkunci.xlsx'").get("message").toString())
                .contains("password");
        assertThat(row("SELECT message FROM stats.source_file WHERE path = 'reports/2023/tanpa-judul.xlsx'").get("message").toString())
                .contains("no sheet has a header row").contains("sheet Data");
    }

    @Test
    void aZipBombAndAMillionEmptyRowsNeedNoMoreThanASmallHeap(@TempDir Path work) throws Exception {
        Path small = work.resolve("inbox");
        Files.createDirectories(small.resolve("reports"));
        Files.write(small.resolve("reports/bom.xlsx"), zipBomb(workbookOf(Reports.innovation("Z-1", "opd_code=1.06"))));
        Files.write(small.resolve("reports/sejuta-baris.xlsx"),
                withEmptyFormattedRows(workbookOf(Reports.innovation("M-1", "opd_code=1.08")), 1_000_000));
        Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres", "INOVASI_INBOX", small.toString(), "INOVASI_OUTPUT", work.resolve("out").toString());
        ChildProcess.Result result = ChildProcess.runWithHeap(work.resolve("small-heap.log"), environment, "-Xmx64m", "run");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCodes.REJECTED_INPUT);
        assertThat(result.output()).contains("1 loaded, 1 rejected").doesNotContain("OutOfMemoryError");
        assertThat(rows("SELECT innovation_id FROM stats.innovation")).extracting(r -> r.get("innovation_id")).containsExactly("M-1");
    }

    /** A one-sheet workbook of the report header and this row (or a sheet with no header when null). */
    private static byte[] workbookOf(String csvRow) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Data");
            if (csvRow == null) {
                fill(sheet, List.<String[]>of(new String[] {"kecamatan", "jumlah"}, new String[] {"Takeran", "4"}));
            } else {
                fill(sheet, 0, Reports.header().strip().split(","), cells(csvRow));
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook protected by a password, as Excel saves one: an OLE2 container holding the encrypted package. */
    private static byte[] encrypted(byte[] workbook) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("rahasia");
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(workbook)); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The workbook with this many empty but formatted rows after its data, as a sheet formatted down to its last row is. */
    private static byte[] withEmptyFormattedRows(byte[] workbook, int count) throws IOException {
        return withSheet(workbook, (xml, zip) -> {
            int end = xml.indexOf("</sheetData>");
            zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
            for (int r = 3; r < 3 + count; r++) {
                zip.write(("<row r=\"" + r + "\" s=\"0\" customFormat=\"1\"><c r=\"A" + r + "\" s=\"0\"/></row>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The workbook with its sheet padded to 200 MB of blanks that compress to almost nothing: it would expand past every limit. */
    private static byte[] zipBomb(byte[] workbook) throws IOException {
        return withSheet(workbook, (xml, zip) -> {
            int at = xml.indexOf("<sheetData");
            zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(blanks);
            }
            zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Writes a sheet's XML anew into the zip: the rest of the workbook as it was. */
    @FunctionalInterface
    private interface SheetRewrite {
        void write(String sheetXml, ZipOutputStream zip) throws IOException;
    }

    /** The workbook with its first sheet rewritten. */
    private static byte[] withSheet(byte[] workbook, SheetRewrite rewrite) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    rewrite.write(new String(content, StandardCharsets.UTF_8), zip);
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void fill(Sheet sheet, List<String[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                row.createCell(c).setCellValue(rows.get(r)[c]);
            }
        }
    }

    private static void fill(Sheet sheet, int headerAt, String[] header, List<String[]> rows) {
        Row h = sheet.createRow(headerAt);
        for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(headerAt + 1 + r);
            for (int c = 0; c < rows.get(r).length; c++) {
                row.createCell(c).setCellValue(rows.get(r)[c]);
            }
        }
    }
}
