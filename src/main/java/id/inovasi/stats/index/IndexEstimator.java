package id.inovasi.stats.index;

import id.inovasi.stats.database.SqlFiles;
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

    IndexEstimator(JdbcClient jdbc, SqlFiles sql, MethodProperties method) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.method = method;
    }

    /** What one year's rebuild wrote. */
    public record Estimated(int estimates, int fixes) {
    }

    /** Replaces the year's estimates and fix priorities (from its innovation_assessment rows). */
    public Estimated rebuild(int year, long runId) {
        jdbc.sql(sql.get("index/delete-year")).param("year", year).update();
        YearMethod m = method.forYear(year);
        return jdbc.sql(sql.get("index/estimate-year"))
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
                .query((rs, n) -> new Estimated(rs.getInt("estimates"), rs.getInt("fixes")))
                .single();
    }
}
