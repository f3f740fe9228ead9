package id.inovasi.stats.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import id.inovasi.stats.support.ChildProcess;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import id.inovasi.stats.support.TableContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The program run as the scripts run it, in a child JVM against this test's database: every exit
 * code of the README's operations section, and a run whose process is killed (SIGKILL) while it loads, recovered
 * and restarted to the result of an uninterrupted run.
 */
@PipelineTest
class ProcessLevelTest extends PipelineTestSupport {

    @Autowired
    DataSource dataSource;
    @Autowired
    RunControl control;
    @Autowired
    RunLock lock;

    @TempDir
    Path work;

    private Map<String, String> environment(Path inboxDir) {
        return Map.of("SPRING_DATASOURCE_URL", ((HikariDataSource) dataSource).getJdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "INOVASI_INBOX", inboxDir.toString(),
                "INOVASI_OUTPUT", work.resolve("out").toString(),
                "INOVASI_INGEST_PROGRESS_INTERVAL", "100ms");
    }

    @Test
    void everyExitCode() throws Exception {
        Path clean = Files.createDirectories(work.resolve("clean-inbox/reports"));
        Files.writeString(clean.resolve("a.csv"), "year,region_code,opd_code,opd_name,innovation_id,title,form,kind,stage\n"
                + "2023,35.20,1.02,Dinkes,INV-1,Antrean Online,lainnya,digital,penerapan\n");
        ChildProcess.Result ok = ChildProcess.run(work.resolve("ok.log"), environment(clean.getParent()), "run");
        assertThat(ok.exitCode()).as(ok.output()).isEqualTo(ExitCodes.OK);
        assertThat(ok.output()).contains("Exit code 0: success").contains("step ingest: COMPLETED").contains("step rebuild: COMPLETED");

        Path bad = Files.createDirectories(work.resolve("bad-inbox/reports"));
        Files.writeString(bad.resolve("a.csv"), "year,region_code,opd_code,opd_name,innovation_id,title,form,kind,stage\n"
                + "2023,35.20,1.02,Dinkes,INV-2,Judul,lainnya,digital,implementasi\n");
        ChildProcess.Result rejected = ChildProcess.run(work.resolve("rejected.log"), environment(bad.getParent()), "run");
        assertThat(rejected.exitCode()).as(rejected.output()).isEqualTo(ExitCodes.REJECTED_INPUT);
        assertThat(rejected.output()).contains("\"implementasi\" is not one of inisiatif, uji_coba, penerapan");

        ChildProcess.Result missingInbox = ChildProcess.run(work.resolve("missing.log"), environment(work.resolve("no-such-inbox")), "run");
        assertThat(missingInbox.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(missingInbox.output()).contains("set inovasi.inbox (environment INOVASI_INBOX)").doesNotContain("\tat ");

        Map<String, String> unreachable = new java.util.HashMap<>(environment(clean.getParent()));
        unreachable.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/inovasi");
        ChildProcess.Result noDatabase = ChildProcess.run(work.resolve("nodb.log"), unreachable, "run");
        assertThat(noDatabase.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(noDatabase.output()).contains("cannot reach the database").contains("spring.datasource.url (SPRING_DATASOURCE_URL)")
                .doesNotContain("\tat ");

        ChildProcess.Result badYear = ChildProcess.run(work.resolve("year.log"), environment(clean.getParent()), "run", "--year", "1999");
        assertThat(badYear.exitCode()).isEqualTo(ExitCodes.BAD_INVOCATION);
        assertThat(badYear.output()).contains("invalid year \"1999\"");
        ChildProcess.Result unknownOption = ChildProcess.run(work.resolve("option.log"), environment(clean.getParent()), "run", "--fast");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCodes.BAD_INVOCATION);
        assertThat(unknownOption.output()).contains("unknown option --fast");
        ChildProcess.Result unknownRun = ChildProcess.run(work.resolve("run.log"), environment(clean.getParent()), "restart", "999");
        assertThat(unknownRun.exitCode()).isEqualTo(ExitCodes.BAD_INVOCATION);
        assertThat(unknownRun.output()).contains("there is no run 999");

        ChildProcess.Result status = ChildProcess.run(work.resolve("status.log"), environment(clean.getParent()), "status");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(status.output()).contains("COMPLETED").contains("manual");
    }

    @Test
    void aRunKilledWhileLoadingIsRecoveredAndRestartedToTheSameResult() throws Exception {
        SampleInbox.copyTo(inbox);
        id.inovasi.stats.bench.ReportFileGenerator.generate(inbox.resolve("reports/zz-large.csv"), 200_000);
        Path log = work.resolve("killed.log");
        Process child = ChildProcess.start(log, environment(inbox), "run");
        try {
            ChildProcess.awaitOutput(log, "reports/zz-large.csv: ", child);   // a progress line: the large file is streaming in
        } finally {
            child.destroyForcibly();   // SIGKILL: no shutdown hook, no cleanup
            child.waitFor();
        }
        long runId = count("SELECT max(run_id) FROM stats.pipeline_run");
        assertThat(control.execution(runId).getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThatThrownBy(() -> control.restart(runId)).hasMessageContaining("jobs/recover " + runId);

        awaitLockReleased();   // the server notices the dead connection, and the lock goes with it
        JobExecution recovered = control.recover(runId);
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.sql("SELECT status FROM stats.pipeline_run WHERE run_id = :id").param("id", runId).query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(count("SELECT count(*) FROM stats.innovation WHERE innovation_id LIKE 'INV-%'")).as("the killed file's rows").isZero();

        JobExecution restarted = control.restart(runId);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> afterRecovery = TableContent.of(this);

        truncateStatsTables();
        assertThat(control.run(RunControl.Trigger.MANUAL, null, false).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(afterRecovery).isEqualTo(TableContent.of(this));
        assertThat(count("SELECT count(*) FROM stats.innovation")).isEqualTo(24 + 32 + 200_000);
    }

    @Test
    void anEmbeddedServerLeftRunningByAKilledProcessIsStoppedByTheNextStart() throws Exception {
        Path ownInbox = Files.createDirectories(work.resolve("embedded-inbox/reports"));
        id.inovasi.stats.bench.ReportFileGenerator.generate(ownInbox.resolve("large.csv"), 200_000);
        Map<String, String> embedded = Map.of("INOVASI_INBOX", ownInbox.getParent().toString(),
                "INOVASI_EMBEDDED_DATA_DIRECTORY", work.resolve("pgdata").toString(),
                "INOVASI_OUTPUT", work.resolve("out").toString(),
                "INOVASI_INGEST_PROGRESS_INTERVAL", "100ms");
        Path log = work.resolve("embedded-killed.log");
        Process child = ChildProcess.start(log, embedded, "run");
        try {
            ChildProcess.awaitOutput(log, "reports/large.csv: ", child);
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        ChildProcess.Result recovered = ChildProcess.run(work.resolve("embedded-recover.log"), embedded, "recover", "1");
        assertThat(recovered.output()).contains("An embedded PostgreSQL left running by an earlier process").contains("Marked run 1 FAILED");
        assertThat(recovered.exitCode()).isEqualTo(ExitCodes.OK);
    }

    private void awaitLockReleased() throws InterruptedException {
        for (int i = 0; i < 100 && lock.heldElsewhere(); i++) {
            Thread.sleep(100);
        }
    }
}
