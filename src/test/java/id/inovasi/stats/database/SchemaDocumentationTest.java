package id.inovasi.stats.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every table, view and column of stats carries a comment; the read-only role can read and not write. */
@PipelineTest
class SchemaDocumentationTest extends PipelineTestSupport {

    @Test
    void everyTableViewAndColumnHasAComment() {
        List<String> relations = jdbc.sql("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'stats' AND c.relkind IN ('r', 'v') ORDER BY 1""").query(String.class).list();
        assertThat(relations).contains("innovation", "source_file", "innovation_assessment", "opd_year_summary", "region_year_summary",
                "index_estimate", "ranking_trend", "ranking_mover", "pipeline_run", "region_year_latest", "opd_year_latest",
                "ranking_trend_latest", "evidence_gap");
        List<String> undocumented = jdbc.sql("""
                SELECT c.relname || coalesce('.' || a.attname, '')
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                WHERE n.nspname = 'stats' AND c.relkind IN ('r', 'v')
                  AND (obj_description(c.oid, 'pg_class') IS NULL
                       OR (a.attnum IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))
                ORDER BY 1""").query(String.class).list();
        assertThat(undocumented).as("tables, views and columns of stats without COMMENT ON").isEmpty();
    }

    @Autowired
    DataSource dataSource;

    @Test
    void theReadOnlyRoleReadsEveryTableAndViewAndWritesNone() throws Exception {
        write("capacity/spd.csv", "year,region_code,spd_score\n2023,35.20,40\n");
        run();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE stats_reader");
            try {
                for (String relation : List.of("region_capacity", "innovation", "source_file", "region_year_summary", "evidence_gap",
                        "ranking_trend_latest", "pipeline_run")) {
                    try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM stats." + relation)) {
                        assertThat(rs.next()).isTrue();
                    }
                }
                assertThatThrownBy(() -> statement.execute("DELETE FROM stats.region_capacity")).hasMessageContaining("permission denied");
            } finally {
                statement.execute("RESET ROLE");
            }
        }
    }
}
