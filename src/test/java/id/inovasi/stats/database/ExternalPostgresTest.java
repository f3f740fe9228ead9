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
import java.util.List;
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
        requireServer();
        String database = newDatabase();
        try {
            Files.createDirectories(inbox.resolve("reports"));
            Files.writeString(inbox.resolve("reports/a.csv"), "tahun;kode_pemda;kode_opd;nama_opd;id_inovasi;nama_inovasi;bentuk;jenis;tahapan\n"
                    + "2023;3520;1.02;Dinas Kesehatan;INV-1;Antrean Online;Inovasi pelayanan publik;Digital;Penerapan\n");
            runJob(urlOf(database), context -> {
                assertThat(context.containsBean("embeddedPostgres")).isFalse();
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo(database);
                assertThat(jdbc.sql("SELECT region_code || ' ' || innovation_id || ' ' || stage FROM stats.innovation").query(String.class).list())
                        .containsExactly("35.20 INV-1 penerapan");
                assertThat(jdbc.sql("SELECT status FROM stats.pipeline_run").query(String.class).single()).isEqualTo("COMPLETED");
            });
        } finally {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void itInstallsBesideOtherDataAndLeavesThePublicSchemaAlone() throws Exception {
        requireServer();
        String database = newDatabase();
        try {
            String url = urlOf(database);
            try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "user=postgres");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE public.gudang_data (id int PRIMARY KEY, nama text)");
                statement.execute("INSERT INTO public.gudang_data VALUES (1, 'data analis')");
            }
            runJob(url, context -> { });
            try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "user=postgres");
                 Statement statement = connection.createStatement()) {
                assertThat(list(statement, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                        .as("public holds only what was there").containsExactly("gudang_data");
                assertThat(list(statement, "SELECT id || ' ' || nama FROM public.gudang_data")).containsExactly("1 data analis");
                assertThat(list(statement, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'inovasi_batch' ORDER BY 1"))
                        .contains("flyway_schema_history", "batch_job_execution", "batch_step_execution");
            }
        } finally {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void aDatabaseOfTheFirstVersionIsMovedIntoTheJobSchemaAndKeepsItsRuns() throws Exception {
        requireServer();
        String database = newDatabase();
        try {
            String url = urlOf(database);
            // version 0.1's layout: Flyway's history and the job repository in public
            org.flywaydb.core.Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").load().migrate();
            runJob(url, context -> { });
            try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "user=postgres");
                 Statement statement = connection.createStatement()) {
                assertThat(list(statement, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).isEmpty();
                assertThat(list(statement, "SELECT count(*)::text FROM inovasi_batch.batch_job_execution")).containsExactly("1");
                assertThat(list(statement, "SELECT count(*)::text FROM inovasi_batch.flyway_schema_history WHERE success")).isNotEqualTo(List.of("0"));
            }
        } finally {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void requireServer() {
        boolean reachable = reachable();
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(reachable, "no PostgreSQL server at " + ADMIN_URL);
        }
        assertThat(reachable).as("CI expects the machine's PostgreSQL server at %s", ADMIN_URL).isTrue();
    }

    private static String newDatabase() throws SQLException {
        String database = "inovasi_stats_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        return database;
    }

    private static String urlOf(String database) {
        return ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1").replaceFirst("[?&]user=postgres", "");
    }

    /** Runs the main job once against the database (the inbox also holds an SPD file), then checks the context. */
    private void runJob(String url, java.util.function.Consumer<ConfigurableApplicationContext> then) throws Exception {
        Files.createDirectories(inbox.resolve("capacity"));
        Files.writeString(inbox.resolve("capacity/spd.csv"), "year,region_code,spd_score\n2023,35.20,40\n");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InovasiStatsApplication.class).web(org.springframework.boot.WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--inovasi.inbox=" + inbox,
                        "--inovasi.output=" + inbox.resolve("out"))) {
            JobExecution execution = context.getBean(JobOperator.class)
                    .start(context.getBean(Job.class), RunParameters.of(Instant.now(), null, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            then.accept(context);
        }
    }

    private static List<String> list(Statement statement, String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
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
