package id.inovasi.stats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the pipeline as operators run it ({@code jobs/run}, its JVM options, against a database
 * URL) and measures it from outside: wall time, peak resident memory, and each step's time as
 * the job repository recorded it.
 */
final class PipelineProcess {

    /** What one run of {@code jobs/run} took. */
    record Figures(Duration wall, long peakRssBytes, int exitCode, Map<String, Duration> steps) {

        double seconds() {
            return PipelineProcess.seconds(wall);
        }

        double step(String name) {
            Duration step = steps.get(name);
            return step == null ? 0 : PipelineProcess.seconds(step);
        }

        String describe() {
            StringBuilder text = new StringBuilder(String.format("%6.2f s, peak RSS %4d MiB, exit %d", seconds(), peakRssBytes >> 20, exitCode));
            steps.forEach((name, time) -> text.append(String.format(", %s %.2f s", name, PipelineProcess.seconds(time))));
            return text.toString();
        }
    }

    private PipelineProcess() {
    }

    /** Runs {@code jobs/run ARGS} on the inbox against the database, its output to {@code log}. */
    static Figures run(String url, Path inbox, Path output, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("jobs/run"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", url);
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("INOVASI_INBOX", inbox.toString());
        env.put("INOVASI_OUTPUT", output.toString());
        long runsBefore = count(url, "SELECT count(*) FROM inovasi_batch.batch_job_execution");
        long started = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, rssHighWater(process.pid()));
            Thread.sleep(50);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        int exit = process.waitFor();
        if (exit != 0 && exit != 3) {
            throw new IllegalStateException("jobs/run exited with " + exit + "; see " + log);
        }
        return new Figures(wall, peak, exit, steps(url, runsBefore));
    }

    /** The steps of the newest job execution, in their order, with their times. */
    private static Map<String, Duration> steps(String url, long runsBefore) throws SQLException {
        Map<String, Duration> steps = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", ""); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT step_name, EXTRACT(EPOCH FROM end_time - start_time)
                     FROM inovasi_batch.batch_step_execution
                     WHERE job_execution_id = (SELECT max(job_execution_id) FROM inovasi_batch.batch_job_execution)
                     ORDER BY step_execution_id""")) {
            while (rs.next()) {
                steps.put(rs.getString(1), Duration.ofNanos(Math.round(rs.getDouble(2) * 1e9)));
            }
        }
        if (count(url, "SELECT count(*) FROM inovasi_batch.batch_job_execution") == runsBefore) {
            throw new IllegalStateException("jobs/run started no job execution");
        }
        return steps;
    }

    static long count(String url, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", ""); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                if ("42P01".equals(e.getSQLState())) {   // the job repository does not exist yet
                    return 0;
                }
                throw e;
            }
        }
    }

    /** VmHWM of a live process, in bytes (0 when it cannot be read). */
    static long rssHighWater(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process just ended
        }
        return 0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
