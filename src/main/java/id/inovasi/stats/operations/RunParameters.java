package id.inovasi.stats.operations;

import java.time.Instant;

import id.inovasi.stats.rebuild.RebuildParameters;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identity of a run: the moment it was asked for (so any number of runs can be started on
 * one day, nightly and by hand) and what it should rebuild; who asked is recorded but does not
 * identify it. A restart reuses the failed execution's parameters, so it continues that run.
 */
public final class RunParameters {

    public static final String REQUESTED_AT = "requested-at";
    public static final String YEAR = RebuildParameters.YEAR;
    public static final String ALL_YEARS = RebuildParameters.ALL_YEARS;
    public static final String TRIGGER = "trigger";

    private RunParameters() {
    }

    public static JobParameters of(Instant requestedAt, Integer year, boolean allYears) {
        return of(requestedAt, year, allYears, RunControl.Trigger.MANUAL);
    }

    public static JobParameters of(Instant requestedAt, Integer year, boolean allYears, RunControl.Trigger trigger) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(REQUESTED_AT, requestedAt.toString())
                .addString(ALL_YEARS, Boolean.toString(allYears))
                .addString(TRIGGER, trigger.name().toLowerCase(java.util.Locale.ROOT), false);
        if (year != null) {
            builder.addLong(YEAR, year.longValue());
        }
        return builder.toJobParameters();
    }
}
