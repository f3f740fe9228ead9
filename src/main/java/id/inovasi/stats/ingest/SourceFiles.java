package id.inovasi.stats.ingest;

import java.util.List;
import java.util.Optional;

import id.inovasi.stats.database.SqlFiles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code stats.source_file} and {@code stats.rejected_row}: the record of every file and rejected line. */
@Repository
class SourceFiles {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final SqlFiles sql;

    SourceFiles(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SqlFiles sql) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.sql = sql;
    }

    /** A recorded file. */
    record Recorded(long fileId, String path, String status) {
    }

    Optional<Recorded> find(String path, String sha256) {
        return jdbc.sql("SELECT file_id, path, status FROM stats.source_file WHERE path = :path AND sha256 = :sha")
                .param("path", path).param("sha", sha256)
                .query(Recorded.class).optional();
    }

    Optional<Recorded> findUnread(String path) {
        return jdbc.sql("SELECT file_id, path, status FROM stats.source_file WHERE path = :path AND sha256 IS NULL")
                .param("path", path)
                .query(Recorded.class).optional();
    }

    /** The first file recorded with these bytes under another path, one that was read. */
    Optional<Recorded> findSameContent(String sha256) {
        return jdbc.sql("""
                        SELECT file_id, path, status FROM stats.source_file
                        WHERE sha256 = :sha AND status <> 'duplicate' ORDER BY file_id LIMIT 1""")
                .param("sha", sha256)
                .query(Recorded.class).optional();
    }

    long insert(FileKind kind, String path, Fingerprint fingerprint, String status, String reason, String message, long runId) {
        return jdbc.sql("""
                        INSERT INTO stats.source_file (kind, path, sha256, size_bytes, charset, status, reason, message, run_id)
                        VALUES (:kind, :path, :sha, :size, :charset, :status, :reason, :message, :runId)
                        RETURNING file_id""")
                .param("kind", kind.folder())
                .param("path", path)
                .param("sha", fingerprint == null ? null : fingerprint.sha256())
                .param("size", fingerprint == null ? null : fingerprint.size())
                .param("charset", fingerprint == null ? null : fingerprint.charsetName())
                .param("status", status)
                .param("reason", reason)
                .param("message", message)
                .param("runId", runId)
                .query(Long.class).single();
    }

    void complete(long fileId, FileOutcome outcome) {
        jdbc.sql("""
                        UPDATE stats.source_file
                        SET delimiter = :delimiter, lines_read = :linesRead, rows_loaded = :rowsLoaded,
                            rows_rejected = :rowsRejected, status = :status, reason = :reason, message = :message,
                            extra_columns = :extraColumns
                        WHERE file_id = :fileId""")
                .param("delimiter", outcome.delimiter())
                .param("linesRead", outcome.linesRead())
                .param("rowsLoaded", outcome.rowsLoaded())
                .param("rowsRejected", outcome.rowsRejected())
                .param("status", outcome.status().code())
                .param("reason", outcome.reason())
                .param("message", outcome.message())
                .param("extraColumns", outcome.extraColumns().toArray(String[]::new))
                .param("fileId", fileId)
                .update();
    }

    void insertRejected(long fileId, List<RejectedLine> rejected, long runId) {
        jdbcTemplate.batchUpdate("""
                        INSERT INTO stats.rejected_row (file_id, line_no, column_name, reason, message, raw_line, run_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", rejected, 1000,
                (ps, r) -> {
                    ps.setLong(1, fileId);
                    ps.setLong(2, r.line());
                    ps.setString(3, r.column());
                    ps.setString(4, r.reason());
                    ps.setString(5, r.message());
                    ps.setString(6, r.rawLine());
                    ps.setLong(7, runId);
                });
    }

    /** Marks the files none of whose rows is current any more as superseded by {@code byPath}. */
    List<Long> markSuperseded(List<Long> fileIds, String byPath) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql.get("ingest/mark-superseded"))
                .param("fileIds", fileIds.toArray(Long[]::new))
                .param("byPath", byPath)
                .query(Long.class).list();
    }

    /** National and capacity rows, and rejected rows, that the database holds for a file. */
    long[] accounting(long fileId) {
        return jdbc.sql(sql.get("ingest/file-accounting")).param("fileId", fileId)
                .query((rs, n) -> new long[] {rs.getLong("result_rows"), rs.getLong("rows_rejected")})
                .single();
    }
}
