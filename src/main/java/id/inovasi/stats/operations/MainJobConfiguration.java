package id.inovasi.stats.operations;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The main job: brings everything up to date. Its steps come from the feature packages
 * (ingest, then the statistics and the reports). No incrementer: every run is identified by
 * its own parameters (see {@link RunParameters}), so a failed run can be restarted.
 */
@Configuration(proxyBeanMethods = false)
public class MainJobConfiguration {

    public static final String JOB_NAME = "inovasi-main";

    @Bean
    public Job mainJob(JobRepository jobRepository, PipelineRunListener pipelineRunListener, Step ingestStep, Step rebuildStep,
                       Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(pipelineRunListener)
                .start(ingestStep)
                .next(rebuildStep)
                .next(reportStep)
                .build();
    }
}
