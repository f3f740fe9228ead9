package id.inovasi.stats.operations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.inovasi.stats.database.SqlFiles;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code stats.pipeline_run}, its one owner: one row per job execution with its totals. Every
 * part of the program that reads or writes a run's row does it here (the listener that opens and
 * closes it, the ingest and rebuild steps that add to it, status, the API, the metrics, recovery).
 */
@Repository
public class PipelineRuns {

    /** The statuses of a run that has not ended (or whose end could not be recorded). */
    private static final List<String> UNFINISHED = List.of("STARTING", "STARTED", "STOPPING", "UNKNOWN");

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    PipelineRuns(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** A run's row; {@code trigger} comes from the run's parameters (schedule, manual, api). */
    public record Run(long runId, long jobInstanceId, String status, OffsetDateTime startedAt, OffsetDateTime endedAt, long filesSeen,
                      long filesLoaded, long filesRejected, long filesSuperseded, long filesUnchanged, long filesDuplicate, long rowsRead,
                      long rowsLoaded, long rowsRejected, Integer[] yearsChanged, Integer[] yearsRebuilt, String trigger) {

        public boolean rejectedSomething() {
            return filesRejected > 0 || rowsRejected > 0;
        }

        /** The row as the table names its columns (the HTTP API's shape). */
        public Map<String, Object> columns() {
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("run_id", runId);
            columns.put("job_instance_id", jobInstanceId);
            columns.put("started_at", String.valueOf(startedAt));
            columns.put("ended_at", endedAt == null ? null : endedAt.toString());
            columns.put("status", status);
            columns.put("files_seen", filesSeen);
            columns.put("files_loaded", filesLoaded);
            columns.put("files_rejected", filesRejected);
            columns.put("files_superseded", filesSuperseded);
            columns.put("files_unchanged", filesUnchanged);
            columns.put("files_duplicate", filesDuplicate);
            columns.put("rows_read", rowsRead);
            columns.put("rows_loaded", rowsLoaded);
            columns.put("rows_rejected", rowsRejected);
            columns.put("years_changed", List.of(yearsChanged));
            columns.put("years_rebuilt", List.of(yearsRebuilt));
            return columns;
        }
    }

    /** What one ingest batch adds to its run's totals. */
    public record BatchCounts(int seen, int loaded, int rejected, int duplicate, int unchanged, int superseded, long rowsRead,
                              long rowsLoaded, long rowsRejected, Collection<Integer> yearsChanged) {
    }

    void started(JobExecution execution) {
        jdbc.sql("""
                        INSERT INTO stats.pipeline_run (run_id, job_instance_id, started_at, status)
                        VALUES (:runId, :instanceId, :startedAt, 'STARTED')
                        ON CONFLICT (run_id) DO NOTHING""")
                .param("runId", execution.getId())
                .param("instanceId", execution.getJobInstance().getInstanceId())
                .param("startedAt", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    void ended(JobExecution execution) {
        markEnded(execution.getId(), execution.getStatus().name());
    }

    /** Records a run's final status; the end time stays the first one recorded. */
    void markEnded(long runId, String status) {
        jdbc.sql("UPDATE stats.pipeline_run SET status = :status, ended_at = coalesce(ended_at, now()) WHERE run_id = :runId")
                .param("status", status).param("runId", runId).update();
    }

    /** Adds one ingest batch to its run's totals, in the batch's transaction. */
    public void countBatch(long runId, BatchCounts counts) {
        jdbc.sql(sql.get("ingest/run-count-files"))
                .param("seen", counts.seen())
                .param("loaded", counts.loaded())
                .param("rejected", counts.rejected())
                .param("duplicate", counts.duplicate())
                .param("unchanged", counts.unchanged())
                .param("superseded", counts.superseded())
                .param("rowsRead", counts.rowsRead())
                .param("rowsLoaded", counts.rowsLoaded())
                .param("rowsRejected", counts.rowsRejected())
                .param("years", counts.yearsChanged().toArray(Integer[]::new))
                .param("runId", runId)
                .update();
    }

    /** Adds a rebuilt year to its run, in the year's transaction. */
    public void yearRebuilt(long runId, int year) {
        jdbc.sql(sql.get("rebuild/record-year")).param("year", year).param("runId", runId).update();
    }

    public Run find(long runId) {
        return jdbc.sql(select("WHERE r.run_id = :runId")).param("runId", runId).query(PipelineRuns::run).single();
    }

    public Optional<Run> findIfAny(long runId) {
        return jdbc.sql(select("WHERE r.run_id = :runId")).param("runId", runId).query(PipelineRuns::run).optional();
    }

    /** The latest runs, newest first. */
    public List<Run> recent(int limit) {
        return jdbc.sql(select("ORDER BY r.run_id DESC LIMIT :limit")).param("limit", limit).query(PipelineRuns::run).list();
    }

    /** Runs whose row says they have not ended, oldest first. */
    List<Long> unfinished() {
        return jdbc.sql("SELECT run_id FROM stats.pipeline_run WHERE status IN (:statuses) ORDER BY run_id")
                .param("statuses", UNFINISHED).query(Long.class).list();
    }

    /** Seconds since the last completed run ended, or null before the first. */
    Double secondsSinceLastSuccess() {
        return jdbc.sql("SELECT extract(epoch FROM now() - max(ended_at))::float8 FROM stats.pipeline_run WHERE status = 'COMPLETED'")
                .query(Double.class).optional().orElse(null);
    }

    /** The first rejected lines and files of a run, as "path message". */
    List<String> firstRejections(long runId, int limit) {
        return jdbc.sql("""
                        SELECT line FROM (
                            SELECT f.path || ' ' || r.message AS line, f.path, r.line_no
                            FROM stats.rejected_row r JOIN stats.source_file f ON f.file_id = r.file_id
                            WHERE r.run_id = :runId
                            UNION ALL
                            SELECT path || ': ' || message, path, 0 FROM stats.source_file
                            WHERE run_id = :runId AND status = 'rejected'
                        ) t ORDER BY path, line_no LIMIT :limit""")
                .param("runId", runId)
                .param("limit", limit)
                .query(String.class).list();
    }

    private static String select(String rest) {
        return """
                SELECT r.*, p.parameter_value AS trigger
                FROM stats.pipeline_run r
                LEFT JOIN inovasi_batch.batch_job_execution_params p ON p.job_execution_id = r.run_id AND p.parameter_name = 'trigger'
                """ + rest;
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getLong("run_id"), rs.getLong("job_instance_id"), rs.getString("status"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class), rs.getLong("files_seen"),
                rs.getLong("files_loaded"), rs.getLong("files_rejected"), rs.getLong("files_superseded"), rs.getLong("files_unchanged"),
                rs.getLong("files_duplicate"), rs.getLong("rows_read"), rs.getLong("rows_loaded"), rs.getLong("rows_rejected"),
                (Integer[]) rs.getArray("years_changed").getArray(), (Integer[]) rs.getArray("years_rebuilt").getArray(),
                rs.getString("trigger"));
    }
}
