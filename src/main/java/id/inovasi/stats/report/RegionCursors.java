package id.inovasi.stats.report;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import id.inovasi.stats.database.SqlFiles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The long parts of the pages (what each innovation lacks, each OPD's innovations), read through a
 * cursor 1000 rows at a time in the caller's read-only transaction, in region order: the pages of a
 * group of regions take their rows region by region, so a region of a million innovations never
 * sits in memory.
 */
@Component
class RegionCursors {

    private final SqlFiles sql;
    private final NamedParameterJdbcTemplate cursor;

    RegionCursors(SqlFiles sql, DataSource dataSource) {
        this.sql = sql;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.cursor = new NamedParameterJdbcTemplate(template);
    }

    /** The rows of a named statement taking {@code :year} and {@code :regions}, for these regions. */
    YearReport.RegionCursor open(String statement, int year, List<YearReport.Region> regions) {
        return new YearReport.RegionCursor(cursor.queryForStream(sql.get(statement),
                Map.of("year", year, "regions", regions.stream().map(YearReport.Region::code).toArray(String[]::new)),
                new RowMaps()));
    }
}
