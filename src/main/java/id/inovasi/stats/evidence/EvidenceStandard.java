package id.inovasi.stats.evidence;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.database.YearRows;
import id.inovasi.stats.method.Indicator;
import id.inovasi.stats.method.MethodProperties;
import id.inovasi.stats.method.MethodProperties.Evidence;
import id.inovasi.stats.method.MethodProperties.YearMethod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evidence standard (memenuhi data dukung) and the maturity score, applied to a year's
 * innovations in SQL with the year's method configuration; then the OPD and region summaries.
 */
@Component
public class EvidenceStandard {

    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final MethodProperties method;
    private final YearRows rows;

    EvidenceStandard(JdbcClient jdbc, SqlFiles sql, MethodProperties method, YearRows rows) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.method = method;
        this.rows = rows;
    }

    /**
     * Rebuilds the year's verdicts, changing only those that differ ({@link YearRows}); returns the
     * innovations assessed and the verdict rows changed.
     */
    public YearRows.Written assess(int year, long runId) {
        YearMethod m = method.forYear(year);
        Evidence e = m.evidence();
        YearRows.Staged verdicts = rows.stage("innovation_assessment", year);
        JdbcClient.StatementSpec assess = jdbc.sql(sql.get("evidence/assess-year"))
                .param("year", year)
                .param("runId", runId)
                .param("standardVersion", m.recordedVersion())
                .param("problemPattern", atLeastWords(e.problemMinWords()))
                .param("documentationPattern", atLeastReferences(e.documentationMinRefs()))
                .param("policyPattern", policyPattern(e))
                .param("policyNeedsNumber", e.policyNeedsNumber())
                .param("asnMin", e.asnMin())
                .param("eligibleStages", e.eligibleStages().toArray(String[]::new))
                .param("recencyYears", e.recencyYears());
        for (Indicator indicator : Indicator.values()) {
            assess = assess.param("w_" + indicator.slug(), m.weight(indicator));
        }
        int assessed = assess.update();
        return new YearRows.Written(assessed, verdicts.replace().total());
    }

    /**
     * Rebuilds the year's OPD and region summaries and OPD coverage from its verdicts (their deltas
     * read the year before as it stands); returns the OPD summaries and the rows changed.
     */
    public YearRows.Written summarise(int year, long runId) {
        List<YearRows.Staged> staged = SUMMARIES.stream().map(table -> rows.stage(table, year)).toList();
        jdbc.sql(sql.get("evidence/summarise-year")).param("year", year).param("runId", runId).update();
        int opds = jdbc.sql("SELECT count(*) FROM pg_temp.rebuilt_opd_year_summary WHERE year = :year").param("year", year)
                .query(Integer.class).single();
        return new YearRows.Written(opds, staged.stream().mapToInt(s -> s.replace().total()).sum());
    }

    /** The tables summarise-year.sql writes. */
    private static final List<String> SUMMARIES = List.of("opd_year_summary", "opd_coverage", "region_year_summary");

    /** A PostgreSQL regular expression that holds for a text of at least {@code n} whitespace-separated words. */
    static String atLeastWords(int n) {
        return n <= 0 ? "" : "^[[:space:]]*([^[:space:]]+[[:space:]]+){" + (n - 1) + "}[^[:space:]]";
    }

    /** A PostgreSQL regular expression that holds for at least {@code n} non-blank references between {@code |}. */
    static String atLeastReferences(int n) {
        String reference = "[^|]*[^|[:space:]][^|]*";
        return n <= 0 ? "" : "^([^|]*\\|)*" + reference + "(\\|([^|]*\\|)*" + reference + "){" + (n - 1) + "}";
    }

    /**
     * A PostgreSQL regular expression that finds one of the instrument words as a whole word,
     * case-sensitively: not preceded or followed by a letter, digit or underscore ({@code SKPD}
     * does not contain {@code SK}). The spaces of a multi-word instrument match any whitespace.
     */
    static String policyPattern(Evidence evidence) {
        String words = evidence.policyInstruments().stream()
                .map(w -> Pattern.compile("\\s+").splitAsStream(w.strip()).map(EvidenceStandard::escape).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        return "(^|[^[:alnum:]_])(" + words + ")([^[:alnum:]_]|$)";
    }

    private static String escape(String word) {
        return word.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
    }
}
