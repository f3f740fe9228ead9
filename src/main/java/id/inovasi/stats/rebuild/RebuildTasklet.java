package id.inovasi.stats.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.evidence.EvidenceStandard;
import id.inovasi.stats.index.IndexEstimator;
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

/**
 * The rebuild step: one year per transaction, oldest first, so a reader sees a year's old
 * summaries or its new ones, never a mix, and a year's deltas read the year before as rebuilt.
 * Which years: the one asked for, every year, or the years whose inputs changed in this run
 * and the year after each (its trends depend on it).
 */
class RebuildTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RebuildTasklet.class);

    private final EvidenceStandard evidence;
    private final IndexEstimator index;
    private final RankingTrends ranking;
    private final JdbcClient jdbc;
    private final SqlFiles sql;
    private List<Integer> years;
    private int next;

    RebuildTasklet(EvidenceStandard evidence, IndexEstimator index, RankingTrends ranking, JdbcClient jdbc, SqlFiles sql) {
        this.evidence = evidence;
        this.index = index;
        this.ranking = ranking;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        long runId = step.getJobExecutionId();
        if (years == null) {
            years = yearsToRebuild(step);
            log.info(years.isEmpty() ? "No year to rebuild: no input changed" : "Rebuilding {}", years);
        }
        if (next >= years.size()) {
            return RepeatStatus.FINISHED;
        }
        int year = years.get(next++);
        long started = System.nanoTime();
        int assessed = evidence.rebuild(year, runId);
        int estimates = index.rebuild(year, runId);
        int trends = ranking.rebuild(year, runId);
        jdbc.sql(sql.get("rebuild/record-year")).param("year", year).param("runId", runId).update();
        contribution.incrementWriteCount(assessed + estimates + trends);
        step.setReadCount(step.getReadCount() + 1);
        log.info("Rebuilt {}: {} innovations assessed, {} index estimates, {} ranking rows in {} ms", year, assessed, estimates,
                trends, (System.nanoTime() - started) / 1_000_000);
        return next < years.size() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    private List<Integer> yearsToRebuild(StepExecution step) {
        JobParameters parameters = step.getJobParameters();
        Long year = parameters.getLong(RebuildParameters.YEAR);
        if (year != null) {
            return List.of(year.intValue());
        }
        List<Integer> withData = jdbc.sql(sql.get("rebuild/years-with-data")).query(Integer.class).list();
        if (Boolean.parseBoolean(parameters.getString(RebuildParameters.ALL_YEARS))) {
            return withData;
        }
        Set<Integer> wanted = new TreeSet<>();
        List<Integer> changed = jdbc.sql(sql.get("rebuild/years-changed"))
                .param("jobInstanceId", step.getJobExecution().getJobInstance().getInstanceId())
                .query(Integer.class).list();
        for (int y : changed) {
            wanted.add(y);
            wanted.add(y + 1);
        }
        wanted.retainAll(withData);
        return new ArrayList<>(wanted);
    }
}
