package id.inovasi.stats.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.scheduling.annotation.Scheduled;

/** The nightly run. A scheduled run that finds another run in progress skips, and says so. */
public class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final RunControl control;

    ScheduledRuns(RunControl control) {
        this.control = control;
    }

    /** What a scheduled trigger did. */
    public record Outcome(boolean started, Long runId, String message) {
    }

    @Scheduled(cron = "${inovasi.serve.schedule-cron}", zone = "${inovasi.serve.schedule-zone}")
    public void nightly() {
        trigger();
    }

    public Outcome trigger() {
        try {
            JobExecution execution = control.run(RunControl.Trigger.SCHEDULE, null, false);
            log.info("Scheduled run {} ended {}", execution.getId(), execution.getStatus());
            return new Outcome(true, execution.getId(), "run " + execution.getId() + " " + execution.getStatus());
        } catch (RunInProgressException e) {
            String message = "Scheduled run skipped: " + e.getMessage();
            log.warn(message);
            return new Outcome(false, e.runningRunId(), message);
        }
    }
}
