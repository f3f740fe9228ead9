package id.inovasi.stats.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import id.inovasi.stats.InovasiStatsApplication;
import id.inovasi.stats.operations.RunParameters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same job against an external PostgreSQL server given by spring.datasource.url: the
 * machine's server at 127.0.0.1:5432 (database {@code test}, trust auth) or the one named by
 * INOVASI_TEST_ADMIN_URL. Skipped when none is reachable, except under CI, where it must run.
 */
class ExternalPostgresTest {

    private static final String ADMIN_URL = System.getenv().getOrDefault("INOVASI_TEST_ADMIN_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    @TempDir
    Path inbox;

    @Test
    void theMainJobMigratesAndLoadsIntoAnExternalServer() throws Exception {
        boolean reachable = reachable();
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(reachable, "no PostgreSQL server at " + ADMIN_URL);
        }
        assertThat(reachable).as("CI expects the machine's PostgreSQL server at %s", ADMIN_URL).isTrue();

        String database = "inovasi_stats_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        try {
            Files.createDirectories(inbox.resolve("reports"));
            Files.writeString(inbox.resolve("reports/a.csv"), "tahun;kode_pemda;kode_opd;nama_opd;id_inovasi;nama_inovasi;bentuk;jenis;tahapan\n"
                    + "2023;3520;1.02;Dinas Kesehatan;INV-1;Antrean Online;Inovasi pelayanan publik;Digital;Penerapan\n");
            String url = ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InovasiStatsApplication.class).web(org.springframework.boot.WebApplicationType.NONE)
                    .run("--spring.datasource.url=" + url, "--inovasi.inbox=" + inbox, "--inovasi.output=" + inbox.resolve("out"))) {
                assertThat(context.containsBean("embeddedPostgres")).isFalse();
                JobExecution execution = context.getBean(JobOperator.class)
                        .start(context.getBean(Job.class), RunParameters.of(Instant.now(), null, false));
                assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo(database);
                assertThat(jdbc.sql("SELECT region_code || ' ' || innovation_id || ' ' || stage FROM stats.innovation").query(String.class).list())
                        .containsExactly("35.20 INV-1 penerapan");
                assertThat(jdbc.sql("SELECT status FROM stats.pipeline_run").query(String.class).single()).isEqualTo("COMPLETED");
            }
        } finally {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean reachable() {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
