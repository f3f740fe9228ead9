package id.inovasi.stats.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * One run at a time, across processes and machines sharing the database: a PostgreSQL
 * session-level advisory lock, held on its own connection for as long as a run lasts. A process
 * that dies loses its connection, and with it the lock.
 */
@Component
public class RunLock {

    /** The lock's key: "inovasi" in ASCII, as a number. */
    static final long KEY = 0x696e6f76617369L;

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, if no other run holds it. */
    public Optional<Held> tryAcquire() {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(true);
                if (call(connection, "SELECT pg_try_advisory_lock(?)")) {
                    return Optional.of(new Held(connection));
                }
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the run lock: " + e.getMessage(), e);
        }
    }

    /** Whether a live process holds the lock now. */
    public boolean heldElsewhere() {
        Optional<Held> held = tryAcquire();
        held.ifPresent(Held::close);
        return held.isEmpty();
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The held lock; closing releases it. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;
        private boolean released;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public synchronized void close() {
            if (released) {
                return;
            }
            released = true;
            try (connection) {
                call(connection, "SELECT pg_advisory_unlock(?)");
            } catch (SQLException e) {
                // the connection is gone, and the lock with it
            }
        }
    }
}
