package id.inovasi.stats.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.operations.ExitCodes;
import id.inovasi.stats.operations.FaultPoints.Point;
import id.inovasi.stats.support.ChildProcess;
import id.inovasi.stats.support.EmbeddedDatabases;
import id.inovasi.stats.support.OutputContent;
import id.inovasi.stats.support.SampleInbox;
import id.inovasi.stats.support.TableContent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault harness: the real program in a child JVM on the sample inbox, stopped dead
 * ({@code kill -9}) at each named point of a run, then each of the operator's two ways on, on
 * copies of what the kill left (database and output folder): {@code jobs/recover} then
 * {@code jobs/restart}, and a plain {@code jobs/run}. Both must end with every table and report
 * file identical to a clean run's (run ids, file ids and times left out).
 */
@Execution(ExecutionMode.CONCURRENT)   // two points at a time: each mostly waits on its child JVMs
class KillConvergenceTest {

    private static Path work;
    private static EmbeddedPostgres postgres;
    private static Path inbox;
    private static Snapshot reference;

    /** What a run leaves behind, as compared. */
    private record Snapshot(Map<String, List<Map<String, Object>>> tables, Map<String, String> reports) {
    }

    @BeforeAll
    static void cleanRun() throws Exception {
        work = Files.createTempDirectory(Path.of("target"), "kill-convergence-");
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start();
        inbox = work.resolve("inbox");
        SampleInbox.copyTo(inbox);
        EmbeddedDatabases.create(postgres, "reference", null);
        ChildProcess.Result clean = ChildProcess.run(work.resolve("reference.log"), environment("reference"), "run");
        assertSucceeded(clean);
        reference = snapshot("reference");
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Point.class)
    void aRunKilledHereEndsLikeACleanRunAfterRecoverAndRestartAndAfterAPlainRun(Point point) throws Exception {
        String killed = point.name().toLowerCase();
        EmbeddedDatabases.create(postgres, killed, null);
        Path log = work.resolve(killed + ".log");
        Map<String, String> environment = new java.util.HashMap<>(environment(killed));
        environment.put("INOVASI_FAULT_PAUSE_AT", point.name());
        Process child = ChildProcess.start(log, environment, "run");
        try {
            ChildProcess.awaitOutput(log, "PAUSED AT " + point, child);
        } finally {
            child.destroyForcibly();   // SIGKILL: no shutdown hook, no rollback but the server's own
            child.waitFor();
        }
        long runId = jdbc(killed, jdbc -> jdbc.sql("SELECT max(run_id) FROM stats.pipeline_run").query(Long.class).single());

        // the second way gets its own copy of what the kill left
        String plain = killed + "_plain";
        EmbeddedDatabases.create(postgres, plain, killed);
        copyTree(output(killed), output(plain));

        ChildProcess.Result recovered = ChildProcess.run(work.resolve(killed + "-recover.log"), environment(killed), "recover", String.valueOf(runId));
        assertThat(recovered.exitCode()).as(recovered.output()).isEqualTo(ExitCodes.OK);
        ChildProcess.Result restarted = ChildProcess.run(work.resolve(killed + "-restart.log"), environment(killed), "restart", String.valueOf(runId));
        assertSucceeded(restarted);
        assertThat(snapshot(killed)).as("after jobs/recover and jobs/restart, killed at %s", point).isEqualTo(reference);

        ChildProcess.Result next = ChildProcess.run(work.resolve(plain + ".log"), environment(plain), "run");
        assertSucceeded(next);
        assertThat(next.output()).as("the dead run is marked failed").contains("Run " + runId + " was left running by a process that died");
        assertThat(snapshot(plain)).as("after a plain jobs/run, killed at %s", point).isEqualTo(reference);
        long unfinished = jdbc(plain, jdbc -> jdbc.sql("SELECT count(*) FROM stats.pipeline_run WHERE status NOT IN ('COMPLETED', 'FAILED')")
                .query(Long.class).single());
        assertThat(unfinished).as("runs left neither completed nor failed").isZero();
    }

    /** Completed; the sample holds rejected rows, so the exit code may say so. */
    private static void assertSucceeded(ChildProcess.Result run) {
        assertThat(run.exitCode()).as(run.output()).isIn(ExitCodes.OK, ExitCodes.REJECTED_INPUT);
    }

    private static Map<String, String> environment(String database) {
        return Map.of("SPRING_DATASOURCE_URL", url(database),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "INOVASI_INBOX", inbox.toString(),
                "INOVASI_OUTPUT", output(database).toString());
    }

    private static Path output(String database) {
        return work.resolve("out-" + database);
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private static Snapshot snapshot(String database) throws Exception {
        return new Snapshot(jdbc(database, TableContent::of), OutputContent.of(output(database)));
    }

    private static <T> T jdbc(String database, java.util.function.Function<JdbcClient, T> read) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(database), "postgres", "")) {
            return read.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
