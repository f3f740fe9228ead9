package id.inovasi.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks written by LibreOffice from a CSV file (src/test/resources/workbooks, see its README)
 * load exactly the rows of that CSV file, with the same rejects on the same records: a workbook row
 * is named by its sheet and the row number the spreadsheet shows (the CSV's line numbers run ahead
 * of it after a value holding a line break).
 */
@PipelineTest
class LibreOfficeWorkbooksTest extends PipelineTestSupport {

    private static final Path FIXTURES = Path.of("src/test/resources/workbooks");
    private static final String LOADED = """
            SELECT year, region_code, innovation_id, opd_code, opd_name, title, form, kind, stage, applied_date, problem_statement,
                   documentation, policy_ref, asn_implementers, benefit_metric, benefit_before, benefit_after, benefit_direction,
                   ind_regulasi, ind_video
            FROM stats.innovation ORDER BY innovation_id""";
    private static final String REJECTED = "SELECT column_name, reason, message FROM stats.rejected_row";

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aWorkbookLoadsTheRowsOfTheCsvItWasMadeFrom(String extension) throws Exception {
        write("reports/2023/laporan-2023.csv", Files.readAllBytes(FIXTURES.resolve("laporan-2023.csv")));
        run();
        List<Map<String, Object>> csvRows = rows(LOADED);
        List<Map<String, Object>> csvRejects = rows(REJECTED);
        assertThat(csvRows).hasSize(3);
        assertThat(csvRejects).hasSize(1);

        cleanInboxAndTables();
        write("reports/2023/laporan-2023." + extension, Files.readAllBytes(FIXTURES.resolve("laporan-2023." + extension)));
        run();

        assertThat(rows(LOADED)).isEqualTo(csvRows);
        // the same reject, at the same record: CSV line 5 (a quoted line break above it takes two lines) is the sheet's row 4
        assertThat(csvRejects.get(0).get("message").toString()).startsWith("line 5, column stage");
        assertThat(rows(REJECTED)).singleElement().satisfies(r -> {
            assertThat(r.get("column_name")).isEqualTo(csvRejects.get(0).get("column_name"));
            assertThat(r.get("reason")).isEqualTo(csvRejects.get(0).get("reason"));
            assertThat(r.get("message").toString()).isEqualTo(csvRejects.get(0).get("message").toString()
                    .replace("line 5", "sheet laporan-2023, row 4"));
        });
        assertThat(row("SELECT charset, lines_read, rows_loaded, rows_rejected FROM stats.source_file"))
                .containsEntry("charset", extension).containsEntry("lines_read", 4L).containsEntry("rows_loaded", 3L);
    }
}
