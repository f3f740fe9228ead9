package id.inovasi.stats.ranking;

import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.database.YearRows;
import id.inovasi.stats.method.MethodProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ranking trends and movers of a year, from the national results of it and the year before. */
@Component
public class RankingTrends {

    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final MethodProperties method;
    private final YearRows rows;

    RankingTrends(JdbcClient jdbc, SqlFiles sql, MethodProperties method, YearRows rows) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.method = method;
        this.rows = rows;
    }

    /**
     * Derives the year's national predicates and computed ranks with the year's method (the
     * file's own rank and predicate are kept beside them). The rebuild derives them for every year
     * it rebuilds before it rebuilds any, so a year's trends can read the year before's ranks.
     */
    public void deriveNational(int year) {
        MethodProperties.Predicates thresholds = method.forYear(year).predicates();
        jdbc.sql(sql.get("ranking/national-predicates-year"))
                .param("year", year)
                .param("sangatInovatifAbove", thresholds.sangatInovatifAbove())
                .param("inovatifFrom", thresholds.inovatifFrom())
                .param("kurangInovatifFrom", thresholds.kurangInovatifFrom())
                .update();
        jdbc.sql(sql.get("ranking/national-ranks-year")).param("year", year).update();
    }

    /**
     * Rebuilds the year's ranking_trend rows, then its ranking_mover rows from them, changing only
     * the rows that differ ({@link YearRows}); returns the trend rows and the rows changed.
     */
    public YearRows.Written rebuild(int year, long runId) {
        YearRows.Staged trendRows = rows.stage("ranking_trend", year);
        int trends = jdbc.sql(sql.get("ranking/trend-year")).param("year", year).param("runId", runId).update();
        int changed = trendRows.replace().total();
        YearRows.Staged moverRows = rows.stage("ranking_mover", year);
        jdbc.sql(sql.get("ranking/movers-year")).param("year", year).param("runId", runId).update();
        changed += moverRows.replace().total();
        return new YearRows.Written(trends, changed);
    }
}
