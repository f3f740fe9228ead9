package id.inovasi.stats.ingest;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The OPD roster (opd/) loads like the other kinds, from CSV or a workbook; a newer file for a region replaces its roster. */
@PipelineTest
class RosterIngestTest extends PipelineTestSupport {

    private static final String ROSTER = "kode_pemda;kode_opd;nama_opd;tahun_mulai;tahun_akhir\n";

    @Test
    void aRegionsRosterLoadsAndANewerFileReplacesIt() throws Exception {
        write("opd/magetan-2022.csv", ROSTER + "35.20;1.01;Dinas Pendidikan;;\n35.20;1.02;Dinas Kesehatan;;\n35.20;4.01;Kecamatan Lama;;2022\n"
                + "35.20;9.99;Badan Baru;2031x;\n");
        write("opd/ngawi.csv", ROSTER + "35.21;1.01;Dinas Pendidikan;;\n");
        run();
        assertThat(rows("SELECT region_code, opd_code, from_year, to_year FROM stats.opd_roster ORDER BY 1, 2"))
                .extracting(r -> r.get("region_code"), r -> r.get("opd_code"), r -> r.get("to_year"))
                .containsExactly(tuple("35.20", "1.01", null), tuple("35.20", "1.02", null), tuple("35.20", "4.01", 2022),
                        tuple("35.21", "1.01", null));
        assertThat(row("SELECT line_no, column_name, reason FROM stats.rejected_row")).containsEntry("line_no", 5L)
                .containsEntry("column_name", "from_year").containsEntry("reason", "bad_number");

        // the 2024 roster of Magetan, kept as a workbook: Magetan's roster is replaced whole, Ngawi's stays
        Path workbook = inbox.resolve("opd/magetan-2024.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.createSheet("OPD");
            String[][] rows = {{"Daftar OPD Kabupaten Magetan 2024"}, {}, {"kode_pemda", "kode_opd", "nama_opd", "tahun_mulai"},
                    {"35.20", "1.01", "Dinas Pendidikan", ""}, {"35.20", "1.03", "Dinas Sosial", "2024"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        run();
        assertThat(rows("SELECT region_code, opd_code, from_year FROM stats.opd_roster ORDER BY 1, 2"))
                .extracting(r -> r.get("region_code"), r -> r.get("opd_code"), r -> r.get("from_year"))
                .containsExactly(tuple("35.20", "1.01", null), tuple("35.20", "1.03", 2024), tuple("35.21", "1.01", null));
        assertThat(rows("SELECT path, status FROM stats.source_file ORDER BY path"))
                .extracting(r -> r.get("path"), r -> r.get("status"))
                .containsExactly(tuple("opd/magetan-2022.csv", "superseded"), tuple("opd/magetan-2024.xlsx", "loaded"),
                        tuple("opd/ngawi.csv", "loaded"));
    }
}
