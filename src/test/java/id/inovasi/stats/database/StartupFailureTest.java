package id.inovasi.stats.database;

import java.nio.file.Path;

import id.inovasi.stats.InovasiStatsApplication;
import id.inovasi.stats.ingest.InboxMissingException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The common start-up faults are explained in one line that names the setting to fix. */
class StartupFailureTest {

    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void anUnreachableDatabaseNamesTheUrlSetting() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(InovasiStatsApplication.class).web(org.springframework.boot.WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere", "--spring.datasource.hikari.connection-timeout=2000")
                .close());
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("cannot reach the database").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("spring.datasource.url (SPRING_DATASOURCE_URL)");
    }

    @Test
    void refusedCredentialsNameTheUsernameAndPasswordSettings() {
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException(new org.postgresql.util.PSQLException(
                "FATAL: password authentication failed for user \"inovasi\"", org.postgresql.util.PSQLState.INVALID_PASSWORD)));
        assertThat(analysis.getDescription()).startsWith("the database refused the credentials");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_USERNAME").contains("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void aMissingInboxNamesTheInboxSetting() {
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException(new InboxMissingException(Path.of("/no/such/inbox"))));
        assertThat(analysis.getDescription()).contains("/no/such/inbox").contains("inovasi.inbox (environment INOVASI_INBOX)");
    }

    @Test
    void anEmbeddedServerThatCannotStartPointsToAnExternalServer() {
        FailureAnalysis analysis = analyzer.analyze(new EmbeddedDatabaseStartException(Path.of("data/pgdata"),
                new java.io.IOException("unshare: unshare failed: Operation not permitted")));
        assertThat(analysis.getDescription()).contains("embedded PostgreSQL could not start").contains("Operation not permitted");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }
}
