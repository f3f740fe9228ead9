package id.inovasi.stats.index;

import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.database.YearRows;
import id.inovasi.stats.method.MethodProperties;
import id.inovasi.stats.method.MethodProperties.YearMethod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regional index estimate of every region with reports, for the four submission scenarios,
 * with the rank each would take; and the fix priority of every innovation that does not qualify.
 * Owner of {@code stats.index_estimate} and {@code stats.fix_priority}, written by one statement.
 */
@Component
public class IndexEstimator {

    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final MethodProperties method;
    private final YearRows rows;

    IndexEstimator(JdbcClient jdbc, SqlFiles sql, MethodProperties method, YearRows rows) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.method = method;
        this.rows = rows;
    }

    /** What one year's rebuild wrote. */
    public record Estimated(int estimates, int fixes, int changed) {
    }

    /**
     * Rebuilds the year's estimates and fix priorities from its innovation_assessment rows,
     * changing only the rows that differ ({@link YearRows}).
     */
    public Estimated rebuild(int year, long runId) {
        YearMethod m = method.forYear(year);
        YearRows.Staged estimates = rows.stage("index_estimate", year);
        YearRows.Staged fixes = rows.stage("fix_priority", year);
        Estimated written = jdbc.sql(sql.get("index/estimate-year"))
                .param("year", year)
                .param("runId", runId)
                .param("methodVersion", m.recordedVersion())
                .param("divisorFloor", m.index().divisorFloor())
                .param("countScoreCap", m.index().countScoreCap())
                .param("countScoreFactor", m.index().countScoreFactor())
                .param("totalMaximum", m.index().totalMaximum())
                .param("sangatInovatifAbove", m.predicates().sangatInovatifAbove())
                .param("inovatifFrom", m.predicates().inovatifFrom())
                .param("kurangInovatifFrom", m.predicates().kurangInovatifFrom())
                .query((rs, n) -> new Estimated(rs.getInt("estimates"), rs.getInt("fixes"), 0))
                .single();
        int changed = estimates.replace().total() + fixes.replace().total();
        return new Estimated(written.estimates(), written.fixes(), changed);
    }
}
