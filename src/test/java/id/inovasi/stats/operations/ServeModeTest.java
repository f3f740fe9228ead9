package id.inovasi.stats.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.SampleInbox;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** jobs/serve's HTTP API: the token is required, runs start at once, one at a time; metrics on the management endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "inovasi.mode=serve",
        "inovasi.serve.api-token=rahasia-123",
        "inovasi.serve.schedule-cron=-",
        "inovasi.embedded.data-directory=target/test-pgdata/${random.uuid}",
        "inovasi.embedded.clean=true",
        "inovasi.inbox=target/test-inbox",
        "inovasi.output=target/test-out"})
@org.springframework.test.annotation.DirtiesContext
class ServeModeTest extends PipelineTestSupport {

    private static final String TOKEN = "Bearer rahasia-123";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theApiAnswers401WithoutTheTokenAndWorksWithIt() throws Exception {
        assertThat(send("GET", "/api/runs", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/runs", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/runs", null).statusCode()).isEqualTo(401);
        HttpResponse<String> list = send("GET", "/api/runs", TOKEN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).isEqualTo("[]");
        String health = send("GET", "/actuator/health", null).body();
        assertThat(health).contains("\"status\":\"UP\"").doesNotContain("diskSpace").doesNotContain("path").doesNotContain("/");
    }

    @Test
    void theApiChecksWhatTheCommandLineChecks() throws Exception {
        for (String query : List.of("year=1900", "year=9999", "year=abc", "year=2023&all-years=true")) {
            HttpResponse<String> refused = send("POST", "/api/runs?" + query, TOKEN);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(refused.body()).as(query).containsAnyOf("takes a year from 2015", "exclude each other");
        }
        assertThat(send("GET", "/api/runs", TOKEN).body()).as("nothing was started").isEqualTo("[]");
    }

    @Test
    void tenStartRequestsAtOnceStartOneRunAndTheRunCanBeFollowed() throws Exception {
        SampleInbox.copyTo(inbox);
        id.inovasi.stats.bench.ReportFileGenerator.generate(inbox.resolve("reports/zz-large.csv"), 50_000);
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            responses.add(http.sendAsync(request("POST", "/api/runs", TOKEN), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> accepted = new ArrayList<>();
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            HttpResponse<String> r = response.get();
            (r.statusCode() == 202 ? accepted : refused).add(r);
        }
        assertThat(accepted).hasSize(1);
        String location = accepted.get(0).headers().firstValue("Location").orElseThrow();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(accepted.get(0).body()).contains("\"runId\":" + runId);
        assertThat(refused).hasSize(9).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).contains("run " + runId + " is in progress");
        });

        String run = awaitStatus(location, "COMPLETED");
        assertThat(run).contains("\"name\":\"ingest\"").contains("\"name\":\"rebuild\"").contains("\"read\":50900");
        assertThat(send("GET", "/api/runs", TOKEN).body()).contains("\"run_id\":" + runId);

        // metrics: Spring Batch's job timer and the age of the last success
        assertThat(awaitMetric("spring.batch.job")).contains("\"COUNT\"");
        String age = send("GET", "/actuator/metrics/inovasi.run.last.success.age", null).body();
        assertThat(age).contains("\"VALUE\"").doesNotContain("NaN");

        // stop answers for a run that is not running, restart refuses a completed one
        assertThat(send("POST", location + "/stop", TOKEN).statusCode()).isEqualTo(409);
        assertThat(send("GET", "/api/runs/424242", TOKEN).statusCode()).isEqualTo(404);
    }

    /** A metric is recorded when the job's observation stops, a moment after its status is saved. */
    private String awaitMetric(String name) throws Exception {
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> response = send("GET", "/actuator/metrics/" + name, null);
            if (response.statusCode() == 200) {
                return response.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no metric " + name);
    }

    /** Up to five minutes: the suite runs beside the kill tests' child processes on two cores. */
    private String awaitStatus(String location, String status) throws Exception {
        for (int i = 0; i < 3000; i++) {
            String body = send("GET", location, TOKEN).body();
            // every step done, the report too: the next test empties the tables, which must not meet a run still writing
            if (body.contains("\"status\":\"" + status + "\"") && body.contains("\"name\":\"rebuild\",\"status\":\"COMPLETED\"")
                    && body.contains("\"name\":\"report\",\"status\":\"COMPLETED\"")) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not reach " + status);
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        return http.send(request(method, path, authorization), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }
}
