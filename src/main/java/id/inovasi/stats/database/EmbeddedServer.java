package id.inovasi.stats.database;

/**
 * The embedded PostgreSQL server this process uses: one it started (and stops when it ends), or
 * one that {@code jobs/db} or {@code jobs/serve} holds on the same data directory (left running).
 *
 * @param port the server's port on localhost
 * @param stop  what stops it when this process ends: null for a server another process holds
 */
public record EmbeddedServer(int port, AutoCloseable stop) implements AutoCloseable {

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?reWriteBatchedInserts=true";
    }

    @Override
    public void close() throws Exception {
        if (stop != null) {
            stop.close();
        }
    }
}
