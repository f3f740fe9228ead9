package id.inovasi.stats.database;

import java.net.ConnectException;
import java.sql.SQLException;

import id.inovasi.stats.ingest.InboxMissingException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the common start-up faults into one line that names the setting to fix, instead of a
 * stack trace: the embedded server cannot start, the database is unreachable, the credentials
 * are wrong, the inbox is missing.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

    private static final String URL_SETTING = "spring.datasource.url (SPRING_DATASOURCE_URL)";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InboxMissingException missing) {
                return analysis(missing.getMessage(), "Set inovasi.inbox (INOVASI_INBOX) to an existing folder.", failure);
            }
            if (t instanceof EmbeddedDatabaseStartException embedded) {
                return analysis(embedded.getMessage(), "Where user namespaces are blocked (an unprivileged container), the "
                        + "embedded server cannot run: point " + URL_SETTING + ", spring.datasource.username and "
                        + "spring.datasource.password at a PostgreSQL server instead.", failure);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")) {
                    return analysis("cannot reach the database: " + sql.getMessage(),
                            "Check " + URL_SETTING + ": is the server running and is the host and port right?", failure);
                }
                if (state.equals("28P01") || state.equals("28000")) {
                    return analysis("the database refused the credentials: " + sql.getMessage(),
                            "Fix spring.datasource.username / spring.datasource.password (SPRING_DATASOURCE_USERNAME, "
                                    + "SPRING_DATASOURCE_PASSWORD).", failure);
                }
                if (state.equals("3D000")) {
                    return analysis("the database does not exist: " + sql.getMessage(),
                            "Create it, or fix the database name in " + URL_SETTING + ".", failure);
                }
            }
            if (t instanceof ConnectException connect) {
                return analysis("cannot reach the database: " + connect.getMessage(), "Check " + URL_SETTING + ".", failure);
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(String description, String action, Throwable cause) {
        return new FailureAnalysis(description, action, cause);
    }
}
