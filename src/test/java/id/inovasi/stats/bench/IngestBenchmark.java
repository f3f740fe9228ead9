package id.inovasi.stats.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * Times, in one run on one PostgreSQL server, the pipeline's ingest of a large reports file
 * against PostgreSQL's own COPY of the same file into a plain table of the same columns, and
 * prints both, their ratio and the pipeline's peak memory (resident set high-water mark).
 *
 * The pipeline runs as operators run it: {@code jobs/run}, with its JVM options.
 *
 * <p>Usage: {@code IngestBenchmark <inbox with reports/bench.csv> <work dir> <rounds> [<inbox with reports/bench.xlsx>]}:
 * with the last, each round also times the pipeline's ingest of the same rows as a workbook.
 */
public final class IngestBenchmark {

    private static final String BASELINE_TABLE = """
            CREATE TABLE bench_copy (
                year integer, region_code text, innovation_id text, opd_code text, opd_name text, title text, form text,
                kind text, stage text, initiator text, affair text, trial_date date, applied_date date, problem_statement text,
                documentation text, policy_ref text, asn_implementers integer, benefit_metric text, benefit_before numeric,
                benefit_after numeric, benefit_direction text, ind_regulasi smallint, ind_sdm smallint, ind_anggaran smallint,
                ind_alat_kerja smallint, ind_bimtek smallint, ind_rkpd smallint, ind_aktor smallint, ind_pelaksana smallint,
                ind_jejaring smallint, ind_sosialisasi smallint, ind_pedoman smallint, ind_informasi smallint, ind_proses smallint,
                ind_pengaduan smallint, ind_integrasi smallint, ind_replikasi smallint, ind_kecepatan smallint,
                ind_kemanfaatan smallint, ind_monev smallint, ind_video smallint)""";

    private IngestBenchmark() {
    }

