package id.inovasi.stats.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL server started when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the server keeps its data between runs
 * @param port          TCP port on localhost; 0 picks a free one
 * @param clean         wipe the data directory at start (tests)
 * @param startTimeout  how long to wait for the server to accept connections
 * @param sharedPort    the fixed port of the server that jobs/db and jobs/serve hold for analysts and other runs
 */
@ConfigurationProperties("inovasi.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, boolean clean, Duration startTimeout, int sharedPort) {
}
