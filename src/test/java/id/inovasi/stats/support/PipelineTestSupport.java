package id.inovasi.stats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.operations.RunParameters;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the main job on files the test writes into a clean inbox, and reads the tables back. */
public abstract class PipelineTestSupport {

    private static final AtomicLong RUNS = new AtomicLong();

    @Autowired
    protected JobOperator jobOperator;
    @Autowired
    protected Job mainJob;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected InovasiProperties properties;

    protected Path inbox;

    /** An empty inbox and empty stats tables; before every test, and again where a test starts over. */
    @BeforeEach
    protected void cleanInboxAndTables() throws IOException {
        inbox = properties.inbox();
        deleteTree(inbox);
        Files.createDirectories(inbox);
        truncateStatsTables();
    }

    /** Empties every table of the stats schema (loaded data and summaries). */
    protected void truncateStatsTables() {
        String tables = String.join(", ", jdbc.sql("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = 'stats'")
                .query(String.class).list());
        jdbc.sql("TRUNCATE " + tables + " RESTART IDENTITY CASCADE").update();
    }

    protected Path write(String relativePath, String content) {
        return write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    protected Path write(String relativePath, String content, Charset charset) {
        return write(relativePath, content.getBytes(charset));
    }

    protected Path write(String relativePath, byte[] content) {
        try {
            Path file = inbox.resolve(relativePath);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the main job once and expects it to complete. */
    protected JobExecution run() {
        JobExecution execution = start();
        assertThat(execution.getStatus()).as("run status; failures: %s", execution.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    protected JobExecution start() {
        try {
            return jobOperator.start(mainJob, RunParameters.of(Instant.now().plusNanos(RUNS.incrementAndGet()), null, false));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query; SQL arrays come back as lists, so rows compare by value. */
    public List<Map<String, Object>> rows(String sql) {
        List<Map<String, Object>> rows = jdbc.sql(sql).query().listOfRows();
        for (Map<String, Object> row : rows) {
            row.replaceAll((column, value) -> value instanceof java.sql.Array array ? asList(array) : value);
        }
        return rows;
    }

    private static List<Object> asList(java.sql.Array array) {
        try {
            return java.util.Arrays.asList((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Map<String, Object> row(String sql) {
        List<Map<String, Object>> rows = rows(sql);
        assertThat(rows).as("rows of %s", sql).hasSize(1);
        return rows.get(0);
    }

    protected long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
