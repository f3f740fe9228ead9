package id.inovasi.stats.operations;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starting, restarting, stopping and recovering runs of the main job, one run at a time
 * ({@link RunLock}). Every way of running (jobs/ scripts, the schedule, the HTTP API) goes
 * through here.
 */
@Component
public class RunControl {

    private static final Logger log = LoggerFactory.getLogger(RunControl.class);

    static final String LOST = "the run failed: the database connection was lost";
    static final String WAY_ON = "; once PostgreSQL is reachable again, jobs/run finishes the work"
            + " (it marks this run failed and rebuilds every stale year)";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job mainJob;
    private final RunLock lock;
    private final PipelineRuns runs;
    private final Clock clock;

    RunControl(JobOperator jobOperator, JobRepository jobRepository, Job mainJob, RunLock lock, PipelineRuns runs, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.mainJob = mainJob;
        this.lock = lock;
        this.runs = runs;
        this.clock = clock;
    }

    /** Who asked for a run. */
    public enum Trigger {
        MANUAL, SCHEDULE, API
    }

    /** Runs the main job now, in this thread; refused while another run is in progress. */
    public JobExecution run(Trigger trigger, Integer year, boolean allYears) {
        try (RunLock.Held held = acquire()) {
            recoverDeadRuns();
            return start(RunParameters.of(clock.instant(), year, allYears, trigger));
        }
    }

    /** Starts the main job in the background and answers with its run id as soon as it exists. */
    public long runInBackground(Trigger trigger, Integer year, boolean allYears) {
        RunLock.Held held = acquire();
        recoverDeadRuns();
        JobParameters parameters = RunParameters.of(clock.instant(), year, allYears, trigger);
        Thread thread = new Thread(() -> {
            try (held) {
                start(parameters);
            } catch (RuntimeException e) {
                log.error("Run failed to start: {}", e.getMessage());
            }
        }, "inovasi-run");
        thread.start();
        return awaitExecution(parameters, thread).getId();
    }

    /** Restarts a failed or stopped run; it continues from where it stopped. */
    public JobExecution restart(long runId) {
        JobExecution execution = restartable(runId);
        try (RunLock.Held held = acquire()) {
            return restart(execution);
        }
    }

    /** Restarts a failed or stopped run in the background; refused at once when it cannot be. */
    public void restartInBackground(long runId) {
        JobExecution execution = restartable(runId);
        RunLock.Held held = acquire();
        Thread thread = new Thread(() -> {
            try (held) {
                restart(execution);
            } catch (RuntimeException e) {
                log.error("Restart of run {} failed: {}", runId, e.getMessage());
            }
        }, "inovasi-restart");
        thread.start();
    }

