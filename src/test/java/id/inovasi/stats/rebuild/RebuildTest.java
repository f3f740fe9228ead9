package id.inovasi.stats.rebuild;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding is atomic per year, reproducible, touches the years that changed and the year after,
 * and changes only the rows whose figures moved.
 */
@PipelineTest
class RebuildTest extends PipelineTestSupport {

    static final List<String> SUMMARIES = List.of("innovation_assessment", "opd_year_summary", "region_year_summary", "index_estimate",
            "ranking_trend", "ranking_mover", "fix_priority", "opd_coverage");

    private void writeInputs() {
        write("reports/2022/dinkes.csv", Reports.header() + Reports.innovation("I-1", "year=2022", "applied_date=2021-03-01")
                + Reports.innovation("I-2", "year=2022", "stage=uji_coba"));
        write("reports/2023/dinkes.csv", Reports.header() + Reports.innovation("I-1", "ind_video=2") + Reports.innovation("I-3"));
        write("reports/2023/dikbud.csv", Reports.header() + Reports.innovation("I-10", "opd_code=1.01", "opd_name=Dinas Pendidikan", "ind_sdm=3"));
        write("national/2022.csv", "year,region_code,region_name,cluster,score\n2022,35.20,Magetan,kabupaten,53\n2022,35.21,Ngawi,kabupaten,50\n");
        write("national/2023.csv", "year,region_code,region_name,cluster,score\n2023,35.20,Magetan,kabupaten,43\n2023,35.21,Ngawi,kabupaten,51\n");
        write("capacity/spd.csv", "year,region_code,spd_score\n2022,35.20,41.5\n2023,35.20,38.25\n");
    }

