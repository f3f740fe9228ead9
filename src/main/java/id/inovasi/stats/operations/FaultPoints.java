package id.inovasi.stats.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Named places in a run where the fault tests kill the program ({@code kill -9}) to show that the
 * next run converges (docs/operations.md, "Every run converges"). Inert unless the setting
 * {@code inovasi.fault.pause-at} names a point: a run reaching that point then prints
 * {@code PAUSED AT <point>} and waits there to be killed. A testing aid; never set it otherwise.
 */
@Component
public class FaultPoints {

    private static final Logger log = LoggerFactory.getLogger(FaultPoints.class);

    /** The places, in the order a run passes them. */
    public enum Point {
        /** The inbox is scanned; nothing is loaded yet. */
        INGEST_SCANNED,
        /** A reports file is streaming into COPY: part of its rows are sent. */
        COPY_STREAMING,
        /** A batch's report rows are in; what earlier files said for the same OPD-years is deleted, not committed. */
        SUPERSEDING,
        /** A national results file is upserted, not committed. */
        RESULTS_LOADED,
        /** A batch is loaded and counted, not committed. */
        BATCH_BEFORE_COMMIT,
        /** A batch is committed; the next has not started. */
        BETWEEN_BATCHES,
        /** The national predicates and ranks of the years to rebuild are derived and committed. */
        NATIONAL_DERIVED,
        /** A year's verdicts are written, its summaries not yet; not committed. */
        YEAR_ASSESSED,
        /** A year's rebuild is committed; later years are not. */
        YEAR_COMMITTED,
        /** A report page is written under its temporary name, not moved into place. */
        REPORT_PAGE,
        /** A year's pages are in place; its exports are not written. */
        REPORT_EXPORTS,
        /** A year's report is complete on disk, not yet recorded as written. */
        REPORT_WRITTEN
    }

    private final Point pauseAt;

    FaultPoints(@Value("${inovasi.fault.pause-at:#{null}}") Point pauseAt) {
        this.pauseAt = pauseAt;
        if (pauseAt != null) {
            log.warn("inovasi.fault.pause-at={}: this run stops dead there, for a fault test", pauseAt);
        }
    }

    /** At a point: returns at once, unless the setting names it. */
    public void reach(Point point) {
        if (point != pauseAt) {
            return;
        }
        System.out.println("PAUSED AT " + point);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // waits for kill -9, not for an interrupt
            }
        }
    }
}
