package id.inovasi.stats.operations;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Opens and closes the run's row in {@code stats.pipeline_run}; the steps add their totals. */
@Component
class PipelineRunListener implements JobExecutionListener {

    private final PipelineRuns runs;

    PipelineRunListener(PipelineRuns runs) {
        this.runs = runs;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        runs.started(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        runs.ended(jobExecution);
    }
}
