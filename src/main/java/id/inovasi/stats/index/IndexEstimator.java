package id.inovasi.stats.index;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.database.YearRows;
import id.inovasi.stats.method.MethodProperties;
import id.inovasi.stats.method.MethodProperties.YearMethod;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regional index estimate of every region with reports, for the four submission scenarios,
 * with the rank each would take; and the fix priority of every innovation that does not qualify.
 * Owner of {@code stats.index_estimate} and {@code stats.fix_priority}. The choices (which
 * innovations each submission takes, the order of fixes) are made region by region
 * ({@link RegionEstimate}) from the year's verdicts, read a page at a time in key order; one
 * statement then publishes their figures and ranks.
 */
@Component
public class IndexEstimator {

    /** Verdicts read at a time: a region whose verdicts span pages is carried over whole. */
    private static final int PAGE = 20_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SqlFiles sql;
    private final MethodProperties method;
    private final YearRows rows;

    IndexEstimator(JdbcClient jdbc, DataSource dataSource, SqlFiles sql, MethodProperties method, YearRows rows) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.sql = sql;
        this.method = method;
        this.rows = rows;
    }

    /** What one year's rebuild wrote. */
    public record Estimated(int estimates, int fixes, int changed) {
    }

    /**
     * Rebuilds the year's estimates and fix priorities from its innovation_assessment rows,
     * changing only the rows that differ ({@link YearRows}). In the caller's transaction.
     */
    public Estimated rebuild(int year, long runId) {
        YearMethod m = method.forYear(year);
        YearRows.Staged estimates = rows.stage("index_estimate", year);
        YearRows.Staged fixes = rows.stage("fix_priority", year);
        jdbc.sql(sql.get("index/choice-tables")).update();
        choose(year, IndexFormula.of(m.index()));
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

    /** Makes every region's choices and writes them to the choice tables, a page of verdicts at a time. */
    private void choose(int year, IndexFormula formula) {
        RegionEstimate estimate = new RegionEstimate(formula);
        Map<String, BigDecimal> spd = new HashMap<>();
        jdbc.sql("SELECT region_code, spd_score FROM stats.region_capacity WHERE year = :year").param("year", year)
                .query(rs -> {
                    spd.put(rs.getString(1), rs.getBigDecimal(2));
                });
        ChoiceTables out = new ChoiceTables();
        String region = null;
        List<Verdict> verdicts = new ArrayList<>();
        Key after = new Key("", "");
        int read;
        do {
            List<Row> page = jdbc.sql(sql.get("index/verdicts-page"))
                    .param("year", year).param("afterRegion", after.region()).param("afterInnovation", after.innovation()).param("page", PAGE)
                    // by position, in verdicts-page.sql's order: a name is looked up again on every row
                    .query((rs, n) -> new Row(rs.getString(1), new Verdict(rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5))))
                    .list();
            read = page.size();
            if (read == 0) {
                break;
            }
            for (Row row : page) {
                if (!row.region().equals(region)) {
                    if (region != null) {
                        out.add(region, of(estimate, verdicts, spd.get(region)));
                    }
                    region = row.region();
                    verdicts = new ArrayList<>();
                }
                verdicts.add(row.verdict());
            }
            after = new Key(page.get(read - 1).region(), page.get(read - 1).verdict().innovationId());
            copy(out);
        } while (read == PAGE);
        if (region != null) {
            out.add(region, of(estimate, verdicts, spd.get(region)));
            copy(out);
        }
    }

    private static RegionEstimate.Result of(RegionEstimate estimate, List<Verdict> verdicts, BigDecimal spd) {
        if (spd == null) {
            return estimate.of(verdicts, false, 0, 1);
        }
        return estimate.of(verdicts, true, IndexFormula.units(spd), IndexFormula.unit(spd));
    }

    /** An innovation's key within a year. */
    private record Key(String region, String innovation) {
    }

    /** A verdict as read, with its region. */
    private record Row(String region, Verdict verdict) {
    }

    /** Copies the choices gathered so far: between pages, when no query is open on the connection. */
    private void copy(ChoiceTables choices) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            choices.copy(connection);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
