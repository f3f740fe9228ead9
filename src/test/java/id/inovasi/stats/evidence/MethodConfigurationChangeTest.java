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

    @Test
    void aChangedThresholdReachesTheNationalResultsAndTrendsAsWellAsTheEstimates() throws Exception {
        Path inbox = work.resolve("inbox-thresholds");
        Files.createDirectories(inbox.resolve("national"));
        Files.createDirectories(inbox.resolve("capacity"));
        Files.createDirectories(inbox.resolve("reports"));
        Files.writeString(inbox.resolve("national/2023.csv"), "year,region_code,region_name,cluster,score\n"
                + "2023,35.20,Kabupaten Magetan,kabupaten,62.50\n2023,35.21,Kabupaten Ngawi,kabupaten,50\n");
        Files.writeString(inbox.resolve("capacity/spd.csv"), "year,region_code,spd_score\n2023,35.20,63\n");
        Files.writeString(inbox.resolve("reports/a.csv"), Reports.header() + Reports.innovation("I-1", "ind_video=3", "ind_regulasi=3"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg2")).setCleanDataDirectory(true).start()) {
            List<String> common = List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "--spring.datasource.username=postgres", "--inovasi.inbox=" + inbox, "--inovasi.output=" + work.resolve("out2"));
            assertThat(predicates(common, List.of())).containsEntry("national", "sangat_inovatif").containsEntry("trend", "sangat_inovatif");
            // a new letter raises the bar above 62.50: every predicate of 2023 follows on the next run of the year
            Map<String, String> raised = predicates(common, List.of("--inovasi.method.years.2023.predicates.sangat-inovatif-above=65.00"));
            assertThat(raised).containsEntry("national", "inovatif").containsEntry("trend", "inovatif")
                    .containsEntry("estimate", expectedEstimatePredicate(raised.get("estimateValue"), 65.00));
        }
    }

    private static String expectedEstimatePredicate(String value, double sangatAbove) {
        double estimate = Double.parseDouble(value);
        return estimate > sangatAbove ? "sangat_inovatif" : estimate >= 35 ? "inovatif" : estimate >= 0.01 ? "kurang_inovatif" : "tidak_dapat_dinilai";
    }

    private static Map<String, String> predicates(List<String> common, List<String> extra) throws Exception {
        String[] args = java.util.stream.Stream.concat(common.stream(), extra.stream()).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InovasiStatsApplication.class).web(org.springframework.boot.WebApplicationType.NONE).run(args)) {
            var execution = context.getBean(JobOperator.class).start(context.getBean(Job.class), RunParameters.of(Instant.now(), 2023, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Map<String, String> result = new java.util.HashMap<>();
            result.put("national", jdbc.sql("SELECT predicate FROM stats.national_result WHERE region_code = '35.20'").query(String.class).single());
            result.put("trend", jdbc.sql("SELECT predicate FROM stats.ranking_trend WHERE region_code = '35.20'").query(String.class).single());
            jdbc.sql("SELECT predicate, index_estimate::text FROM stats.index_estimate WHERE region_code = '35.20' AND scenario = 'all_reported'")
                    .query(rs -> {
                        result.put("estimate", rs.getString(1));
                        result.put("estimateValue", rs.getString(2));
                    });
            return result;
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
