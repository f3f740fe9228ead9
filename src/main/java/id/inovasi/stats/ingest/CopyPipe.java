package id.inovasi.stats.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import id.inovasi.stats.database.CopyText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL's {@code COPY ... FROM STDIN} (text format) while they are being
 * parsed: a parsing thread {@link #row writes rows}, the thread that owns the transaction's
 * connection {@link #copy copies} the chunks as they fill. Memory stays at a few chunks
 * whatever the file's size.
 */
final class CopyPipe {

    private static final int CHUNK_CHARS = 1 << 18;
    private static final int CHUNKS_IN_FLIGHT = 16;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
    private final StringBuilder text = new StringBuilder(CHUNK_CHARS + 8192);
    private volatile boolean consumerGone;
    private volatile boolean producerFailed;

    // ---- producer side (the parsing thread) ----

    void row(String[] values, long fileId, long line, long runId) {
        StringBuilder t = text;
        for (String value : values) {
            CopyText.appendField(t, value);
            t.append('\t');
        }
        t.append(fileId).append('\t').append(line).append('\t').append(runId).append('\n');
        if (t.length() >= CHUNK_CHARS) {
            flush();
        }
    }

    /** All rows are written. */
    void finish() {
        flush();
        put(END);
    }

    /** The producer failed: the copy is cancelled. */
    void abort() {
        producerFailed = true;
        chunks.clear();
        chunks.offer(END);
    }

    private void flush() {
        if (!text.isEmpty()) {
            put(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }

    private void put(byte[] chunk) {
        try {
            while (!chunks.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                if (consumerGone) {
                    throw new CancellationException("the database copy stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while loading");
        }
    }

    // ---- consumer side (the transaction's thread) ----

    /**
     * Runs {@code copySql} on the connection and feeds it every chunk until the producer
     * finishes. Returns the number of rows PostgreSQL copied.
     */
    long copy(Connection connection, String copySql) throws SQLException, InterruptedException {
        CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            byte[] chunk;
            while ((chunk = chunks.take()) != END) {
                copyIn.writeToCopy(chunk, 0, chunk.length);
            }
            if (producerFailed) {
                copyIn.cancelCopy();
                return -1;
            }
            return copyIn.endCopy();
        } catch (SQLException | InterruptedException | RuntimeException e) {
            consumerGone = true;
            if (copyIn.isActive()) {
                try {
                    copyIn.cancelCopy();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }
}
