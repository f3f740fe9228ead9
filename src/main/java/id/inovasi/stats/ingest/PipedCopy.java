package id.inovasi.stats.ingest;

import java.sql.Connection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One {@code COPY ... FROM STDIN} on the transaction's connection, fed by a producer that parses
 * on a second thread while the server copies: parsing on one core, the server on the other.
 */
final class PipedCopy {

    /** What the producer returned and the rows the server copied. */
    record Result<T>(T produced, long copied) {
    }

    private PipedCopy() {
    }

    static <T> Result<T> run(DataSource dataSource, String copySql, Function<CopyPipe, T> producer) throws Exception {
        CopyPipe pipe = new CopyPipe();
        FutureTask<T> producing = new FutureTask<>(() -> {
            try {
                T produced = producer.apply(pipe);
                pipe.finish();
                return produced;
            } catch (RuntimeException | Error e) {
                pipe.abort();
                throw e;
            }
        });
        Thread thread = new Thread(producing, "ingest-parse");
        thread.setDaemon(true);
        thread.start();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            long copied = pipe.copy(connection, copySql);
            return new Result<>(producing.get(), copied);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause(), e);
        } catch (Exception e) {
            producing.cancel(true);
            try {
                producing.get();
            } catch (ExecutionException producerFailure) {
                if (!(producerFailure.getCause() instanceof java.util.concurrent.CancellationException)) {
                    throw unwrap(producerFailure.getCause(), e);
                }
            } catch (Exception ignored) {
                // the copy's own failure is reported below
            }
            throw e;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The producer's own failure: an I/O error it had to wrap is thrown as itself. */
    private static Exception unwrap(Throwable cause, Exception otherwise) {
        if (cause instanceof java.io.UncheckedIOException io) {
            return io.getCause();
        }
        return cause instanceof Exception exception ? exception : otherwise;
    }
}
