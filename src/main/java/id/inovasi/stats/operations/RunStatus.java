package id.inovasi.stats.operations;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.convergence.StaleYears;
import id.inovasi.stats.convergence.YearBuilds;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** jobs/status: the recent runs with their counts, or one run with its steps. */
@Component
public class RunStatus {

    private static final java.time.format.DateTimeFormatter STARTED = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PipelineRuns runs;
    private final YearBuilds builds;

    RunStatus(PipelineRuns runs, YearBuilds builds) {
        this.runs = runs;
        this.builds = builds;
    }

    /** The stale years and why, or that every year is up to date: what the next plain run will do. */
    void printStale(PrintStream out) {
        List<StaleYears.StaleYear> stale = builds.stale();
        if (stale.isEmpty()) {
            out.println("Every year is up to date: the next run rebuilds nothing unless new files arrive.");
            return;
        }
        out.println("Stale years (the next jobs/run rebuilds or rewrites them):");
        for (StaleYears.StaleYear year : stale) {
            out.println("  " + year.describe() + (year.summaries() ? "" : " [report only]"));
        }
    }

    void printRecent(PrintStream out, int limit) {
        List<PipelineRuns.Run> recent = runs.recent(limit);
        if (recent.isEmpty()) {
            out.println("No runs yet.");
            printStale(out);
            return;
        }
        out.printf("%-5s %-9s %-10s %-19s %9s  %-22s %-24s%n", "run", "instance", "status", "started (UTC)", "took", "files seen/loaded/rej",
                "rows read/loaded/rej");
        for (PipelineRuns.Run r : recent) {
            out.printf("%-5s %-9s %-10s %-19s %9s  %-22s %-24s %s%n", r.runId(), r.jobInstanceId(), r.status(),
                    STARTED.format(r.startedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)),
                    took(r.startedAt(), r.endedAt()),
                    r.filesSeen() + "/" + r.filesLoaded() + "/" + r.filesRejected(),
                    r.rowsRead() + "/" + r.rowsLoaded() + "/" + r.rowsRejected(),
                    r.trigger() == null ? "" : r.trigger());
        }
        out.println("jobs/status RUN shows one run with its steps.");
        printStale(out);
    }

    void printRun(PrintStream out, JobExecution execution) {
        out.printf("run %d (job instance %d): %s, exit %s%n", execution.getId(), execution.getJobInstance().getInstanceId(),
                execution.getStatus(), execution.getExitStatus().getExitCode());
        out.println("  parameters: " + execution.getJobParameters());
        out.println("  started " + execution.getStartTime() + ", ended " + execution.getEndTime());
        for (StepExecution step : execution.getStepExecutions()) {
            out.printf("  step %-8s %-10s read %d, written %d, skipped %d, commits %d, rollbacks %d, took %s%n", step.getStepName(),
                    step.getStatus(), step.getReadCount(), step.getWriteCount(), step.getSkipCount(), step.getCommitCount(),
                    step.getRollbackCount(), took(step.getStartTime(), step.getEndTime()));
        }
        execution.getAllFailureExceptions().stream().findFirst().ifPresent(e -> out.println("  failure: " + e.getMessage()));
    }

    private static String took(Object start, Object end) {
        if (start == null || end == null) {
            return "-";
        }
        Duration d = Duration.between(toLocal(start), toLocal(end));
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static LocalDateTime toLocal(Object t) {
        if (t instanceof LocalDateTime l) {
            return l;
        }
        if (t instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (t instanceof java.time.OffsetDateTime o) {
            return o.toLocalDateTime();
        }
        throw new IllegalArgumentException("not a time: " + t);
    }
}
