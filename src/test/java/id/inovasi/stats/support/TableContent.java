package id.inovasi.stats.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tables say, without what differs between equivalent runs: run ids, file ids (a
 * rolled-back file uses up an id), times. Files are named by their path.
 */
public final class TableContent {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("source_file", "SELECT kind, path, sha256, charset, delimiter, lines_read, rows_loaded, rows_rejected, status, reason, extra_columns FROM stats.source_file ORDER BY path, sha256");
        QUERIES.put("rejected_row", "SELECT f.path, r.line_no, r.column_name, r.reason, r.raw_line FROM stats.rejected_row r JOIN stats.source_file f USING (file_id) ORDER BY 1, 2");
        QUERIES.put("innovation", "SELECT i.*, f.path FROM stats.innovation i JOIN stats.source_file f USING (file_id) ORDER BY year, region_code, innovation_id");
        QUERIES.put("national_result", "SELECT n.*, f.path FROM stats.national_result n JOIN stats.source_file f USING (file_id) ORDER BY year, region_code");
        QUERIES.put("region_capacity", "SELECT c.*, f.path FROM stats.region_capacity c JOIN stats.source_file f USING (file_id) ORDER BY year, region_code");
        for (String summary : List.of("innovation_assessment", "opd_year_summary", "region_year_summary", "index_estimate", "ranking_trend", "ranking_mover")) {
            QUERIES.put(summary, "SELECT * FROM stats." + summary + " ORDER BY 1, 2, 3, 4");
        }
    }

    private TableContent() {
    }

    public static Map<String, List<Map<String, Object>>> of(PipelineTestSupport test) {
        return of(test.jdbc);
    }

    public static Map<String, List<Map<String, Object>>> of(JdbcClient jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        QUERIES.forEach((table, sql) -> {
            List<Map<String, Object>> rows = jdbc.sql(sql).query().listOfRows();
            rows.forEach(r -> {
                r.remove("run_id");
                r.remove("file_id");
                r.replaceAll((column, value) -> value instanceof java.sql.Array array ? asList(array) : value);
            });
            tables.put(table, rows);
        });
        return tables;
    }

    private static List<Object> asList(java.sql.Array array) {
        try {
            return java.util.Arrays.asList((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
