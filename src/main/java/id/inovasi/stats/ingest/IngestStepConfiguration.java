package id.inovasi.stats.ingest;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.convergence.YearBuilds;
import id.inovasi.stats.operations.FaultPoints;
import id.inovasi.stats.operations.PipelineRuns;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The ingest step of the main job: every new or changed inbox file into the loaded-data tables. */
@Configuration(proxyBeanMethods = false)
public class IngestStepConfiguration {

    public static final String STEP_NAME = "ingest";

    @Bean
    public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, IngestTasklet ingestTasklet) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(ingestTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    IngestTasklet ingestTasklet(InboxScanner scanner, BatchIngester ingester, InovasiProperties properties, PipelineRuns runs,
                                YearBuilds builds, FaultPoints faults) {
        return new IngestTasklet(scanner, ingester, properties, runs, builds, faults);
    }
}
