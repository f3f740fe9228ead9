package id.inovasi.stats.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code inovasi.run.last.success.age}: seconds since the last run that completed (NaN before
 * the first one); Spring Batch's own job and step timers sit beside it.
 */
@Component
class RunMetrics implements MeterBinder {

    private final PipelineRuns runs;

    RunMetrics(PipelineRuns runs) {
        this.runs = runs;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("inovasi.run.last.success.age", this, RunMetrics::secondsSinceLastSuccess)
                .description("Seconds since the last run of the main job that completed")
                .baseUnit("seconds")
                .register(registry);
    }

    private double secondsSinceLastSuccess() {
        try {
            Double age = runs.secondsSinceLastSuccess();
            return age == null ? Double.NaN : age;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
