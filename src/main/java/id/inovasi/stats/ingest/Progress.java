package id.inovasi.stats.ingest;

import java.time.Duration;

import id.inovasi.stats.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress lines of a long load: the file, rows so far and the rate, at most every interval. */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final String file;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long nextReport;

    Progress(String file, Duration interval) {
        this.file = LogText.escape(file);
        this.intervalNanos = interval.toNanos();
        this.nextReport = started + intervalNanos;
    }

    void tick(long rows) {
        long now = System.nanoTime();
        if (now >= nextReport) {
            nextReport = now + intervalNanos;
            log.info("{}: {} rows read ({} rows/s)", file, String.format("%,d", rows), String.format("%,d", rate(rows, now)));
        }
    }

    void done(long rows, long loaded, long rejected) {
        long now = System.nanoTime();
        if (now - started >= intervalNanos) {
            log.info("{}: {} rows read, {} loaded, {} rejected ({} rows/s)", file, String.format("%,d", rows),
                    String.format("%,d", loaded), String.format("%,d", rejected), String.format("%,d", rate(rows, now)));
        }
    }

    private long rate(long rows, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        return Math.round(rows / seconds);
    }
}