    record PipelineRound(Duration wall, Duration ingestStep, long peakRssBytes, long rowsLoaded) {
    }

    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path file = inbox.resolve("reports/bench.csv");
        long rows = countLines(file) - 1;
        System.out.printf("file: %s, %,d rows, %,d MB%n", file, rows, Files.size(file) >> 20);

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(true).start()) {
            String admin = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
            System.out.println("server: embedded PostgreSQL " + serverVersion(admin) + " on port " + postgres.getPort());
            List<Duration> copies = new ArrayList<>();
            List<Duration> keyedCopies = new ArrayList<>();
            List<PipelineRound> pipelines = new ArrayList<>();
            Path workbookInbox = args.length > 3 ? Path.of(args[3]) : null;
            List<PipelineRound> workbooks = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                Duration copy = baselineCopy(admin, file, false);
                copies.add(copy);
                Duration keyedCopy = baselineCopy(admin, file, true);
                keyedCopies.add(keyedCopy);
                PipelineRound pipeline = pipeline(admin, postgres.getPort(), round, inbox, work);
                pipelines.add(pipeline);
                if (pipeline.rowsLoaded != rows) {
                    throw new IllegalStateException("the pipeline loaded " + pipeline.rowsLoaded + " rows of " + rows);
                }
                if (workbookInbox != null) {
                    PipelineRound workbook = pipeline(admin, postgres.getPort(), 100 + round, workbookInbox, work);
                    if (workbook.rowsLoaded != rows) {
                        throw new IllegalStateException("the pipeline loaded " + workbook.rowsLoaded + " rows of the workbook's " + rows);
                    }
                    workbooks.add(workbook);
                    System.out.printf("round %d: the same rows as .xlsx: pipeline ingest step %.2f s, peak RSS %d MiB -> ratio %.2f to the COPY%n",
                            round, PipelineProcess.seconds(workbook.ingestStep), workbook.peakRssBytes >> 20,
                            PipelineProcess.seconds(workbook.ingestStep) / PipelineProcess.seconds(copy));
                }
                System.out.printf("round %d: COPY %.2f s, keyed COPY %.2f s | pipeline ingest step %.2f s (whole run %.2f s), "
                                + "peak RSS %d MiB  -> ratio %.2f%n", round, PipelineProcess.seconds(copy), PipelineProcess.seconds(keyedCopy), PipelineProcess.seconds(pipeline.ingestStep),
                        PipelineProcess.seconds(pipeline.wall), pipeline.peakRssBytes >> 20, PipelineProcess.seconds(pipeline.ingestStep) / PipelineProcess.seconds(copy));
            }
            double copy = PipelineProcess.median(copies.stream().map(PipelineProcess::seconds).toList());
            double keyed = PipelineProcess.median(keyedCopies.stream().map(PipelineProcess::seconds).toList());
            double step = PipelineProcess.median(pipelines.stream().map(p -> PipelineProcess.seconds(p.ingestStep)).toList());
            double wall = PipelineProcess.median(pipelines.stream().map(p -> PipelineProcess.seconds(p.wall)).toList());
            long peak = pipelines.stream().mapToLong(PipelineRound::peakRssBytes).max().orElse(0);
            System.out.println();
            System.out.printf("medians of %d rounds, %,d rows:%n", rounds, rows);
            System.out.printf("  PostgreSQL COPY into a plain table      %6.2f s   (baseline)%n", copy);
            System.out.printf("  COPY into a table with innovation's key %6.2f s   ratio %.2f  (what the primary key alone costs)%n", keyed, keyed / copy);
            System.out.printf("  pipeline ingest step                    %6.2f s   ratio %.2f  (%.2f to the keyed COPY, target 1.2)%n", step, step / copy,
                    step / keyed);
            System.out.printf("  pipeline whole run (JVM start to exit)  %6.2f s   ratio %.2f  (also rebuilds and reports the 3 years of 1M innovations)%n", wall, wall / copy);
            System.out.printf("  pipeline peak memory (RSS high-water)   %6d MiB (target: under the default heap's 600)%n", peak >> 20);
            System.out.printf("  throughput                              %,d rows/s%n", Math.round(rows / step));
            if (!workbooks.isEmpty()) {
                double xlsx = PipelineProcess.median(workbooks.stream().map(p -> PipelineProcess.seconds(p.ingestStep)).toList());
                long xlsxPeak = workbooks.stream().mapToLong(PipelineRound::peakRssBytes).max().orElse(0);
                System.out.printf("  pipeline ingest step, the rows as .xlsx %6.2f s   ratio %.2f  (%.2f to the CSV's ingest step)%n", xlsx, xlsx / copy,
                        xlsx / step);
                System.out.printf("  its peak memory (RSS high-water)        %6d MiB (the CSV run's: %d MiB; target: under it)%n", xlsxPeak >> 20, peak >> 20);
            }
        }
    }

    /** COPY of the file into the plain table, or into one with the primary key stats.innovation has. */
    private static Duration baselineCopy(String admin, Path file, boolean keyed) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(admin); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_copy");
            statement.execute(BASELINE_TABLE);
            if (keyed) {
                statement.execute("ALTER TABLE bench_copy ALTER region_code TYPE text COLLATE \"C\", "
                        + "ALTER innovation_id TYPE text COLLATE \"C\", "
                        + "ADD PRIMARY KEY (year, region_code, innovation_id) DEFERRABLE INITIALLY DEFERRED");
            }
            statement.execute("CHECKPOINT");
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in, 1 << 16);
            }
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }

    private static PipelineRound pipeline(String admin, int port, int round, Path inbox, Path work) throws Exception {
        String database = "bench_pipeline_" + round;
        try (Connection connection = DriverManager.getConnection(admin); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_copy");
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
            statement.execute("CHECKPOINT");
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + database;
        ProcessBuilder builder = new ProcessBuilder("jobs/run")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("pipeline-round-" + round + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", url);
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("INOVASI_INBOX", inbox.toString());
        env.put("INOVASI_OUTPUT", work.resolve("out").toString());
        env.put("LOGGING_LEVEL_ID_INOVASI_STATS_INGEST", "debug");   // phase timings in the round's log
        long started = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, PipelineProcess.rssHighWater(process.pid()));
            Thread.sleep(50);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the pipeline exited with " + exit + "; see " + work.resolve("pipeline-round-" + round + ".log"));
        }
        try (Connection connection = DriverManager.getConnection(url + "?user=postgres"); Statement statement = connection.createStatement();
             ResultSet step = statement.executeQuery("SELECT EXTRACT(EPOCH FROM end_time - start_time) FROM inovasi_batch.batch_step_execution WHERE step_name = 'ingest'")) {
            step.next();
            Duration ingest = Duration.ofNanos(Math.round(step.getDouble(1) * 1e9));
            try (ResultSet loaded = statement.executeQuery("SELECT rows_loaded FROM stats.pipeline_run")) {
                loaded.next();
                return new PipelineRound(wall, ingest, peak, loaded.getLong(1));
            }
        }
    }

    private static String serverVersion(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}