    @Test
    void aRebuildThatFailsMidwayLeavesThePreviousSummariesAsTheyWere() {
        writeInputs();
        run();
        Map<String, List<Map<String, Object>>> before = summaries();
        assertThat(before.get("ranking_trend")).hasSize(4);

        // A corrected file changes 2023; the database then refuses the region summaries of 2023 (the
        // year's last rows), after its verdicts, estimates and OPD summaries were already written in
        // the same transaction.
        write("reports/2023/dikbud-koreksi.csv", Reports.header() + Reports.innovation("I-10", "opd_code=1.01", "opd_name=Dinas Pendidikan", "stage=inisiatif"));
        jdbc.sql("""
                CREATE FUNCTION stats.test_refuse() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'disk full (injected by the test)'; END $$""").update();
        jdbc.sql("CREATE TRIGGER test_refuse BEFORE INSERT OR UPDATE ON stats.region_year_summary FOR EACH ROW WHEN (NEW.year = 2023) "
                + "EXECUTE FUNCTION stats.test_refuse()").update();
        try {
            JobExecution failed = start();
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.getAllFailureExceptions().toString()).contains("disk full (injected by the test)");
        } finally {
            jdbc.sql("DROP TRIGGER test_refuse ON stats.region_year_summary").update();
            jdbc.sql("DROP FUNCTION stats.test_refuse()").update();
        }
        assertThat(summaries()).isEqualTo(before);
        // the corrected file itself was loaded (its own transaction); the next run rebuilds 2023 from it
        assertThat(count("SELECT count(*) FROM stats.innovation WHERE innovation_id = 'I-10' AND stage = 'inisiatif'")).isEqualTo(1);
    }

    @Test
    void theSameInputsGiveTheSameSummariesWhateverTheOrderAndHoweverOftenTheyRun() {
        // all at once
        writeInputs();
        run();
        Map<String, List<Map<String, Object>>> together = summaries();

        // the same files arriving one run at a time, newest year first
        truncateStatsTables();
        writeInputsOneByOne(List.of("national/2023.csv", "reports/2023/dikbud.csv", "capacity/spd.csv", "reports/2023/dinkes.csv",
                "national/2022.csv", "reports/2022/dinkes.csv"));
        Map<String, List<Map<String, Object>>> oneByOne = summaries();
        assertThat(oneByOne).isEqualTo(together);

        // and again: nothing changes
        run();
        assertThat(summaries()).isEqualTo(together);
        JobExecution all = jobOperatorStartAllYears();
        assertThat(all.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(summaries()).isEqualTo(together);
        assertThat(jdbc.sql("SELECT years_rebuilt FROM stats.pipeline_run WHERE run_id = :id").param("id", all.getId())
                .query((rs, n) -> List.of((Integer[]) rs.getArray(1).getArray())).single()).containsExactly(2022, 2023);
    }

    @Test
    void theYearsThatChangedAndTheYearAfterAreRebuilt() {
        writeInputs();
        run();
        write("national/2022-koreksi.csv", "year,region_code,region_name,cluster,score\n2022,35.21,Ngawi,kabupaten,54\n");
        JobExecution execution = run();
        assertThat(jdbc.sql("SELECT years_changed, years_rebuilt FROM stats.pipeline_run WHERE run_id = :id").param("id", execution.getId())
                .query((rs, n) -> List.of((Integer[]) rs.getArray(1).getArray()) + " " + List.of((Integer[]) rs.getArray(2).getArray()))
                .single()).isEqualTo("[2022] [2022, 2023]");
        // 2023's trend follows the corrected 2022 score: Ngawi was above Magetan last year
        assertThat(row("SELECT prev_rank, rank_change FROM stats.ranking_trend WHERE year = 2023 AND region_code = '35.21'"))
                .containsEntry("prev_rank", 1).containsEntry("rank_change", 0);
    }

    @Test
    void aRebuildChangesOnlyTheRowsWhoseFiguresMoved() {
        writeInputs();
        long first = run().getId();
        Map<String, List<Map<String, Object>>> written = summaries(true);

        // every year rebuilt from the same inputs: every row stays as it was, the run that wrote it included
        assertThat(jobOperatorStartAllYears().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(summaries(true)).isEqualTo(written);

        // I-10 no longer qualifies: its verdict, its OPD's and its region's 2023 rows change, and nothing of 2022
        write("reports/2023/dikbud-koreksi.csv", Reports.header() + Reports.innovation("I-10", "opd_code=1.01", "opd_name=Dinas Pendidikan", "stage=inisiatif"));
        long corrected = run().getId();
        assertThat(rows("SELECT innovation_id, run_id FROM stats.innovation_assessment ORDER BY year, innovation_id").stream()
                .map(r -> r.get("innovation_id") + "@" + (((Number) r.get("run_id")).longValue() == corrected ? "corrected" : "first")))
                .containsExactly("I-1@first", "I-2@first", "I-1@first", "I-10@corrected", "I-3@first");
        assertThat(rows("SELECT year, opd_code FROM stats.opd_year_summary WHERE run_id = " + corrected))
                .containsExactly(Map.of("year", 2023, "opd_code", "1.01"));
        assertThat(count("SELECT count(*) FROM stats.region_year_summary WHERE year = 2022 AND run_id = " + first)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM stats.region_year_summary WHERE year = 2023 AND run_id = " + corrected)).isEqualTo(1);

        // I-3 withdrawn (its file sent again without it): its verdict goes, the others stay
        write("reports/2023/dinkes.csv", Reports.header() + Reports.innovation("I-1", "ind_video=2"));
        run();
        assertThat(rows("SELECT innovation_id FROM stats.innovation_assessment WHERE year = 2023 ORDER BY innovation_id"))
                .extracting(r -> r.get("innovation_id")).containsExactly("I-1", "I-10");
        assertThat(count("SELECT count(*) FROM stats.innovation_assessment WHERE innovation_id = 'I-1' AND year = 2023 AND run_id = " + first))
                .isEqualTo(1);
    }

    private void writeInputsOneByOne(List<String> order) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        writeInputs();
        try {
            for (String path : order) {
                files.put(path, java.nio.file.Files.readAllBytes(inbox.resolve(path)));
            }
            deleteTree(inbox);
            for (String path : order) {
                write(path, files.get(path));
                run();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JobExecution jobOperatorStartAllYears() {
        try {
            return jobOperator.start(mainJob, id.inovasi.stats.operations.RunParameters.of(java.time.Instant.now().plusSeconds(1), null, true));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every summary row, without run_id (which run wrote a row is not part of its content). */
    Map<String, List<Map<String, Object>>> summaries() {
        return summaries(false);
    }

    /** Every summary row, with or without the run that last changed it. */
    Map<String, List<Map<String, Object>>> summaries(boolean withRunIds) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : SUMMARIES) {
            List<Map<String, Object>> rows = rows("SELECT * FROM stats." + table + " ORDER BY 1, 2, 3, 4");
            if (!withRunIds) {
                rows.forEach(r -> r.remove("run_id"));
            }
            tables.put(table, rows);
        }
        return tables;
    }
}
