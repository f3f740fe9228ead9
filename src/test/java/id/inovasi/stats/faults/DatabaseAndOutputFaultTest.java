package id.inovasi.stats.faults;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.bench.ReportFileGenerator;
import id.inovasi.stats.operations.ExitCodes;
import id.inovasi.stats.support.ChildProcess;
import id.inovasi.stats.support.EmbeddedDatabases;
import id.inovasi.stats.support.OutputContent;
import id.inovasi.stats.support.SampleInbox;
import id.inovasi.stats.support.TableContent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults outside the program, as they happen to a real child process: PostgreSQL restarted in the
 * middle of a run, and an output folder that cannot be written. Each run fails with one clear
 * line; the next plain run converges to what a clean run leaves.
 */
class DatabaseAndOutputFaultTest {

    @TempDir
    Path work;

    @Test
    void postgresRestartedDuringARunFailsItClearlyAndTheNextRunConverges() throws Exception {
        Path inbox = work.resolve("inbox");
        SampleInbox.copyTo(inbox);
        ReportFileGenerator.generate(inbox.resolve("reports/zz-large.csv"), 150_000);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = work.resolve("pg");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
        try {
            EmbeddedDatabases.create(postgres, "restarted");
            EmbeddedDatabases.create(postgres, "reference");
            Map<String, String> environment = environment(port, "restarted", inbox, work.resolve("out"));
            Path log = work.resolve("restarted.log");
            Process child = ChildProcess.start(log, environment, "run");
            ChildProcess.awaitOutput(log, "reports/zz-large.csv: ", child);   // the large file is streaming into COPY
            postgres.close();                                      // the server goes away mid-run ...
            postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();   // ... and comes back
            assertThat(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("the run ends").isTrue();
            String output = Files.readString(log);
            assertThat(child.exitValue()).as(output).isEqualTo(ExitCodes.FAILED);
            assertThat(output).as(output).contains("the database connection was lost")
                    .contains("jobs/run finishes the work").doesNotContain("UNKNOWN").doesNotContain("\tat org.");

            ChildProcess.Result next = ChildProcess.run(work.resolve("next.log"), environment, "run");
            assertThat(next.exitCode()).as(next.output()).isIn(ExitCodes.OK, ExitCodes.REJECTED_INPUT);
            ChildProcess.Result clean = ChildProcess.run(work.resolve("clean.log"), environment(port, "reference", inbox, work.resolve("out-clean")), "run");
            assertThat(clean.exitCode()).as(clean.output()).isIn(ExitCodes.OK, ExitCodes.REJECTED_INPUT);
            assertThat(tables(port, "restarted")).isEqualTo(tables(port, "reference"));
            assertThat(OutputContent.of(work.resolve("out"))).isEqualTo(OutputContent.of(work.resolve("out-clean")));
        } finally {
            postgres.close();
        }
    }

    @Test
    void anOutputFolderThatCannotBeWrittenFailsTheRunNamingTheSettingAndKeepsTheSummaries() throws Exception {
        Path inbox = work.resolve("inbox");
        SampleInbox.copyTo(inbox);
        Path blocked = Files.writeString(work.resolve("not-a-folder"), "a file where the output folder should be");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg2")).setCleanDataDirectory(true).start()) {
            EmbeddedDatabases.create(postgres, "kept");
            EmbeddedDatabases.create(postgres, "reference");
            ChildProcess.Result failed = ChildProcess.run(work.resolve("blocked.log"),
                    environment(postgres.getPort(), "kept", inbox, blocked.resolve("out")), "run");
            assertThat(failed.exitCode()).as(failed.output()).isEqualTo(ExitCodes.FAILED);
            assertThat(failed.output()).contains("inovasi.output").contains(blocked.resolve("out").toString()).doesNotContain("\tat ");
            long built = query(postgres.getPort(), "kept", jdbc -> jdbc.sql("SELECT count(*) FROM stats.year_build WHERE summaries_built_at IS NOT NULL")
                    .query(Long.class).single());
            assertThat(built).as("years whose summaries were kept").isEqualTo(2);
            ChildProcess.Result status = ChildProcess.run(work.resolve("status.log"),
                    environment(postgres.getPort(), "kept", inbox, blocked.resolve("out")), "status");
            assertThat(status.output()).contains("Stale years (the next jobs/run rebuilds or rewrites them):")
                    .contains("2022: its report is missing from the output folder [report only]")
                    .contains("2023: its report is missing from the output folder [report only]");

            Path output = work.resolve("out");
            ChildProcess.Result next = ChildProcess.run(work.resolve("next.log"), environment(postgres.getPort(), "kept", inbox, output), "run");
            assertThat(next.exitCode()).as(next.output()).isEqualTo(ExitCodes.OK);
            assertThat(next.output()).contains("years rebuilt: none").contains("report: " + output.resolve("2023/report.html").toAbsolutePath());
            ChildProcess.Result clean = ChildProcess.run(work.resolve("clean.log"),
                    environment(postgres.getPort(), "reference", inbox, work.resolve("out-clean")), "run");
            assertThat(clean.exitCode()).as(clean.output()).isIn(ExitCodes.OK, ExitCodes.REJECTED_INPUT);
            assertThat(tables(postgres.getPort(), "kept")).isEqualTo(tables(postgres.getPort(), "reference"));
            assertThat(OutputContent.of(output)).isEqualTo(OutputContent.of(work.resolve("out-clean")));
        }
    }

    private static Map<String, String> environment(int port, String database, Path inbox, Path output) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/" + database);
        environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
        environment.put("INOVASI_INBOX", inbox.toString());
        environment.put("INOVASI_OUTPUT", output.toString());
        environment.put("INOVASI_INGEST_PROGRESS_INTERVAL", "100ms");
        return environment;
    }

    private static Map<String, List<Map<String, Object>>> tables(int port, String database) throws Exception {
        return query(port, database, TableContent::of);
    }

    private static <T> T query(int port, String database, java.util.function.Function<JdbcClient, T> read) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "")) {
            return read.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
        }
    }
}
