package id.inovasi.stats.rebuild;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.convergence.YearBuilds;
import id.inovasi.stats.database.SqlFiles;
import id.inovasi.stats.database.YearRows;
import id.inovasi.stats.evidence.EvidenceStandard;
import id.inovasi.stats.index.IndexEstimator;
import id.inovasi.stats.operations.FaultPoints;
import id.inovasi.stats.operations.PipelineRuns;
import id.inovasi.stats.ranking.RankingTrends;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The rebuild step of the main job: verdicts, summaries, estimates and trends of the years that need them. */
@Configuration(proxyBeanMethods = false)
public class RebuildStepConfiguration {

    public static final String STEP_NAME = "rebuild";

    @Bean
    public Step rebuildStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RebuildTasklet rebuildTasklet) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(rebuildTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    RebuildTasklet rebuildTasklet(EvidenceStandard evidence, IndexEstimator index, RankingTrends ranking, YearRows rows, YearBuilds builds, PipelineRuns runs, JdbcClient jdbc, SqlFiles sql,
                                  PlatformTransactionManager transactionManager, InovasiProperties properties,
                                  FaultPoints faults) {
        return new RebuildTasklet(evidence, index, ranking, rows, builds, runs, jdbc, sql, transactionManager, properties.rebuild().parallelYears(), faults);
    }
}
