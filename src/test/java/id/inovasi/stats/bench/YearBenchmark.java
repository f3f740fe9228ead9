package id.inovasi.stats.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One very large year through the whole run, with the default JVM options of {@code jobs/run}:
 * ingest, rebuild and report of a reports file whose rows all fall in one year. Shows that every
 * step streams (the heap stays at its default whatever the year's size) and prints each step's
 * time and the peak resident memory.
 *
 * <p>Usage: {@code YearBenchmark <inbox> <work dir>}
 */
public final class YearBenchmark {

    private YearBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0]);
        Path work = Path.of(args[1]);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(true).start()) {
            String admin = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            try (Connection connection = DriverManager.getConnection(admin, "postgres", ""); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE bench_year");
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/bench_year";
            PipelineProcess.Figures run = PipelineProcess.run(url, inbox, work.resolve("out"), work.resolve("year-run.log"));
            long rows = PipelineProcess.count(url, "SELECT count(*) FROM stats.innovation");
            long assessed = PipelineProcess.count(url, "SELECT count(*) FROM stats.innovation_assessment");
            System.out.printf("one year of %,d innovations (%,d assessed), whole run with jobs/run's default JVM options:%n", rows, assessed);
            System.out.println("  " + run.describe());
        }
    }
}
