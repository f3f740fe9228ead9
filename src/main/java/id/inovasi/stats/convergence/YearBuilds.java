package id.inovasi.stats.convergence;

import java.nio.file.Files;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.method.MethodProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code stats.year_build}, its one owner: ingest records which years' inputs changed, the rebuild
 * what a year's summaries were built from, the report step that a year's report was written;
 * {@link #stale()} compares that with what each year holds and which method applies now.
 */
@Repository
public class YearBuilds {

    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final MethodProperties method;
    private final InovasiProperties properties;

    YearBuilds(JdbcClient jdbc, SqlFiles sql, MethodProperties method, InovasiProperties properties) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.method = method;
        this.properties = properties;
    }

    /** These years' inputs changed in this run; called in the transaction that changed them. */
    public void inputsChanged(Collection<Integer> years, long runId) {
        if (!years.isEmpty()) {
            jdbc.sql(sql.get("convergence/inputs-changed")).param("years", years.toArray(Integer[]::new)).param("runId", runId).update();
        }
    }

    /** A year's summaries were just built; called in the year's transaction, after the year before committed. */
    public void summariesBuilt(int year, long runId) {
        jdbc.sql(sql.get("convergence/summaries-built"))
                .param("year", year)
                .param("method", methodVersion(year))
                .param("beforeMethod", methodVersion(year - 1))
                .param("runId", runId)
                .update();
    }

    /** A year's report was just written from its current summaries. */
    public void reportWritten(int year, long runId) {
        jdbc.sql(sql.get("convergence/report-written")).param("year", year).param("runId", runId).update();
    }

    /** The years holding inputs or summaries, oldest first. */
    public List<Integer> yearsWithData() {
        return jdbc.sql(sql.get("convergence/years-with-data")).query(Integer.class).list();
    }

    /** Every stale year now, oldest first, with why. */
    public List<StaleYears.StaleYear> stale() {
        Map<Integer, YearBuild> builds = new LinkedHashMap<>();
        jdbc.sql(sql.get("convergence/year-builds")).query((rs, n) -> new YearBuild(rs.getInt("year"), rs.getLong("inputs_changed_run"),
                        rs.getBoolean("built"), rs.getLong("built_inputs_run"), rs.getString("built_method"),
                        rs.getLong("built_before_inputs_run"), rs.getString("built_before_method"), rs.getLong("built_two_before_inputs_run"),
                        rs.getBoolean("report_current")))
                .list().forEach(b -> builds.put(b.year(), b));
        Set<Integer> withData = new TreeSet<>(yearsWithData());
        return StaleYears.find(builds, withData, this::methodVersion,
                year -> Files.isRegularFile(properties.output().resolve(String.valueOf(year)).resolve("report.html")));
    }

    /** The method version in force for a year, with the digest of its figures (as verdicts record it). */
    private String methodVersion(int year) {
        return method.forYear(year).recordedVersion();
    }
}
