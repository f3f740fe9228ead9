package id.inovasi.stats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Owner of {@code stats.report_export}: which rows each export held when it was written, so the
 * report writes an export again only when its rows changed (a rebuild leaves unchanged rows, and
 * their {@code run_id}, as they were), its layout changed, or its files are not as written.
 */
@Component
class ReportExports {

    /**
     * The state of a year's rows of an exported table: the export's layout, the rows, and the
     * highest {@code run_id} among them. Any row inserted or changed since carries a higher one; a
     * deleted row lowers the count.
     */
    record RowsState(String layout, long rows, Long lastRunId) {
    }

    /** An export written by this run, to be recorded once its year's report is complete. */
    record Written(int year, String table, RowsState state, Path csv, Path xlsx) {
    }

    /** evidence_gap is a view of opd_year_summary: its rows change with that table's. */
    private static final Map<String, String> ROWS_OF = Map.of("evidence_gap", "opd_year_summary");

    private final JdbcClient jdbc;

    ReportExports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state of the year's rows of the table as they stand. */
    RowsState state(String table, String layout, int year) {
        String source = ROWS_OF.getOrDefault(table, table);
        return jdbc.sql("SELECT count(*) AS n, max(run_id) AS last FROM stats." + source + " WHERE year = :year").param("year", year)
                .query((rs, n) -> new RowsState(layout, rs.getLong("n"), rs.getObject("last", Long.class)))
                .single();
    }

    /** An export as recorded when it was last written. */
    record Recorded(RowsState state, long csvBytes, Instant csvModified, long xlsxBytes, Instant xlsxModified) {

        /** Whether the export on disk was written from rows in this state and its files are as written. */
        boolean upToDate(RowsState now, Path csv, Path xlsx) {
            return state.equals(now) && asWritten(csv, csvBytes, csvModified) && asWritten(xlsx, xlsxBytes, xlsxModified);
        }
    }

    /** The year's exports as recorded, by table (one query a year). */
    Map<String, Recorded> recorded(int year) {
        Map<String, Recorded> recorded = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT table_name, layout, row_count, last_run_id, csv_bytes, csv_modified, xlsx_bytes, xlsx_modified
                        FROM stats.report_export WHERE year = :year""")
                .param("year", year)
                .query(rs -> {
                    recorded.put(rs.getString("table_name"), new Recorded(
                            new RowsState(rs.getString("layout"), rs.getLong("row_count"), rs.getObject("last_run_id", Long.class)),
                            rs.getLong("csv_bytes"), rs.getTimestamp("csv_modified").toInstant(),
                            rs.getLong("xlsx_bytes"), rs.getTimestamp("xlsx_modified").toInstant()));
                });
        return recorded;
    }

    /** Records the exports written, with their files' size and time as they are now (after the year's read transaction). */
    void record(List<Written> written, long runId) {
        for (Written w : written) {
            jdbc.sql("""
                            INSERT INTO stats.report_export
                                   (year, table_name, layout, row_count, last_run_id, csv_bytes, csv_modified, xlsx_bytes, xlsx_modified, run_id)
                            VALUES (:year, :table, :layout, :rows, :lastRunId, :csvBytes, :csvModified, :xlsxBytes, :xlsxModified, :runId)
                            ON CONFLICT (year, table_name) DO UPDATE
                            SET layout = EXCLUDED.layout, row_count = EXCLUDED.row_count, last_run_id = EXCLUDED.last_run_id,
                                csv_bytes = EXCLUDED.csv_bytes, csv_modified = EXCLUDED.csv_modified,
                                xlsx_bytes = EXCLUDED.xlsx_bytes, xlsx_modified = EXCLUDED.xlsx_modified, run_id = EXCLUDED.run_id""")
                    .param("year", w.year()).param("table", w.table()).param("layout", w.state().layout())
                    .param("rows", w.state().rows()).param("lastRunId", w.state().lastRunId())
                    .param("csvBytes", size(w.csv())).param("csvModified", Timestamp.from(modified(w.csv())))
                    .param("xlsxBytes", size(w.xlsx())).param("xlsxModified", Timestamp.from(modified(w.xlsx())))
                    .param("runId", runId)
                    .update();
        }
    }

    private static boolean asWritten(Path file, long bytes, Instant modified) {
        return Files.isRegularFile(file) && size(file) == bytes && modified(file).equals(modified);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's time to the microsecond, as PostgreSQL keeps it. */
    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
