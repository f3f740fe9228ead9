package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The shipped sample inbox (data/inbox) loads as its README says, and a second run changes nothing. */
@PipelineTest
class SampleDataIngestTest extends PipelineTestSupport {

    private static final List<String> TABLES = List.of("source_file", "rejected_row", "innovation", "national_result", "region_capacity");

    @BeforeEach
    void copySampleInbox() {
        SampleInbox.copyTo(inbox);
    }

    @Test
    void theSampleInboxLoadsTheMagetanStory() {
        run();
        assertThat(rows("SELECT year, count(*) AS n FROM stats.innovation WHERE region_code = '35.20' GROUP BY year ORDER BY year"))
                .extracting(r -> r.get("year"), r -> r.get("n")).containsExactly(tuple(2022, 24L), tuple(2023, 32L));
        assertThat(rows("SELECT year, count(*) AS n FROM stats.national_result WHERE cluster = 'kabupaten' GROUP BY year ORDER BY year"))
                .extracting(r -> r.get("year"), r -> r.get("n")).containsExactly(tuple(2022, 413L), tuple(2023, 413L));
        assertThat(rows("SELECT year, score, rank, rank_source, predicate, predicate_source FROM stats.national_result WHERE region_code = '35.20' ORDER BY year"))
                .extracting(r -> r.get("year"), r -> r.get("score").toString(), r -> r.get("rank"), r -> r.get("rank_source"),
                        r -> r.get("predicate"), r -> r.get("predicate_source"))
                .containsExactly(tuple(2022, "53.00", 54, "official", "inovatif", "official"),
                        tuple(2023, "43.00", 218, "computed", "inovatif", "derived"));
        assertThat(rows("SELECT path, status, reason FROM stats.source_file WHERE status <> 'loaded' ORDER BY path"))
                .extracting(r -> r.get("path"), r -> r.get("status"), r -> r.get("reason"))
                .containsExactly(tuple("reports/2023/dinkes-1.csv", "superseded", null),
                        tuple("reports/2023/rekap-kecamatan.csv", "rejected", "missing_column"));
        assertThat(rows("SELECT f.path, r.line_no, r.reason FROM stats.rejected_row r JOIN stats.source_file f USING (file_id) ORDER BY f.path"))
                .extracting(r -> r.get("path"), r -> r.get("line_no"), r -> r.get("reason"))
                .containsExactly(tuple("capacity/spd-magetan.csv", 2L, "out_of_range"),
                        tuple("reports/2023/dinkes-2.csv", 6L, "duplicate_key"),
                        tuple("reports/2023/dukcapil.csv", 7L, "unknown_value"));
        assertThat(rows("SELECT DISTINCT charset, delimiter FROM stats.source_file WHERE charset IS NOT NULL ORDER BY 1, 2"))
                .extracting(r -> r.get("charset"), r -> r.get("delimiter"))
                .contains(tuple("UTF-8", "comma"), tuple("UTF-8", "semicolon"), tuple("UTF-8", "tab"), tuple("windows-1252", "semicolon"),
                        tuple("xlsx", null));
        assertThat(row("SELECT rows_loaded, message FROM stats.source_file WHERE path = 'reports/2022/rekap-2022.xlsx'"))
                .containsEntry("rows_loaded", 6L)
                .hasEntrySatisfying("message", m -> assertThat(m.toString()).contains("sheets read: Sekretariat Daerah, Dinas Pertanian"));
        assertThat(jdbc.sql("SELECT title FROM stats.innovation WHERE innovation_id = 'MGT-DINKES-01' AND year = 2022").query(String.class).single())
                .isEqualTo("Posyandu Lansia “Terpadu”");
    }

    @Test
    void aSecondRunReportsEveryFileUnchangedAndChangesNoRow() {
        run();
        Map<String, List<Map<String, Object>>> before = snapshot();
        run();
        assertSameTables(snapshot(), before);
        assertThat(row("SELECT files_seen, files_unchanged, files_loaded, rows_read, years_changed FROM stats.pipeline_run WHERE run_id = (SELECT max(run_id) FROM stats.pipeline_run)"))
                .containsEntry("files_seen", 17).containsEntry("files_unchanged", 17).containsEntry("files_loaded", 0)
                .containsEntry("rows_read", 0L);
    }

    @Test
    void aByteIdenticalCopyUnderAnotherPathIsRecordedOnceAsDuplicateAndLoadsNothing() throws IOException {
        run();
        Map<String, List<Map<String, Object>>> before = snapshot();
        Files.copy(inbox.resolve("reports/2023/bappeda.csv"), inbox.resolve("reports/2023/bappeda-copy.csv"));
        run();
        run();
        Map<String, Object> copy = row("SELECT status, message, rows_loaded FROM stats.source_file WHERE path = 'reports/2023/bappeda-copy.csv'");
        assertThat(copy).containsEntry("status", "duplicate").containsEntry("rows_loaded", 0L);
        assertThat((String) copy.get("message")).contains("byte-identical to reports/2023/bappeda.csv");
        Map<String, List<Map<String, Object>>> after = snapshot();
        after.get("source_file").removeIf(r -> r.get("path").equals("reports/2023/bappeda-copy.csv"));
        assertSameTables(after, before);
    }

    private static void assertSameTables(Map<String, List<Map<String, Object>>> actual, Map<String, List<Map<String, Object>>> expected) {
        for (String table : TABLES) {
            List<Map<String, Object>> a = actual.get(table);
            List<Map<String, Object>> e = expected.get(table);
            assertThat(a).as("rows of stats.%s", table).hasSameSizeAs(e);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i)).as("row %d of stats.%s", i, table).isEqualTo(e.get(i));
            }
        }
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, new java.util.ArrayList<>(rows("SELECT * FROM stats." + table + " ORDER BY 1, 2, 3")));
        }
        return tables;
    }
}
