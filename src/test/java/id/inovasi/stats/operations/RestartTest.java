package id.inovasi.stats.operations;

import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import id.inovasi.stats.support.TableContent;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failed run, restarted, ends with the tables of an uninterrupted run; any number of runs can be started by hand. */
@PipelineTest
class RestartTest extends PipelineTestSupport {

    @Autowired
    RunControl control;
    @Autowired
    RunLock lock;

    @Test
    void aRunThatFailedMidwayIsRestartedToTheSameTablesAsAnUninterruptedRun() {
        SampleInbox.copyTo(inbox);
        // the database refuses one OPD's 2023 rows: the run fails in the middle of the ingest
        jdbc.sql("CREATE FUNCTION stats.test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (injected by the test)'; END $$").update();
        jdbc.sql("CREATE TRIGGER test_refuse BEFORE INSERT ON stats.innovation FOR EACH ROW WHEN (NEW.year = 2023 AND NEW.opd_code = '2.12.01') EXECUTE FUNCTION stats.test_refuse()").update();
        JobExecution failed;
        try {
            failed = control.run(RunControl.Trigger.MANUAL, null, false);
        } finally {
            jdbc.sql("DROP TRIGGER test_refuse ON stats.innovation").update();
            jdbc.sql("DROP FUNCTION stats.test_refuse()").update();
        }
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions().toString()).contains("disk full (injected by the test)");
        long loadedBeforeFailure = count("SELECT count(*) FROM stats.source_file");
        assertThat(loadedBeforeFailure).as("files committed before the failure").isBetween(1L, 16L);
        assertThat(count("SELECT count(*) FROM stats.region_year_summary")).as("no summaries yet").isZero();

        JobExecution restarted = control.restart(failed.getId());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(restarted.getId()).isNotEqualTo(failed.getId());
        Map<String, List<Map<String, Object>>> afterRestart = TableContent.of(this);
        assertThatThrownBy(() -> control.restart(restarted.getId())).hasMessageContaining("only a FAILED or STOPPED run can be restarted");

        truncateStatsTables();
        assertThat(control.run(RunControl.Trigger.MANUAL, null, false).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(afterRestart).isEqualTo(TableContent.of(this));
        assertThat(afterRestart.get("region_year_summary")).hasSize(2);
    }

    @Test
    void twoManualRunsOnTheSameDayBothRun() {
        SampleInbox.copyTo(inbox);
        JobExecution first = control.run(RunControl.Trigger.MANUAL, null, false);
        JobExecution second = control.run(RunControl.Trigger.MANUAL, 2023, false);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
        assertThat(jdbc.sql("SELECT years_rebuilt FROM stats.pipeline_run WHERE run_id = :id").param("id", second.getId())
                .query((rs, n) -> List.of((Integer[]) rs.getArray(1).getArray())).single()).containsExactly(2023);
    }

    @Test
    void aStoppedRunEndsStoppedAndARestartFinishesIt() throws Exception {
        SampleInbox.copyTo(inbox);
        id.inovasi.stats.bench.ReportFileGenerator.generate(inbox.resolve("reports/zz-large.csv"), 30_000);
        long runId = control.runInBackground(RunControl.Trigger.MANUAL, null, false);
        control.stop(runId);
        JobExecution stopped = awaitEnd(runId);
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        JobExecution restarted = control.restart(runId);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT count(*) FROM stats.innovation")).isEqualTo(24 + 32 + 30_000);
    }

    private JobExecution awaitEnd(long runId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JobExecution execution = control.execution(runId);
            if (!execution.isRunning() && !lock.heldElsewhere()) {
                return execution;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not end");
    }
}
