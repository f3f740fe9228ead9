package id.inovasi.stats.database;

import java.nio.file.Path;

/** The embedded PostgreSQL server could not be started. */
public class EmbeddedDatabaseStartException extends RuntimeException {

    EmbeddedDatabaseStartException(Path dataDirectory, Throwable cause) {
        this(dataDirectory, cause, "");
    }

    EmbeddedDatabaseStartException(Path dataDirectory, Throwable cause, String hint) {
        super("embedded PostgreSQL could not start in " + dataDirectory.toAbsolutePath() + ": " + rootMessage(cause) + hint, cause);
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
