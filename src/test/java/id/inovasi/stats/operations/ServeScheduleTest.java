package id.inovasi.stats.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule fires (a test cron: every second), and without a token the API is not reachable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "inovasi.mode=serve",
        "inovasi.serve.schedule-cron=* * * * * *",
        "inovasi.serve.schedule-zone=Asia/Jakarta",
        "inovasi.embedded.data-directory=target/test-pgdata/${random.uuid}",
        "inovasi.embedded.clean=true",
        "inovasi.inbox=target/test-inbox-schedule",
        "inovasi.output=target/test-out-schedule"})
@org.springframework.test.annotation.DirtiesContext
class ServeScheduleTest extends PipelineTestSupport {

    @LocalServerPort
    int port;

    /**
     * The schedule fires every second from the moment the context starts, so emptying the tables
     * between the tests would race a scheduled run (a deadlock on TRUNCATE). The database is new
     * for this class and the inbox its own, so there is nothing to clean.
     */
    @Override
    @BeforeEach
    protected void cleanInboxAndTables() throws IOException {
        inbox = properties.inbox();
        Files.createDirectories(inbox);
    }

    @Test
    void theScheduleFiresAndTheMetricsReportIt() throws Exception {
        long scheduled = 0;
        for (int i = 0; i < 100 && scheduled == 0; i++) {
            Thread.sleep(100);
            scheduled = count("""
                    SELECT count(*) FROM stats.pipeline_run r JOIN inovasi_batch.batch_job_execution_params p
                      ON p.job_execution_id = r.run_id AND p.parameter_name = 'trigger' AND p.parameter_value = 'schedule'
                    WHERE r.status = 'COMPLETED'""");
        }
        assertThat(scheduled).as("scheduled runs completed").isPositive();
        HttpClient http = HttpClient.newHttpClient();
        String job = "";
        for (int i = 0; i < 100 && !job.contains("\"COUNT\""); i++) {   // recorded when the job's observation stops
            Thread.sleep(100);
            job = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics/spring.batch.job")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        assertThat(job).contains("\"COUNT\"").contains("TOTAL_TIME");
        String age = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics/inovasi.run.last.success.age")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(age).contains("\"VALUE\"").doesNotContain("NaN");
    }

    @Test
    void withoutATokenTheApiIsNotReachable() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/runs"))
                .header("Authorization", "Bearer anything").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
