package id.inovasi.stats.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** One run at a time: of ten starts at once exactly one runs; a scheduled trigger skips while a run is in progress. */
@PipelineTest
class ConcurrencyTest extends PipelineTestSupport {

    @Autowired
    RunControl control;
    @Autowired
    RunLock lock;

    @Test
    void tenStartsAtOnceStartExactlyOneRunAndTheOthersAreRefusedNamingIt() throws Exception {
        SampleInbox.copyTo(inbox);
        id.inovasi.stats.bench.ReportFileGenerator.generate(inbox.resolve("reports/zz-large.csv"), 50_000);
        CyclicBarrier together = new CyclicBarrier(10);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                together.await();
                try {
                    return control.run(RunControl.Trigger.MANUAL, null, false);
                } catch (RunInProgressException e) {
                    return e;
                }
            }));
        }
        List<JobExecution> ran = new ArrayList<>();
        List<RunInProgressException> refused = new ArrayList<>();
        for (Future<Object> result : results) {
            Object outcome = result.get();
            if (outcome instanceof JobExecution execution) {
                ran.add(execution);
            } else {
                refused.add((RunInProgressException) outcome);
            }
        }
        pool.shutdown();
        assertThat(ran).hasSize(1);
        assertThat(ran.get(0).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(refused).hasSize(9).allSatisfy(e -> assertThat(e.getMessage())
                .isEqualTo("run " + ran.get(0).getId() + " is in progress; a second run is refused: wait for it to finish (jobs/status) "
                        + "or stop it (jobs/stop " + ran.get(0).getId() + ")"));
        assertThat(count("SELECT count(*) FROM stats.pipeline_run")).isEqualTo(1);
    }

    @Test
    void theScheduledTriggerSkipsWhileAManualRunIsInProgress() {
        SampleInbox.copyTo(inbox);
        ScheduledRuns schedule = new ScheduledRuns(control);
        try (RunLock.Held manual = lock.tryAcquire().orElseThrow()) {   // as a manual run in another process holds it
            ScheduledRuns.Outcome outcome = schedule.trigger();
            assertThat(outcome.started()).isFalse();
            assertThat(outcome.message()).startsWith("Scheduled run skipped: ").contains("is in progress");
        }
        assertThat(count("SELECT count(*) FROM stats.pipeline_run")).isZero();
        ScheduledRuns.Outcome outcome = schedule.trigger();
        assertThat(outcome.started()).isTrue();
        assertThat(jdbc.sql("SELECT parameter_value FROM inovasi_batch.batch_job_execution_params WHERE job_execution_id = :id AND parameter_name = 'trigger'")
                .param("id", outcome.runId()).query(String.class).single()).isEqualTo("schedule");
    }
}
