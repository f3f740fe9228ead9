package id.inovasi.stats.operations;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Whether a failure is the database going away (a restart, a network cut), as opposed to an error in the work. */
final class ConnectionLoss {

    private ConnectionLoss() {
    }

    /** True when the failure or one of its causes says the connection was lost or could not be had. */
    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;   // connection exception; operator intervention (the server shutting down)
            }
        }
        return false;
    }

    /** The innermost message, which names what happened ("Connection refused", "database ... does not exist"). */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
