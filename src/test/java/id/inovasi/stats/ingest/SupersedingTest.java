package id.inovasi.stats.ingest;

import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** docs/inputs.md, "Superseding": each file is the full report of the OPDs it names, for those years. */
@PipelineTest
class SupersedingTest extends PipelineTestSupport {

    private static final String HEADER = "year,region_code,opd_code,opd_name,innovation_id,title,form,kind,stage\n";

    private static String row(int year, String opd, String id, String title) {
        return year + ",35.20," + opd + ",OPD " + opd + "," + id + "," + title + ",lainnya,digital,penerapan\n";
    }

    @Test
    void aCorrectedOpdFileReplacesThatOpdsRowsForThatYearAndTheOldFileIsMarkedSuperseded() {
        write("reports/2023/a.csv", HEADER + row(2023, "1.02", "INV-1", "Lama") + row(2023, "1.02", "INV-2", "Dua")
                + row(2023, "1.02", "INV-3", "Tiga") + row(2023, "1.01", "INV-10", "Sepuluh") + row(2022, "1.02", "INV-1", "Tahun lalu"));
        run();
        write("reports/2023/b-koreksi-dinkes.csv", HEADER + row(2023, "1.02", "INV-1", "Baru") + row(2023, "1.02", "INV-4", "Empat"));
        run();

        assertThat(current()).containsExactly(
                tuple(2022, "INV-1", "Tahun lalu", "reports/2023/a.csv"),
                tuple(2023, "INV-1", "Baru", "reports/2023/b-koreksi-dinkes.csv"),
                tuple(2023, "INV-10", "Sepuluh", "reports/2023/a.csv"),
                tuple(2023, "INV-4", "Empat", "reports/2023/b-koreksi-dinkes.csv"));
        assertThat(status("reports/2023/a.csv")).isEqualTo("loaded");   // its 1.01 and 2022 rows are still current
        assertThat(row("SELECT files_superseded, years_changed FROM stats.pipeline_run WHERE run_id = (SELECT max(run_id) FROM stats.pipeline_run)").get("files_superseded"))
                .isEqualTo(0);

        write("reports/2023/c-dikbud.csv", HEADER + row(2023, "1.01", "INV-10", "Sepuluh revisi"));
        write("reports/2022/d-dinkes.csv", HEADER + row(2022, "1.02", "INV-1", "Tahun lalu revisi"));
        run();
        Map<String, Object> old = row("SELECT status, message, superseded_at, rows_loaded FROM stats.source_file WHERE path = 'reports/2023/a.csv'");
        assertThat(old).containsEntry("status", "superseded").containsEntry("rows_loaded", 5L);
        assertThat((String) old.get("message")).contains("superseded by reports/2023/c-dikbud.csv");
        assertThat(old.get("superseded_at")).isNotNull();
        assertThat(row("SELECT files_superseded FROM stats.pipeline_run WHERE run_id = (SELECT max(run_id) FROM stats.pipeline_run)"))
                .containsEntry("files_superseded", 1);
        assertThat(count("SELECT count(*) FROM stats.innovation")).isEqualTo(4);
    }

    @Test
    void withinOneRunTheFileLaterInPathOrderWins() {
        write("reports/dinkes-v2.csv", HEADER + row(2023, "1.02", "INV-1", "Versi dua"));
        write("reports/dinkes-v1.csv", HEADER + row(2023, "1.02", "INV-1", "Versi satu") + row(2023, "1.02", "INV-2", "Hanya di v1"));
        run();
        assertThat(current()).containsExactly(tuple(2023, "INV-1", "Versi dua", "reports/dinkes-v2.csv"));
        assertThat(status("reports/dinkes-v1.csv")).isEqualTo("superseded");
    }

    @Test
    void aNewerNationalFileReplacesTheRegionsItNames() {
        write("national/a.csv", "year,region_code,region_name,cluster,score\n2023,35.20,Kabupaten Magetan,kabupaten,43\n2023,35.21,Kabupaten Ngawi,kabupaten,50\n");
        run();
        write("national/b-koreksi.csv", "year,region_code,region_name,cluster,score\n2023,35.20,Kabupaten Magetan,kabupaten,44.5\n");
        run();
        assertThat(rows("SELECT region_code, score, rank, predicate FROM stats.national_result ORDER BY region_code"))
                .extracting(r -> r.get("region_code"), r -> r.get("score").toString(), r -> r.get("rank"))
                .containsExactly(tuple("35.20", "44.5", 2), tuple("35.21", "50", 1));
        assertThat(status("national/a.csv")).isEqualTo("loaded");
        write("national/c-koreksi.csv", "year,region_code,region_name,cluster,score\n2023,35.21,Kabupaten Ngawi,kabupaten,40\n");
        run();
        assertThat(status("national/a.csv")).isEqualTo("superseded");
        assertThat(rows("SELECT region_code, rank FROM stats.national_result ORDER BY region_code"))
                .extracting(r -> r.get("region_code"), r -> r.get("rank")).containsExactly(tuple("35.20", 1), tuple("35.21", 2));
    }

    private List<org.assertj.core.groups.Tuple> current() {
        return rows("""
                SELECT i.year, i.innovation_id, i.title, f.path FROM stats.innovation i JOIN stats.source_file f USING (file_id)
                ORDER BY i.year, i.innovation_id""").stream()
                .map(r -> tuple(r.get("year"), r.get("innovation_id"), r.get("title"), r.get("path"))).toList();
    }

    private String status(String path) {
        return jdbc.sql("SELECT status FROM stats.source_file WHERE path = :path").param("path", path).query(String.class).single();
    }
}
