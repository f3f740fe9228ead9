package id.inovasi.stats.database;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the rebuild writes a year of a summary table: the year's statement fills
 * {@code pg_temp.rebuilt_<table>} (a temporary table shaped like {@code stats.<table>}, dropped at
 * commit), and {@link #replace} then changes {@code stats.<table>} only where the rebuilt rows
 * differ: rows no longer produced are deleted, rows whose figures changed are updated, new rows
 * are inserted, and a row that comes out as it was is left alone, its {@code run_id} (the run that
 * last changed it) included. Rebuilding a year whose figures did not move writes nothing, so its
 * readers, its exports and the table's size see no churn. Defined once for every summary table:
 * the key is the table's primary key (its first column the year), the compared columns every other
 * column but {@code run_id}, both read from the catalog. One full join of the year's rows with the
 * rebuilt ones finds what differs; the delete, update and insert then touch only those rows.
 */
@Component
public class YearRows {

    /** What replacing a year of one table did. */
    public record Changed(int removed, int updated, int added) {

        public int total() {
            return removed + updated + added;
        }
    }

    /** What a step of a year's rebuild wrote: the rows it produced, and how many rows of its tables that changed. */
    public record Written(int rows, int changed) {
    }

    private final JdbcClient jdbc;
    private final Map<String, String> merges = new ConcurrentHashMap<>();
    /** Every table a rebuild has staged: the summaries, as their owners write them. */
    private final Set<String> staged = ConcurrentHashMap.newKeySet();

    YearRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Prepares {@code pg_temp.rebuilt_<table>} for the year's statement (in the caller's
     * transaction). When the table holds no row of the year yet (a first build), there is nothing
     * to compare with: it is then a temporary view of {@code stats.<table>} itself, so the rows are
     * written once, straight into the table.
     */
    public Staged stage(String table, int year) {
        // asked of the key's first column as "the first year from :year on": one index entry. An
        // EXISTS of "year = :year" is planned as a sequential scan up to the first match, which in
        // a table loaded year by year reads every earlier year first (fix_priority's tenth national
        // year: 150,000 rows read past, 30 ms).
        boolean first = !jdbc.sql("SELECT coalesce((SELECT min(year) FROM stats." + table + " WHERE year >= :year) = :year, false)")
                .param("year", year).query(Boolean.class).single();
        jdbc.sql(first ? "CREATE TEMPORARY VIEW rebuilt_" + table + " AS SELECT * FROM stats." + table
                : "CREATE TEMPORARY TABLE rebuilt_" + table + " (LIKE stats." + table + " INCLUDING DEFAULTS) ON COMMIT DROP").update();
        staged.add(table);
        return new Staged(table, year, first);
    }

    /** The summary tables the rebuild writes, as staged so far by their owners (the report reads them next). */
    public List<String> tablesStaged() {
        return staged.stream().sorted().toList();
    }

    /** A year of a table staged for its rebuilt rows; {@link #replace} applies them. */
    public final class Staged {
        private final String table;
        private final int year;
        private final boolean first;

        private Staged(String table, int year, boolean first) {
            this.table = table;
            this.year = year;
            this.first = first;
        }

        /** Makes the year's rows of {@code stats.<table>} those of {@code pg_temp.rebuilt_<table>}, changing only what differs. */
        public Changed replace() {
            if (first) {
                jdbc.sql("DROP VIEW rebuilt_" + table).update();
                return new Changed(0, 0, jdbc.sql("SELECT count(*) FROM stats." + table + " WHERE year = :year").param("year", year)
                        .query(Integer.class).single());
            }
            return jdbc.sql(merges.computeIfAbsent(table, YearRows.this::mergeStatement)).param("year", year)
                    .query((rs, n) -> new Changed(rs.getInt("removed"), rs.getInt("updated"), rs.getInt("added")))
                    .single();
        }
    }

    private String mergeStatement(String table) {
        List<String> keys = jdbc.sql("""
                        SELECT a.attname FROM pg_index i
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                        WHERE i.indrelid = CAST(:table AS regclass) AND i.indisprimary
                        ORDER BY array_position(i.indkey, a.attnum)""")
                .param("table", "stats." + table).query(String.class).list();
        List<String> columns = StatsColumns.of(jdbc, table);
        if (keys.isEmpty() || !keys.get(0).equals("year")) {
            throw new IllegalStateException("stats." + table + " has no primary key starting with year");
        }
        List<String> values = columns.stream().filter(c -> !keys.contains(c)).toList();
        List<String> compared = values.stream().filter(c -> !c.equals("run_id")).toList();
        // one pass finds what differs (a full join of the year's old rows and the rebuilt ones);
        // the three changes then touch only those rows
        return """
                WITH old AS (
                    SELECT * FROM stats.%1$s WHERE year = :year
                ),
                diff AS MATERIALIZED (
                    SELECT CASE WHEN o.year IS NULL THEN 'added' WHEN n.year IS NULL THEN 'removed' ELSE 'updated' END AS change,
                           %2$s, %3$s
                    FROM old o FULL JOIN pg_temp.rebuilt_%1$s n ON %4$s
                    WHERE o.year IS NULL OR n.year IS NULL OR (%5$s) IS DISTINCT FROM (%6$s)
                ),
                removed AS (
                    DELETE FROM stats.%1$s o USING diff d
                    WHERE d.change = 'removed' AND o.year = :year AND %7$s
                    RETURNING 1
                ),
                updated AS (
                    UPDATE stats.%1$s o SET %8$s
                    FROM diff d
                    WHERE d.change = 'updated' AND o.year = :year AND %7$s
                    RETURNING 1
                ),
                added AS (
                    INSERT INTO stats.%1$s (%9$s)
                    SELECT %9$s FROM diff d WHERE d.change = 'added'
                    RETURNING 1
                )
                SELECT (SELECT count(*) FROM removed) AS removed, (SELECT count(*) FROM updated) AS updated,
                       (SELECT count(*) FROM added) AS added
                """.formatted(table,
                keys.stream().map(k -> "coalesce(n." + quote(k) + ", o." + quote(k) + ") AS " + quote(k)).collect(Collectors.joining(", ")),
                values.stream().map(c -> "n." + quote(c)).collect(Collectors.joining(", ")),
                keys.stream().map(k -> "n." + quote(k) + " = o." + quote(k)).collect(Collectors.joining(" AND ")),
                compared.stream().map(c -> "o." + quote(c)).collect(Collectors.joining(", ")),
                compared.stream().map(c -> "n." + quote(c)).collect(Collectors.joining(", ")),
                keys.stream().map(k -> "d." + quote(k) + " = o." + quote(k)).collect(Collectors.joining(" AND ")),
                values.stream().map(c -> quote(c) + " = d." + quote(c)).collect(Collectors.joining(", ")),
                columns.stream().map(YearRows::quote).collect(Collectors.joining(", ")));
    }

    private static String quote(String column) {
        return "\"" + column + "\"";
    }
}
