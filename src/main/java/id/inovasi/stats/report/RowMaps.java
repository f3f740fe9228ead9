package id.inovasi.stats.report;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;

/**
 * A result row as a map from column name, as PostgreSQL names it (lower case), to value, in column
 * order. The pages read some 40,000 rows a national year; Spring's own column map is case-insensitive,
 * which costs a second map and a lower-cased copy of every name at every put and every get.
 */
final class RowMaps implements RowMapper<Map<String, Object>> {

    @Override
    public Map<String, Object> mapRow(ResultSet rs, int rowNum) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        Map<String, Object> row = new LinkedHashMap<>(columns * 2);
        for (int c = 1; c <= columns; c++) {
            row.put(meta.getColumnLabel(c), rs.getObject(c));
        }
        return row;
    }
}
