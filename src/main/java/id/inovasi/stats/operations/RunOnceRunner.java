package id.inovasi.stats.operations;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.ingest.InboxMissingException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code jobs/run}: runs the main job once in the foreground, prints the summary and keeps the
 * exit code: 0 success, 3 success with rejected rows or files, 1 failure.
 */
@Component
@ConditionalOnProperty(name = "inovasi.mode", havingValue = "run")
public class RunOnceRunner implements ApplicationRunner {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INVOCATION = 2;
    public static final int REJECTED_INPUT = 3;

    private final JobOperator jobOperator;
    private final Job mainJob;
    private final Invocation invocation;
    private final InovasiProperties properties;
    private final RunSummary summary;
    private final Clock clock;
    private int exitCode = FAILED;

    RunOnceRunner(JobOperator jobOperator, Job mainJob, Invocation invocation, InovasiProperties properties, RunSummary summary,
                  Clock clock) {
        this.jobOperator = jobOperator;
        this.mainJob = mainJob;
        this.invocation = invocation;
        this.properties = properties;
        this.summary = summary;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!Files.isDirectory(properties.inbox())) {
            throw new InboxMissingException(properties.inbox());
        }
        long started = System.nanoTime();
        JobExecution execution = jobOperator.start(mainJob,
                RunParameters.of(clock.instant(), invocation.year(), invocation.allYears()));
        PipelineRuns.Run run = summary.print(execution, Duration.ofNanos(System.nanoTime() - started), System.out);
        exitCode = execution.getStatus() != BatchStatus.COMPLETED ? FAILED : run.rejectedSomething() ? REJECTED_INPUT : OK;
        System.out.println("Exit code " + exitCode + switch (exitCode) {
            case OK -> ": success";
            case REJECTED_INPUT -> ": success, but rows or files were rejected (see stats.rejected_row and stats.source_file)";
            default -> ": the run failed; fix the cause above and restart it";
        });
    }

    public int exitCode() {
        return exitCode;
    }
}
