package id.inovasi.stats.operations;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code stats.pipeline_run}: one row per job execution, with its totals. */
@Repository
public class PipelineRuns {

    private final JdbcClient jdbc;

    PipelineRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run's totals as stored. */
    public record Run(long runId, String status, long filesSeen, long filesLoaded, long filesRejected, long filesSuperseded,
                      long filesUnchanged, long filesDuplicate, long rowsRead, long rowsLoaded, long rowsRejected,
                      Integer[] yearsChanged, Integer[] yearsRebuilt) {

        public boolean rejectedSomething() {
            return filesRejected > 0 || rowsRejected > 0;
        }
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
        jdbc.sql("UPDATE stats.pipeline_run SET ended_at = :endedAt, status = :status WHERE run_id = :runId")
                .param("endedAt", OffsetDateTime.now(ZoneOffset.UTC))
                .param("status", execution.getStatus().name())
                .param("runId", execution.getId())
                .update();
    }

    public Run find(long runId) {
        return jdbc.sql("""
                        SELECT run_id, status, files_seen, files_loaded, files_rejected, files_superseded, files_unchanged,
                               files_duplicate, rows_read, rows_loaded, rows_rejected, years_changed, years_rebuilt
                        FROM stats.pipeline_run WHERE run_id = :runId""")
                .param("runId", runId)
                .query((rs, n) -> new Run(rs.getLong("run_id"), rs.getString("status"), rs.getLong("files_seen"),
                        rs.getLong("files_loaded"), rs.getLong("files_rejected"), rs.getLong("files_superseded"),
                        rs.getLong("files_unchanged"), rs.getLong("files_duplicate"), rs.getLong("rows_read"),
                        rs.getLong("rows_loaded"), rs.getLong("rows_rejected"),
                        (Integer[]) rs.getArray("years_changed").getArray(), (Integer[]) rs.getArray("years_rebuilt").getArray()))
                .single();
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
}
