package id.inovasi.stats.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.InovasiStatsApplication;
import id.inovasi.stats.operations.RunParameters;
import id.inovasi.stats.support.Reports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a year's method configuration and rerunning changes the verdicts and records the new
 * version: two runs of the program on one database, the second with a 2023 override.
 */
class MethodConfigurationChangeTest {

    @TempDir
    Path work;

    @Test
    void aNewConfigurationGivesNewVerdictsAndRecordsItsVersion() throws Exception {
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox.resolve("reports"));
        Files.writeString(inbox.resolve("reports/a.csv"), Reports.header()
                + Reports.innovation("SHORT-PROBLEM", "problem_statement=Antrean panjang di puskesmas setiap pagi")   // 6 words
                + Reports.innovation("TRIAL", "stage=uji_coba"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start()) {
            String url = "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            List<String> common = List.of(url, "--spring.datasource.username=postgres", "--inovasi.inbox=" + inbox,
                    "--inovasi.output=" + work.resolve("out"));

            Map<String, Object> first = runAndRead(common, List.of());
            assertThat(first).containsEntry("SHORT-PROBLEM", List.of("problem")).containsEntry("TRIAL", List.of("stage"));
            String firstVersion = (String) first.get("version");
            assertThat(firstVersion).startsWith("iid-2023.1#");

            // the 2023 letter lowers the word count and admits trials; same version name, other figures
            List<String> override = List.of("--inovasi.method.years.2023.evidence.problem-min-words=5",
                    "--inovasi.method.years.2023.evidence.eligible-stages=penerapan,uji_coba");
            Map<String, Object> second = runAndRead(common, override);
            assertThat(second).containsEntry("SHORT-PROBLEM", List.of()).containsEntry("TRIAL", List.of());
            assertThat((String) second.get("version")).startsWith("iid-2023.1#").isNotEqualTo(firstVersion);
            assertThat(second.get("qualified")).isEqualTo(2);

            List<String> renamed = List.of("--inovasi.method.years.2023.version=iid-2023.2",
                    "--inovasi.method.years.2023.evidence.problem-min-words=5");
            assertThat((String) runAndRead(common, renamed).get("version")).startsWith("iid-2023.2#");
        }
    }

    private static Map<String, Object> runAndRead(List<String> common, List<String> extra) throws Exception {
        String[] args = java.util.stream.Stream.concat(common.stream(), extra.stream()).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InovasiStatsApplication.class).web(org.springframework.boot.WebApplicationType.NONE).run(args)) {
            var execution = context.getBean(JobOperator.class).start(context.getBean(Job.class),
                    RunParameters.of(Instant.now(), 2023, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Map<String, Object> result = new java.util.HashMap<>();
            jdbc.sql("SELECT innovation_id, failed_elements, standard_version FROM stats.innovation_assessment").query(rs -> {
                result.put(rs.getString(1), List.of((Object[]) rs.getArray(2).getArray()));
                result.put("version", rs.getString(3));
            });
            result.put("qualified", jdbc.sql("SELECT qualified FROM stats.region_year_summary WHERE year = 2023").query(Integer.class).single());
            return result;
        }
    }
}
