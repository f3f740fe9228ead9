package id.inovasi.stats.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.database.SqlFiles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code stats.source_file} and {@code stats.rejected_row}: the record of every file and rejected
 * line. Written a batch of files at a time: a statement per batch, not per file.
 */
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
    record Recorded(long fileId, String path, String sha256, String status) {
    }

    /** A file's record that is written once the file has been read: its id and what became of it. */
    record Completed(long fileId, FileOutcome outcome) {
    }

    /** Every recorded file, oldest first: read once per ingest step. */
    List<Recorded> all() {
        return jdbc.sql("SELECT file_id, path, sha256, status FROM stats.source_file ORDER BY file_id")
                .query(Recorded.class).list();
    }

    /** A file that is not read (a duplicate, a link out of the inbox): recorded at once, with its outcome. */
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

    /**
     * Records files about to be read, in one statement; returns their ids in the files' order
     * (ids grow in reading order, which superseding relies on).
     */
    List<Long> insertFresh(List<InboxScanner.InboxFile> files, List<Fingerprint> fingerprints, long runId) {
        if (files.isEmpty()) {
            return List.of();
        }
        int n = files.size();
        String[] kinds = new String[n];
        String[] paths = new String[n];
        String[] shas = new String[n];
        Long[] sizes = new Long[n];
        String[] charsets = new String[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = files.get(i).kind().folder();
            paths[i] = files.get(i).relativePath();
            shas[i] = fingerprints.get(i).sha256();
            sizes[i] = fingerprints.get(i).size();
            charsets[i] = fingerprints.get(i).charsetName();
        }
        List<Long> ids = new ArrayList<>(jdbc.sql(sql.get("ingest/source-file-ids")).param("n", n).query(Long.class).list());
        ids.sort(null);
        jdbc.sql(sql.get("ingest/source-file-insert"))
                .param("ids", ids.toArray(Long[]::new))
                .param("kinds", kinds)
                .param("paths", paths)
                .param("shas", shas)
                .param("sizes", sizes)
                .param("charsets", charsets)
                .param("runId", runId)
                .update();
        return ids;
    }

    /** Writes what became of files that were read, in one batch of statements. */
    void complete(List<Completed> files) {
        jdbcTemplate.batchUpdate(sql.get("ingest/source-file-complete"), files, 1000, (ps, file) -> {
            FileOutcome outcome = file.outcome();
            ps.setString(1, outcome.delimiter());
            ps.setLong(2, outcome.linesRead());
            ps.setLong(3, outcome.rowsLoaded());
            ps.setLong(4, outcome.rowsRejected());
            ps.setString(5, outcome.status().code());
            ps.setString(6, outcome.reason());
            ps.setString(7, outcome.message());
            ps.setArray(8, ps.getConnection().createArrayOf("text", outcome.extraColumns().toArray()));
            ps.setLong(9, file.fileId());
        });
    }

    /** Stores the rejected lines of files that were read. */
    void insertRejected(List<Completed> files, long runId) {
        List<Object[]> rows = new ArrayList<>();
        for (Completed file : files) {
            for (RejectedLine r : file.outcome().rejectedLines()) {
                rows.add(new Object[] {file.fileId(), r.line(), r.sheet(), r.column(), r.reason(), r.message(), r.rawLine(), runId});
            }
        }
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    INSERT INTO stats.rejected_row (file_id, line_no, sheet, column_name, reason, message, raw_line, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    /** Marks the files none of whose rows is current any more as superseded: {@code losers[i]} lost rows to {@code winners[i]}. */
    List<Long> markSuperseded(List<Long> losers, List<Long> winners) {
        if (losers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql.get("ingest/mark-superseded"))
                .param("losers", losers.toArray(Long[]::new))
                .param("winners", winners.toArray(Long[]::new))
                .query(Long.class).list();
    }

    /** What the database holds of each file: national and capacity rows, and rejected rows. */
    Map<Long, long[]> accounting(List<Long> fileIds) {
        Map<Long, long[]> held = new HashMap<>();
        if (fileIds.isEmpty()) {
            return held;
        }
        jdbc.sql(sql.get("ingest/file-accounting")).param("fileIds", fileIds.toArray(Long[]::new))
                .query(rs -> {
                    held.put(rs.getLong("file_id"), new long[] {rs.getLong("result_rows"), rs.getLong("rows_rejected")});
                });
        return held;
    }
}
