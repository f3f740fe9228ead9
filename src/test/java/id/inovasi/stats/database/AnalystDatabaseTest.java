package id.inovasi.stats.database;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import id.inovasi.stats.support.ChildProcess;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * jobs/db as an analyst and an operator use it, in child processes: the embedded database held
 * at a fixed port; the read-only login reads the tables and can write none; a run started
 * meanwhile uses that server and completes; stopping jobs/db stops the server.
 */
class AnalystDatabaseTest {

    @TempDir
    Path work;

    @Test
    void theHeldDatabaseServesTheReadOnlyLoginAndTheRunsStartedMeanwhile() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path inbox = work.resolve("inbox");
        SampleInbox.copyTo(inbox);
        Map<String, String> env = Map.of("INOVASI_EMBEDDED_DATA_DIRECTORY", work.resolve("pgdata").toString(),
                "INOVASI_EMBEDDED_SHARED_PORT", String.valueOf(port), "INOVASI_INBOX", inbox.toString(),
                "INOVASI_OUTPUT", work.resolve("out").toString());
        Process db = ChildProcess.start(work.resolve("db.log"), env, "db");
        try {
            awaitLine(work.resolve("db.log"), "psql, read-only:  psql -h localhost -p " + port + " -U stats_analyst postgres", db);

            ChildProcess.Result run = ChildProcess.run(work.resolve("run.log"), env, "run");
            assertThat(run.exitCode()).as(run.output()).isEqualTo(3);   // the sample's deliberately bad rows
            assertThat(run.output()).contains("Using the embedded PostgreSQL that jobs/db or jobs/serve holds on port " + port);

            try (Connection analyst = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "stats_analyst", "");
                 Statement statement = analyst.createStatement()) {
                try (ResultSet rs = statement.executeQuery("SELECT reported, qualified FROM stats.region_year_latest WHERE region_code = '35.20'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(32);
                    assertThat(rs.getInt(2)).isEqualTo(16);
                }
                assertThatThrownBy(() -> statement.execute("DELETE FROM stats.innovation")).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("CREATE TABLE stats.mine (x int)")).hasMessageContaining("permission denied");
            }
        } finally {
            db.destroy();   // SIGTERM, as Ctrl+C or a service manager would
            assertThat(db.waitFor(60, TimeUnit.SECONDS)).as("jobs/db ends when stopped").isTrue();
        }
        assertThat(work.resolve("pgdata/postmaster.pid")).as("the server stopped with it").doesNotExist();
        assertThat(work.resolve("pgdata/" + EmbeddedDatabaseConfiguration.HOLDER_FILE)).doesNotExist();
    }

    private static void awaitLine(Path log, String line, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            assertThat(process.isAlive()).as("jobs/db is still running: %s", Files.exists(log) ? Files.readString(log) : "").isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("jobs/db did not print " + line + ": " + Files.readString(log));
    }
}
