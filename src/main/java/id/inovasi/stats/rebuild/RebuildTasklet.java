package id.inovasi.stats.rebuild;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import id.inovasi.stats.convergence.StaleYears;
import id.inovasi.stats.convergence.YearBuilds;
import id.inovasi.stats.database.SetBasedPlans;
import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.database.YearRows;
import id.inovasi.stats.evidence.EvidenceStandard;
import id.inovasi.stats.index.IndexEstimator;
import id.inovasi.stats.operations.FaultPoints;
import id.inovasi.stats.operations.PipelineRuns;
import id.inovasi.stats.ranking.RankingTrends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rebuild step: one year per transaction, so a reader sees a year's old summaries or its
 * new ones, never a mix. Years are rebuilt a few at a time (setting
 * {@code inovasi.rebuild.parallel-years}), each on its own connection: a year's verdicts,
 * estimates and ranking trends depend on no other year's rebuilt rows, so they run side by side
 * (the national results' predicates and ranks of every year to rebuild are derived first, in a
 * short transaction of their own); its OPD and region summaries read the year before for their
 * deltas, so a year writes them, and commits, only once the year before it has committed. A year whose predecessor failed rolls back.
 * Which years: the one asked for, every year, or the stale years as the database's state says
 * ({@link YearBuilds}: inputs or method changed since the year was built, or the year before
 * changed), whatever happened to earlier runs.
 */
class RebuildTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RebuildTasklet.class);

    /** What rebuilding one year wrote. */
    private record Rebuilt(int year, int assessed, IndexEstimator.Estimated estimated, int trends, int changed, long millis) {
    }

    /** The loaded data the years are rebuilt from. */
    private static final List<String> LOADED = List.of("innovation", "national_result", "region_capacity");

    private final EvidenceStandard evidence;
    private final IndexEstimator index;
    private final RankingTrends ranking;
    private final YearRows rows;
    private final YearBuilds builds;
    private final PipelineRuns runs;
    private final FaultPoints faults;
    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private final TransactionTemplate yearTransaction;
    private final int parallelYears;
    private List<Integer> years;
    /** Years started so far, the ones not yet collected (oldest first), and the commit the next year waits for. */
    private int started;
    private final Deque<FutureTask<Rebuilt>> inFlight = new ArrayDeque<>();
    private CompletableFuture<Void> lastCommitted = CompletableFuture.completedFuture(null);

    RebuildTasklet(EvidenceStandard evidence, IndexEstimator index, RankingTrends ranking, YearRows rows, YearBuilds builds, PipelineRuns runs, JdbcClient jdbc, SqlFiles sql,
                   PlatformTransactionManager transactionManager, int parallelYears,
                   FaultPoints faults) {
        this.faults = faults;
        this.evidence = evidence;
        this.index = index;
        this.ranking = ranking;
        this.rows = rows;
        this.builds = builds;
        this.runs = runs;
        this.jdbc = jdbc;
        this.sql = sql;
        this.yearTransaction = new TransactionTemplate(transactionManager);
        this.yearTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.parallelYears = Math.max(1, parallelYears);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        long runId = step.getJobExecutionId();
        if (years == null) {
            years = yearsToRebuild(step);
            log.info(years.isEmpty() ? "No year to rebuild: every year is up to date" : "Rebuilding {}", years);
            // the national results' predicates and ranks first, in a short transaction of their own:
            // each year's trends then read the year before's as the method derives them
            if (!years.isEmpty()) {
                refreshStatistics(LOADED);
                yearTransaction.executeWithoutResult(status -> years.forEach(ranking::deriveNational));
                faults.reach(FaultPoints.Point.NATIONAL_DERIVED);
            }
        }
        startYears(runId);
        FutureTask<Rebuilt> oldest = inFlight.poll();
        if (oldest == null) {
            return RepeatStatus.FINISHED;
        }
        Rebuilt rebuilt;
        try {
            rebuilt = oldest.get();
        } catch (ExecutionException e) {
            // the oldest year in flight failed: its own failure (the years after it roll back on their own)
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        // the rows the year's rebuild wrote: those that changed (a year whose figures did not move writes none)
        contribution.incrementWriteCount(rebuilt.changed);
        step.setReadCount(step.getReadCount() + 1);
        log.info("Rebuilt {}: {} innovations assessed, {} index estimates, {} fix priorities, {} ranking rows ({} summary rows changed) in {} ms",
                rebuilt.year, rebuilt.assessed, rebuilt.estimated.estimates(), rebuilt.estimated.fixes(), rebuilt.trends, rebuilt.changed,
                rebuilt.millis);
        startYears(runId);
        if (inFlight.isEmpty()) {
            // the report reads the summaries next, with plans made from their statistics
            refreshStatistics(rows.tablesStaged());
            return RepeatStatus.FINISHED;
        }
        return RepeatStatus.CONTINUABLE;
    }

    /**
     * Keeps {@code parallelYears} years in flight, oldest first, each in its own transaction on its
     * own thread: a year starts as soon as a thread is free, not when a whole group is done, and
     * commits only after the year before it has.
     */
    private void startYears(long runId) {
        while (started < years.size() && inFlight.size() < parallelYears) {
            int year = years.get(started++);
            CompletableFuture<Void> before = lastCommitted;
            CompletableFuture<Void> done = new CompletableFuture<>();
            lastCommitted = done;
            FutureTask<Rebuilt> task = new FutureTask<>(() -> {
                try {
                    Rebuilt rebuilt = yearTransaction.execute(status -> rebuildYear(year, runId, before));
                    done.complete(null);
                    faults.reach(FaultPoints.Point.YEAR_COMMITTED);
                    return rebuilt;
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                    throw e;
                }
            });
            Thread thread = new Thread(task, "rebuild-" + year);
            thread.setDaemon(true);
            thread.start();
            inFlight.add(task);
        }
    }

    /**
     * Analyses those of the tables whose statistics lag far behind (a first load or build, a large
     * correction): the loaded data before the years are rebuilt (their queries are planned from
     * them), the summaries once they are (the report's queries are). In its own short transaction,
     * from a sample of 6,000 rows a table ({@code default_statistics_target} 20 instead of 100): the
     * plans need the tables' sizes and how their rows spread over years, regions and OPDs, which such
     * a sample gives; a national first load's analysis took 1.0-1.3 s with the default sample,
     * 0.2-0.3 s with this one (the summaries' 1.9 s, 0.7 s). A smaller sample sees fewer of the rare
     * values of a column; no statement here filters on one.
     */
    private void refreshStatistics(List<String> tables) {
        List<String> lagging = jdbc.sql(sql.get("rebuild/tables-to-analyze")).param("tables", tables.toArray(String[]::new))
                .query(String.class).list();
        if (!lagging.isEmpty()) {
            long started = System.nanoTime();
            yearTransaction.executeWithoutResult(status -> {
                jdbc.sql("SET LOCAL default_statistics_target = 20").update();
                jdbc.sql("ANALYZE " + String.join(", ", lagging)).update();
            });
            log.debug("Analysed {} in {} ms", lagging, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Rebuilt rebuildYear(int year, long runId, CompletableFuture<Void> yearBeforeCommitted) {
        long started = System.nanoTime();
        // The year's statements are set-based over the whole year: hash joins only (a first build
        // takes innovation_assessment for empty, and a nested loop over it is quadratic), and
        // no JIT (a national year on PostgreSQL 15: 9.7 s with JIT, 3.0 s without; the estimate
        // alone 6.7 s against 2.0 s).
        SetBasedPlans.forThisTransaction(jdbc);
        // the estimate's sorts of a national year fit in memory with room to spare (the default 4 MB spills them to disk)
        jdbc.sql("SET LOCAL work_mem = '32MB'").update();
        YearRows.Written assessed = evidence.assess(year, runId);
        long assessedAt = System.nanoTime();
        faults.reach(FaultPoints.Point.YEAR_ASSESSED);
        IndexEstimator.Estimated estimated = index.rebuild(year, runId);
        long estimatedAt = System.nanoTime();
        YearRows.Written trends = ranking.rebuild(year, runId);
        long trendsAt = System.nanoTime();
        try {
            yearBeforeCommitted.join();
        } catch (CompletionException e) {
            throw new YearBeforeFailed(year, e.getCause());
        }
        long waitedAt = System.nanoTime();
        YearRows.Written summaries = evidence.summarise(year, runId);
        log.debug("{}: assess {} ms, estimate {} ms, trends {} ms, waiting for the year before {} ms, summaries {} ms", year,
                (assessedAt - started) / 1_000_000, (estimatedAt - assessedAt) / 1_000_000, (trendsAt - estimatedAt) / 1_000_000,
                (waitedAt - trendsAt) / 1_000_000, (System.nanoTime() - waitedAt) / 1_000_000);
        builds.summariesBuilt(year, runId);
        runs.yearRebuilt(runId, year);
        int changed = assessed.changed() + estimated.changed() + trends.changed() + summaries.changed();
        return new Rebuilt(year, assessed.rows(), estimated, trends.rows(), changed, (System.nanoTime() - started) / 1_000_000);
    }

    /** A year is not committed because the year before it failed: that year's failure is the one reported. */
    private static final class YearBeforeFailed extends RuntimeException {
        YearBeforeFailed(int year, Throwable cause) {
            super("the rebuild of " + year + " stopped because the year before it failed", cause);
        }
    }

    private List<Integer> yearsToRebuild(StepExecution step) {
        JobParameters parameters = step.getJobParameters();
        Long year = parameters.getLong(RebuildParameters.YEAR);
        if (year != null) {
            return List.of(year.intValue());
        }
        if (Boolean.parseBoolean(parameters.getString(RebuildParameters.ALL_YEARS))) {
            return builds.yearsWithData();
        }
        List<Integer> stale = new ArrayList<>();
        for (StaleYears.StaleYear y : builds.stale()) {
            if (y.summaries()) {
                log.info("Stale: {}", y.describe());
                stale.add(y.year());
            }
        }
        return stale;
    }
}