    private JobExecution restartable(long runId) {
        JobExecution execution = execution(runId);
        if (execution.getStatus() == BatchStatus.STARTED || execution.getStatus() == BatchStatus.STARTING) {
            throw new IllegalStateException("run " + runId + " is marked running; if its process died, mark it failed first with jobs/recover " + runId);
        }
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new IllegalStateException("run " + runId + " is " + execution.getStatus() + ": only a FAILED or STOPPED run can be restarted");
        }
        return execution;
    }

    private JobExecution restart(JobExecution execution) {
        try {
            log.info("Restarting run {} (job instance {})", execution.getId(), execution.getJobInstance().getInstanceId());
            return settled(jobOperator.restart(execution));
        } catch (org.springframework.batch.core.launch.JobRestartException e) {
            throw new IllegalStateException("run " + execution.getId() + " cannot be restarted: " + e.getMessage(), e);
        }
    }

    /** Asks a running run to stop after the file or year it is working on. */
    public JobExecution stop(long runId) {
        for (int attempt = 1; ; attempt++) {
            JobExecution execution = execution(runId);
            if (!execution.isRunning()) {
                throw new IllegalStateException("run " + runId + " is not running (" + execution.getStatus() + ")");
            }
            try {
                // Only the job execution is marked STOPPING: the running step reads it when it saves its
                // progress and stops after the batch or year at hand. JobOperator.stop also rewrites the
                // running step's execution, which then fails its own next save with an optimistic
                // locking error and ends FAILED instead of STOPPED (spring-batch #5120, #5484).
                execution.setStatus(BatchStatus.STOPPING);
                jobRepository.update(execution);
                return execution(runId);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                // the running step saved its progress meanwhile; the job is marked STOPPING before its steps
                JobExecution now = execution(runId);
                if (now.getStatus() == BatchStatus.STOPPING || !now.isRunning() || attempt == 5) {
                    return now;
                }
            }
        }
    }

    /**
     * Runs still marked running while this process holds the run lock were left so by a process
     * that died (killed, or its machine lost power): marked FAILED, so that no run stays "running"
     * for ever. The new run does their work anyway: it rebuilds whatever is stale.
     */
    private void recoverDeadRuns() {
        for (long runId : runs.unfinished()) {
            JobExecution execution = execution(runId);
            if (execution.isRunning()) {
                execution = jobOperator.recover(execution);
            } else if (execution.getStatus() == BatchStatus.UNKNOWN) {
                execution = settled(execution);
            }
            runs.markEnded(runId, execution.getStatus().name());
            log.warn("Run {} was left running by a process that died; marked {}. This run does its unfinished work.", runId,
                    execution.getStatus());
        }
    }

    /**
     * Spring Batch ends a run UNKNOWN when a failure left its transaction in an unknown state: the
     * connection was lost, so PostgreSQL rolled the transaction back itself. That is a failed run:
     * marked FAILED (steps and job), so that it can be restarted and no run stays UNKNOWN. When the
     * database is still away, the next run does it ({@link #recoverDeadRuns()}).
     */
    private JobExecution settled(JobExecution ended) {
        if (ended.getStatus() != BatchStatus.UNKNOWN) {
            return ended;
        }
        try {
            JobExecution execution = execution(ended.getId());
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus() == BatchStatus.UNKNOWN) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED);
                    jobRepository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the transaction's outcome was unknown; PostgreSQL rolled it back"));
            jobRepository.update(execution);
            runs.markEnded(ended.getId(), BatchStatus.FAILED.name());
            ended.getAllFailureExceptions().forEach(execution::addFailureException);
            return execution;
        } catch (org.springframework.dao.DataAccessException e) {
            return ended;   // the database is still away: the next run settles it
        }
    }

    /** Marks a run whose process died as failed, so that it can be restarted. */
    public JobExecution recover(long runId) {
        JobExecution execution = execution(runId);
        if (!execution.isRunning()) {
            throw new IllegalStateException("run " + runId + " is " + execution.getStatus() + ", not left running: nothing to recover");
        }
        if (lock.heldElsewhere()) {
            throw new IllegalStateException("run " + runId + " may still be running in a live process (the run lock is held); "
                    + "stop it with jobs/stop " + runId + " instead");
        }
        JobExecution recovered = jobOperator.recover(execution);
        runs.markEnded(runId, recovered.getStatus().name());
        return recovered;
    }

    /** The job execution of a run. */
    public JobExecution execution(long runId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(runId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;   // Spring Batch 6.0 throws here for an unknown id instead of answering null
        }
        if (execution == null) {
            throw new UnknownRunException(runId);
        }
        return execution;
    }

    private JobExecution start(JobParameters parameters) {
        try {
            return settled(jobOperator.start(mainJob, parameters));
        } catch (Exception e) {
            if (ConnectionLoss.in(e)) {
                throw new IllegalStateException(LOST + " (" + ConnectionLoss.rootMessage(e) + ")" + WAY_ON, e);
            }
            throw new IllegalStateException("the run could not start: " + e.getMessage(), e);
        }
    }

    private RunLock.Held acquire() {
        Optional<RunLock.Held> held = lock.tryAcquire();
        if (held.isPresent()) {
            return held.get();
        }
        Long runId = runningRunId();
        throw new RunInProgressException(runId, (runId == null ? "another run" : "run " + runId)
                + " is in progress; a second run is refused: wait for it to finish (jobs/status) or stop it (jobs/stop "
                + (runId == null ? "<run>" : runId) + ")");
    }

    /** The run holding the lock; it may have taken the lock a moment before its row exists, so wait a little for it. */
    private Long runningRunId() {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<Long> running = runs.unfinished();
            if (!running.isEmpty()) {
                return running.get(running.size() - 1);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private JobExecution awaitExecution(JobParameters parameters, Thread thread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JobInstance instance = jobRepository.getJobInstance(mainJob.getName(), parameters);
            if (instance != null) {
                List<JobExecution> executions = jobRepository.getJobExecutions(instance);
                if (!executions.isEmpty()) {
                    return executions.get(0);
                }
            }
            if (!thread.isAlive()) {
                break;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the run did not start; see the log");
    }

    /** A run id that names no run. */
    public static class UnknownRunException extends RuntimeException {
        UnknownRunException(long runId) {
            super("there is no run " + runId + " (jobs/status lists the runs)");
        }
    }
}
