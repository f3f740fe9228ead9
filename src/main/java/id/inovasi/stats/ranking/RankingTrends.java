package id.inovasi.stats.ranking;

import id.inovasi.stats.database.SqlFiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ranking trends and movers of a year, from the official national results of it and the year before. */
@Component
public class RankingTrends {

    private final JdbcClient jdbc;
    private final SqlFiles sql;

    RankingTrends(JdbcClient jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Replaces the year's ranking_trend and ranking_mover rows; returns the trend rows written. */
    public int rebuild(int year, long runId) {
        jdbc.sql(sql.get("ranking/delete-year")).param("year", year).update();
        int trends = jdbc.sql(sql.get("ranking/trend-year")).param("year", year).param("runId", runId).update();
        jdbc.sql(sql.get("ranking/movers-year")).param("year", year).param("runId", runId).update();
        return trends;
    }
}
