package id.inovasi.stats.support;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.InovasiStatsApplication;
import id.inovasi.stats.operations.RunParameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The program started in this JVM with its own settings on a database of the test's, one plain
 * run per call (as {@code jobs/run} without arguments), each with a new application context, so
 * settings can change between runs as an operator changes them between nights.
 */
public record InProcessProgram(String jdbcUrl, Path inbox, Path output) {

    /** What one run did and left behind. */
    public record Outcome(BatchStatus status, List<Integer> yearsRebuilt, Map<String, List<Map<String, Object>>> tables,
                          Map<String, String> reports) {
    }

    /** A plain run with these extra settings ("--name=value"). */
    public Outcome run(String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--inovasi.inbox=" + inbox, "--inovasi.output=" + output, "--spring.main.banner-mode=off"));
        args.addAll(Arrays.asList(settings));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InovasiStatsApplication.class)
                .web(WebApplicationType.NONE).run(args.toArray(String[]::new))) {
            JobExecution execution = context.getBean(JobOperator.class).start(context.getBean(Job.class),
                    RunParameters.of(Instant.now(), null, false));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Integer[] rebuilt = jdbc.sql("SELECT years_rebuilt FROM stats.pipeline_run WHERE run_id = :id").param("id", execution.getId())
                    .query((rs, n) -> (Integer[]) rs.getArray(1).getArray()).single();
            return new Outcome(execution.getStatus(), List.of(rebuilt), TableContent.of(jdbc), OutputContent.of(output));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
