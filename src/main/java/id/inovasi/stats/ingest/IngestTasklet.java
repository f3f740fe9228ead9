package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.inovasi.stats.LogText;
import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.convergence.YearBuilds;
import id.inovasi.stats.operations.FaultPoints;
import id.inovasi.stats.operations.PipelineRuns;
import id.inovasi.stats.ingest.InboxScanner.InboxFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ingest step: the inbox's files in path order, a batch of files per transaction. A batch
 * holds up to {@link #BATCH_FILES} reports files or {@link #BATCH_BYTES} of them (a larger file
 * is a batch of its own), or one national or capacity file. A committed file is recorded by its
 * path and SHA-256, so a restarted run skips it as unchanged and carries on with the next batch;
 * a batch that fails leaves nothing behind.
 */
class IngestTasklet implements Tasklet {

    static final int BATCH_FILES = 1000;
    static final long BATCH_BYTES = 32L << 20;
    private static final Logger log = LoggerFactory.getLogger(IngestTasklet.class);

    private final InboxScanner scanner;
    private final BatchIngester ingester;
    private final InovasiProperties properties;
    private final PipelineRuns runs;
    private final YearBuilds builds;
    private final FaultPoints faults;
    private List<InboxFile> files;
    private BatchIngester.StepState state;
    private int next;
    private long nextProgress;
    private final long started = System.nanoTime();
    private long rowsSoFar;

    IngestTasklet(InboxScanner scanner, BatchIngester ingester, InovasiProperties properties, PipelineRuns runs, YearBuilds builds,
                  FaultPoints faults) {
        this.faults = faults;
        this.builds = builds;
        this.scanner = scanner;
        this.ingester = ingester;
        this.properties = properties;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        long runId = step.getJobExecutionId();
        if (files == null) {
            files = scanner.scan(properties.inbox());
            log.info("Inbox {}: {} input files", properties.inbox().toAbsolutePath(), files.size());
            nextProgress = System.nanoTime() + properties.ingest().progressInterval().toNanos();
            faults.reach(FaultPoints.Point.INGEST_SCANNED);
        } else if (next > 0) {
            faults.reach(FaultPoints.Point.BETWEEN_BATCHES);
        }
        if (next >= files.size()) {
            return RepeatStatus.FINISHED;
        }
        if (state == null) {
            state = ingester.newStep();
        }
        List<InboxFile> batch = nextBatch();
        BatchIngester.Result result = ingester.ingest(batch, state, runId);
        KeyOwners owners = state.owners();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    owners.batchCommitted(result.reportRegionYears());
                } else {
                    state = null;   // what it knew includes the rolled-back batch: read it again if the step goes on
                }
            }
        });
        count(runId, result);
        faults.reach(FaultPoints.Point.BATCH_BEFORE_COMMIT);
        for (BatchIngester.Ingested file : result.files()) {
            FileOutcome outcome = file.outcome();
            step.setReadCount(step.getReadCount() + outcome.linesRead());
            contribution.incrementWriteCount(outcome.rowsLoaded());
            contribution.incrementReadSkipCount(outcome.rowsRejected());
            rowsSoFar += outcome.linesRead();
            if (outcome.status() == FileOutcome.Status.REJECTED) {
                log.warn("Rejected {}: {}", LogText.escape(file.file().relativePath()), LogText.escape(outcome.message()));
            } else if (outcome.status() != FileOutcome.Status.UNCHANGED) {
                log.debug("{}: {}{}", LogText.escape(file.file().relativePath()), outcome.status().code(),
                        outcome.message() == null ? "" : " (" + LogText.escape(outcome.message()) + ")");
            }
        }
        progress();
        return next < files.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    /** The next files to ingest in one transaction. */
    private List<InboxFile> nextBatch() throws IOException {
        List<InboxFile> batch = new ArrayList<>();
        long bytes = 0;
        while (next < files.size()) {
            InboxFile file = files.get(next);
            boolean reports = file.kind() == FileKind.REPORTS;
            if (!batch.isEmpty() && (!reports || batch.get(0).kind() != FileKind.REPORTS || batch.size() >= BATCH_FILES)) {
                break;
            }
            long size = file.outsideInbox() || !Files.isRegularFile(file.path()) ? 0 : Files.size(file.path());
            if (!batch.isEmpty() && bytes + size > BATCH_BYTES) {
                break;
            }
            batch.add(file);
            bytes += size;
            next++;
            if (!reports) {
                break;
            }
        }
        return batch;
    }

    private void progress() {
        long now = System.nanoTime();
        if (now >= nextProgress && next < files.size()) {
            nextProgress = now + properties.ingest().progressInterval().toNanos();
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            log.info("Ingest: {} of {} files, {} rows read ({} rows/s)", String.format("%,d", next), String.format("%,d", files.size()),
                    String.format("%,d", rowsSoFar), String.format("%,d", Math.round(rowsSoFar / seconds)));
        }
    }

    private void count(long runId, BatchIngester.Result result) {
        int[] files = new int[FileOutcome.Status.values().length];
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        Set<Integer> years = new TreeSet<>();
        boolean rosterLoaded = false;
        for (BatchIngester.Ingested file : result.files()) {
            FileOutcome outcome = file.outcome();
            rosterLoaded |= file.file().kind() == FileKind.OPD && outcome.status() == FileOutcome.Status.LOADED;
            files[outcome.status().ordinal()]++;
            read += outcome.linesRead();
            loaded += outcome.rowsLoaded();
            rejected += outcome.rowsRejected();
            years.addAll(outcome.yearsChanged());
        }
        if (rosterLoaded) {
            // a roster says who is expected in every year, and who is not: every year's coverage may change (once per batch)
            years.addAll(builds.yearsWithData());
        }
        runs.countBatch(runId, new PipelineRuns.BatchCounts(result.files().size(), files[FileOutcome.Status.LOADED.ordinal()],
                files[FileOutcome.Status.REJECTED.ordinal()], files[FileOutcome.Status.DUPLICATE.ordinal()],
                files[FileOutcome.Status.UNCHANGED.ordinal()], result.superseded(), read, loaded, rejected, years));
        builds.inputsChanged(years, runId);   // in the batch's transaction: the years are stale exactly when its rows are in
    }
}
