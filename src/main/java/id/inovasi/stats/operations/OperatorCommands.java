package id.inovasi.stats.operations;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.ingest.InboxMissingException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The short-lived commands of the jobs/ scripts: run, status, restart, stop, recover. Each
 * prints what it did and keeps its exit code (see {@link ExitCodes}).
 */
@Component
@ConditionalOnProperty(name = "inovasi.mode", havingValue = "command")
public class OperatorCommands implements ApplicationRunner {

    private final RunControl control;
    private final Invocation invocation;
    private final InovasiProperties properties;
    private final RunSummary summary;
    private final RunStatus status;
    private final PrintStream out = System.out;
    private int exitCode = ExitCodes.FAILED;

    OperatorCommands(RunControl control, Invocation invocation, InovasiProperties properties, RunSummary summary, RunStatus status) {
        this.control = control;
        this.invocation = invocation;
        this.properties = properties;
        this.summary = summary;
        this.status = status;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            exitCode = switch (invocation.command()) {
                case "run" -> run();
                case "status" -> status();
                case "restart" -> finished(control.restart(invocation.runId()));
                case "stop" -> stop();
                case "recover" -> recover();
                default -> throw new IllegalStateException("not a command: " + invocation.command());
            };
        } catch (RunControl.UnknownRunException e) {
            out.println("inovasi-stats: " + e.getMessage());
            exitCode = ExitCodes.BAD_INVOCATION;
        } catch (RunInProgressException | IllegalStateException e) {
            out.println("inovasi-stats: " + e.getMessage());
            exitCode = ExitCodes.FAILED;
        }
    }

    private int run() {
        if (!Files.isDirectory(properties.inbox())) {
            throw new InboxMissingException(properties.inbox());
        }
        return finished(control.run(RunControl.Trigger.MANUAL, invocation.year(), invocation.allYears()));
    }

    private int finished(JobExecution execution) {
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        PipelineRuns.Run run;
        try {
            run = summary.print(execution, took, out);
        } catch (org.springframework.dao.DataAccessException e) {
            if (!ConnectionLoss.in(e)) {
                throw e;
            }
            out.println("inovasi-stats: " + RunControl.LOST + " (" + ConnectionLoss.rootMessage(e) + ")" + RunControl.WAY_ON);
            return ExitCodes.FAILED;
        }
        int code = execution.getStatus() != BatchStatus.COMPLETED ? ExitCodes.FAILED
                : run.rejectedSomething() ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
        out.println("Exit code " + code + switch (code) {
            case ExitCodes.OK -> ": success";
            case ExitCodes.REJECTED_INPUT -> ": success, but rows or files were rejected (see stats.rejected_row and stats.source_file)";
            default -> ": the run " + execution.getStatus() + "; fix the cause above, then jobs/run (it does whatever is left),"
                    + " or jobs/restart " + execution.getId() + " to continue this very run";
        });
        return code;
    }

    private int status() {
        if (invocation.runId() == null) {
            status.printRecent(out, 15);
        } else {
            status.printRun(out, control.execution(invocation.runId()));
        }
        return ExitCodes.OK;
    }

    private int stop() {
        JobExecution execution = control.stop(invocation.runId());
        out.println("Asked run " + execution.getId() + " to stop (now " + execution.getStatus()
                + "); it stops after the batch of files or the years it is working on. jobs/restart " + execution.getId() + " continues it.");
        return ExitCodes.OK;
    }

    private int recover() {
        JobExecution execution = control.recover(invocation.runId());
        out.println("Marked run " + execution.getId() + " " + execution.getStatus() + "; continue it with jobs/restart " + execution.getId());
        return ExitCodes.OK;
    }

    public int exitCode() {
        return exitCode;
    }
}
