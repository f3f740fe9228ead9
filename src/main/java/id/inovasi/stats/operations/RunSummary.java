package id.inovasi.stats.operations;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import id.inovasi.stats.LogText;
import id.inovasi.stats.report.ReportStepConfiguration;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The end-of-run summary a person reads: files, rows, the first reasons, years, step timings. */
@Component
public class RunSummary {

    private static final int FIRST_REASONS = 5;

    private final PipelineRuns runs;

    RunSummary(PipelineRuns runs) {
        this.runs = runs;
    }

    PipelineRuns.Run print(JobExecution execution, Duration took, PrintStream out) {
        PipelineRuns.Run run = runs.find(execution.getId());
        out.println();
        out.printf("inovasi-stats run %d: %s in %s%n", run.runId(), execution.getStatus(), seconds(took));
        out.printf("  files: %d seen; %d loaded, %d rejected, %d superseded, %d unchanged, %d duplicate%n",
                run.filesSeen(), run.filesLoaded(), run.filesRejected(), run.filesSuperseded(), run.filesUnchanged(),
                run.filesDuplicate());
        out.printf("  rows:  %d read; %d loaded, %d rejected%n", run.rowsRead(), run.rowsLoaded(), run.rowsRejected());
        List<String> reasons = runs.firstRejections(run.runId(), FIRST_REASONS);
        for (String reason : reasons) {
            out.println("    " + LogText.escape(reason));
        }
        if (run.rowsRejected() + run.filesRejected() > reasons.size()) {
            out.println("    ... all of them in stats.rejected_row and stats.source_file (run_id " + run.runId() + ")");
        }
        out.println("  years with changed inputs: " + years(run.yearsChanged()));
        out.println("  years rebuilt: " + years(run.yearsRebuilt()));
        for (StepExecution step : execution.getStepExecutions()) {
            Duration stepTook = step.getStartTime() == null || step.getEndTime() == null ? Duration.ZERO
                    : Duration.between(step.getStartTime(), step.getEndTime());
            out.printf("  step %s: %s in %s (read %d, written %d, skipped %d)%n", step.getStepName(), step.getStatus(),
                    seconds(stepTook), step.getReadCount(), step.getWriteCount(), step.getSkipCount());
        }
        for (StepExecution step : execution.getStepExecutions()) {
            String reports = step.getExecutionContext().getString(ReportStepConfiguration.REPORTS_KEY, "");
            for (String report : reports.isEmpty() ? new String[0] : reports.split("\n")) {
                out.println("  report: " + report);
            }
        }
        if (!execution.getAllFailureExceptions().isEmpty()) {
            Throwable failure = execution.getAllFailureExceptions().get(0);
            out.println("  failure: " + (ConnectionLoss.in(failure)
                    ? "the database connection was lost (" + ConnectionLoss.rootMessage(failure) + ")" + RunControl.WAY_ON
                    : failure.getMessage()));
        }
        if (run.filesSeen() > 0 && run.filesLoaded() + run.filesRejected() + run.filesDuplicate() == 0) {
            out.println("  nothing new in the inbox: nothing changed");
        }
        return run;
    }

    private static String years(Integer[] years) {
        return years.length == 0 ? "none" : Arrays.stream(years).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
