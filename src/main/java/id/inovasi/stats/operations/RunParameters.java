package id.inovasi.stats.operations;

import java.time.Instant;

import id.inovasi.stats.rebuild.RebuildParameters;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identity of a run: the moment it was asked for (so any number of runs can be started on
 * one day) and what it should rebuild. A restart reuses the failed execution's parameters.
 */
public final class RunParameters {

    public static final String REQUESTED_AT = "requested-at";
    public static final String YEAR = RebuildParameters.YEAR;
    public static final String ALL_YEARS = RebuildParameters.ALL_YEARS;

    private RunParameters() {
    }

    public static JobParameters of(Instant requestedAt, Integer year, boolean allYears) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(REQUESTED_AT, requestedAt.toString())
                .addString(ALL_YEARS, Boolean.toString(allYears));
        if (year != null) {
            builder.addLong(YEAR, year.longValue());
        }
        return builder.toJobParameters();
    }
}
