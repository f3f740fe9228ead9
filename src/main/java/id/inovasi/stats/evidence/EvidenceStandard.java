package id.inovasi.stats.evidence;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.inovasi.stats.database.SqlFiles;
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

    EvidenceStandard(JdbcClient jdbc, SqlFiles sql, MethodProperties method) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.method = method;
    }

    /**
     * Replaces the year's verdicts (and clears its OPD and region summaries, which
     * {@link #summarise} writes anew in the same transaction); returns the innovations assessed.
     */
    public int assess(int year, long runId) {
        jdbc.sql(sql.get("evidence/delete-year")).param("year", year).update();
        YearMethod m = method.forYear(year);
        Evidence e = m.evidence();
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
        return assess.update();
    }

    /** Writes the year's OPD and region summaries from its verdicts; their deltas read the year before as it stands. */
    public void summarise(int year, long runId) {
        jdbc.sql(sql.get("evidence/summarise-year")).param("year", year).param("runId", runId).update();
    }

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
