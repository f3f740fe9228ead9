package id.inovasi.stats.report;

import id.inovasi.stats.InovasiProperties;
import id.inovasi.stats.convergence.YearBuilds;
import id.inovasi.stats.operations.FaultPoints;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The report step of the main job, its last: the yearly report and exports of every year whose report is missing or outdated. */
@Configuration(proxyBeanMethods = false)
public class ReportStepConfiguration {

    public static final String STEP_NAME = "report";
    public static final String REPORTS_KEY = ReportTasklet.REPORTS_KEY;

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, YearReport report,
                           OpdPages opdPages, YearOverview overview, TableExporter exporter, ReportExports exports, InovasiProperties properties,
                           YearBuilds builds, FaultPoints faults) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(new ReportTasklet(report, opdPages, overview, exporter, exports, properties, builds, transactionManager, faults), transactionManager)
                .build();
    }
}
