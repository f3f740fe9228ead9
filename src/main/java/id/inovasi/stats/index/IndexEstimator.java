package id.inovasi.stats.index;

import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.method.MethodProperties;
import id.inovasi.stats.method.MethodProperties.YearMethod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The regional index estimate of every region with reports, for the three submission scenarios. */
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

    /** Replaces the year's estimates (from its innovation_assessment rows); returns the rows written. */
    public int rebuild(int year, long runId) {
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
                .update();
    }
}
