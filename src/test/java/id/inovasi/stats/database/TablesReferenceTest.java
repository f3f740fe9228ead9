package id.inovasi.stats.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/tables.md, the reference of every table, view and column of {@code stats}, is the
 * database's own COMMENT ON text rendered as Markdown, so it cannot drift from the migrations:
 * this test renders it from the migrated schema and fails when the file differs. To write it
 * anew after a migration: {@code mvn test -Dtest=TablesReferenceTest -Dinovasi.docs.write=true}.
 */
@PipelineTest
class TablesReferenceTest extends PipelineTestSupport {

    static final Path REFERENCE = Path.of("docs/tables.md");

    @Test
    void docsTablesMdIsTheSchemasOwnComments() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("inovasi.docs.write")) {
            Files.writeString(REFERENCE, rendered, StandardCharsets.UTF_8);
        }
        assertThat(REFERENCE).exists();
        assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
                .as("docs/tables.md is stale: run mvn test -Dtest=TablesReferenceTest -Dinovasi.docs.write=true")
                .isEqualTo(rendered);
    }

    private String render() {
        StringBuilder md = new StringBuilder("""
                # Tables

                Every table and view of the schema `stats`, with every column, as the database describes them
                (`COMMENT ON`, which BI tools import as descriptions). Generated from the migrations by the test
                `TablesReferenceTest`, which fails when this page is stale: do not edit it by hand.

                """);
        List<Map<String, Object>> relations = jdbc.sql("""
                SELECT c.oid::bigint AS oid, c.relname, CASE c.relkind WHEN 'v' THEN 'view' ELSE 'table' END AS kind,
                       obj_description(c.oid, 'pg_class') AS comment
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'stats' AND c.relkind IN ('r', 'v')
                ORDER BY c.relkind, c.relname COLLATE "C\"""").query().listOfRows();
        md.append("| name | kind | what it holds |\n| --- | --- | --- |\n");
        for (Map<String, Object> r : relations) {
            md.append("| [`").append(r.get("relname")).append("`](#").append(r.get("relname")).append(") | ").append(r.get("kind"))
                    .append(" | ").append(cell(r.get("comment"))).append(" |\n");
        }
        for (Map<String, Object> r : relations) {
            md.append("\n## ").append(r.get("relname")).append("\n\n").append(r.get("kind").equals("view") ? "View. " : "")
                    .append(oneLine(r.get("comment"))).append("\n\n| column | type | what it holds |\n| --- | --- | --- |\n");
            jdbc.sql("""
                    SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type, col_description(a.attrelid, a.attnum) AS comment
                    FROM pg_attribute a
                    WHERE a.attrelid = :oid AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum""").param("oid", ((Number) r.get("oid")).longValue()).query().listOfRows()
                    .forEach(c -> md.append("| `").append(c.get("attname")).append("` | ").append(c.get("type")).append(" | ")
                            .append(cell(c.get("comment"))).append(" |\n"));
        }
        return md.toString();
    }

    private static String oneLine(Object text) {
        return text == null ? "" : ((String) text).replaceAll("\\s+", " ").strip();
    }

    private static String cell(Object text) {
        return oneLine(text).replace("|", "\\|");
    }
}
