package id.inovasi.stats.ingest;

import java.util.List;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.ingest.InboxScanner.InboxFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ingest step: one file per transaction, in path order. A file that was committed is
 * recorded by its path and SHA-256, so a restarted run skips it as unchanged and carries on
 * with the next one.
 */
class IngestTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(IngestTasklet.class);

    private final InboxScanner scanner;
    private final FileIngester ingester;
    private final InovasiProperties properties;
    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private List<InboxFile> files;
    private int next;

    IngestTasklet(InboxScanner scanner, FileIngester ingester, InovasiProperties properties, JdbcClient jdbc, SqlFiles sql) {
        this.scanner = scanner;
        this.ingester = ingester;
        this.properties = properties;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        long runId = step.getJobExecutionId();
        if (files == null) {
            files = scanner.scan(properties.inbox());
            log.info("Inbox {}: {} input files", properties.inbox().toAbsolutePath(), files.size());
        }
        if (next >= files.size()) {
            return RepeatStatus.FINISHED;
        }
        InboxFile file = files.get(next++);
        long started = System.nanoTime();
        FileOutcome outcome = ingester.ingest(file, runId);
        count(runId, outcome);
        step.setReadCount(step.getReadCount() + outcome.linesRead());
        contribution.incrementWriteCount(outcome.rowsLoaded());
        contribution.incrementReadSkipCount(outcome.rowsRejected());
        if (outcome.status() != FileOutcome.Status.UNCHANGED) {
            log.info("{}: {} in {} ms{}", file.relativePath(), outcome.status().code(), (System.nanoTime() - started) / 1_000_000,
                    outcome.message() == null ? "" : " (" + outcome.message() + ")");
        }
        return next < files.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    private void count(long runId, FileOutcome outcome) {
        FileOutcome.Status status = outcome.status();
        jdbc.sql(sql.get("ingest/run-count-file"))
                .param("loaded", status == FileOutcome.Status.LOADED ? 1 : 0)
                .param("rejected", status == FileOutcome.Status.REJECTED ? 1 : 0)
                .param("duplicate", status == FileOutcome.Status.DUPLICATE ? 1 : 0)
                .param("unchanged", status == FileOutcome.Status.UNCHANGED ? 1 : 0)
                .param("superseded", outcome.superseded())
                .param("rowsRead", outcome.linesRead())
                .param("rowsLoaded", outcome.rowsLoaded())
                .param("rowsRejected", outcome.rowsRejected())
                .param("years", outcome.yearsChanged().toArray(Integer[]::new))
                .param("runId", runId)
                .update();
    }
}
