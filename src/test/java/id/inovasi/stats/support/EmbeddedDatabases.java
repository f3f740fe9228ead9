package id.inovasi.stats.support;

import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Databases of their own on a test's embedded server, one per run compared. */
public final class EmbeddedDatabases {

    private EmbeddedDatabases() {
    }

    /** A new empty database; its JDBC URL. */
    public static String create(EmbeddedPostgres postgres, String database) throws Exception {
        return create(postgres, database, null);
    }

    /**
     * A new database, empty or a copy of another; its JDBC URL. A copy waits for the template's
     * connections to be gone (a killed process's may take a moment to be noticed).
     */
    public static String create(EmbeddedPostgres postgres, String database, String template) throws Exception {
        String sql = "CREATE DATABASE " + database + (template == null ? "" : " TEMPLATE " + template);
        for (int attempt = 1; ; attempt++) {
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute(sql);
                return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
            } catch (SQLException e) {
                if (template == null || attempt == 50) {
                    throw e;
                }
                Thread.sleep(100);   // "source database is being accessed by other users"
            }
        }
    }
}
