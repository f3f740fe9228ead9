package id.inovasi.stats.database;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The columns of a table of the {@code stats} schema, in their order, as the catalog has them.
 * Read from {@code pg_attribute}: the same question asked of {@code information_schema.columns}, a
 * view over several catalogs with privilege checks, took 15-18 ms a table, paid by every run for
 * each table it rebuilds or exports.
 */
public final class StatsColumns {

    private StatsColumns() {
    }

    /** The names of the columns of {@code stats.<table>}, in the table's order. */
    public static List<String> of(JdbcClient jdbc, String table) {
        return jdbc.sql("""
                        SELECT attname FROM pg_attribute
                        WHERE attrelid = CAST(:table AS regclass) AND attnum > 0 AND NOT attisdropped
                        ORDER BY attnum""")
                .param("table", "stats." + table).query(String.class).list();
    }
}
