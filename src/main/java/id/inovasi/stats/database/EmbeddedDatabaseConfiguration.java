package id.inovasi.stats.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from Maven-shipped binaries when no external database is
 * configured, so a newcomer needs only Java and Maven. Its data directory is kept between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** The file in the data directory that names the process holding the server for others ({@code jobs/db}, {@code jobs/serve}). */
    static final String HOLDER_FILE = "inovasi-held-by.pid";

    @Bean(name = "embeddedPostgres", destroyMethod = "close")
    EmbeddedServer embeddedPostgres(EmbeddedDatabaseProperties properties, org.springframework.core.env.Environment environment) {
        boolean holds = "db".equals(environment.getProperty("inovasi.mode")) || "serve".equals(environment.getProperty("inovasi.mode"));
        try {
            Files.createDirectories(properties.dataDirectory());
            Optional<Integer> held = heldServerPort(properties.dataDirectory());
            if (held.isPresent()) {
                if (holds) {
                    throw new IllegalStateException("another jobs/db or jobs/serve already holds the embedded database " 
                            + properties.dataDirectory().toAbsolutePath() + " (port " + held.get() + "): use that one, or stop it first");
                }
                log.info("Using the embedded PostgreSQL that jobs/db or jobs/serve holds on port {} (data directory {})", held.get(),
                        properties.dataDirectory().toAbsolutePath());
                return new EmbeddedServer(held.get(), null);
            }
            stopOrphanedServer(properties.dataDirectory());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDirectory())
                    .setCleanDataDirectory(properties.clean())
                    .setPGStartupWait(properties.startTimeout())
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("fsync", properties.clean() ? "off" : "on");
            int port = holds ? properties.sharedPort() : properties.port();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedServer server = new EmbeddedServer(postgres.getPort(), holds ? () -> {
                Files.deleteIfExists(properties.dataDirectory().resolve(HOLDER_FILE));
                postgres.close();
            } : postgres);
            if (holds) {
                Files.writeString(properties.dataDirectory().resolve(HOLDER_FILE), Long.toString(ProcessHandle.current().pid()));
            }
            log.info("Embedded PostgreSQL is running; while this program runs, connect with: "
                    + "psql -h localhost -p {} -U postgres postgres  (JDBC: {}); data directory {}",
                    postgres.getPort(), server.jdbcUrl(), properties.dataDirectory().toAbsolutePath());
            return server;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseStartException(properties.dataDirectory(), e, !holds ? ""
                    : " (jobs/db and jobs/serve hold it at port " + properties.sharedPort() + ", setting inovasi.embedded.shared-port, "
                    + "environment INOVASI_EMBEDDED_SHARED_PORT: is another program using that port?)");
        }
    }

    /**
     * A run killed with SIGKILL leaves its embedded server running on the data directory; the
     * next start would fail on it. Such a server has no client left: stop it first.
     */
    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        log.warn("An embedded PostgreSQL left running by an earlier process (pid {}) holds {}: stopping it", server.get().pid(),
                dataDirectory.toAbsolutePath());
        server.get().destroy();
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("the embedded PostgreSQL left running (pid " + server.get().pid() + ") did not stop; stop it by hand", e);
        }
    }

    /**
     * The port of a server held for others on this data directory: the holder file names a live
     * process and postmaster.pid a live server (its fourth line is the port). Otherwise empty.
     */
    static Optional<Integer> heldServerPort(Path dataDirectory) throws IOException {
        Path holderFile = dataDirectory.resolve(HOLDER_FILE);
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(holderFile) || !Files.exists(pidFile)) {
            return Optional.empty();
        }
        String holder = Files.readString(holderFile).strip();
        List<String> postmaster = Files.readAllLines(pidFile);
        if (!holder.matches("\\d+") || postmaster.size() < 4 || !postmaster.get(0).strip().matches("\\d+")
                || !postmaster.get(3).strip().matches("\\d+")) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(Long.parseLong(holder)).map(ProcessHandle::isAlive).orElse(false)
                && ProcessHandle.of(Long.parseLong(postmaster.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(postmaster.get(3).strip())) : Optional.empty();
    }

    @Bean
    DataSource dataSource(EmbeddedServer postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }
}
