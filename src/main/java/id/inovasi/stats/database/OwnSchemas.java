package id.inovasi.stats.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everything the program owns lives in its own schemas, so it installs beside other data in an
 * existing database: {@code stats} (the tables analysts query) and {@value #JOB_SCHEMA} (Spring
 * Batch's job repository and Flyway's schema history). Version 0.1 kept the latter two in
 * {@code public}; such a database is moved over once, in one transaction, before migrating.
 */
@Configuration(proxyBeanMethods = false)
public class OwnSchemas {

    public static final String JOB_SCHEMA = "inovasi_batch";
    private static final Logger log = LoggerFactory.getLogger(OwnSchemas.class);
    private static final List<String> TABLES = List.of("flyway_schema_history", "batch_job_instance", "batch_job_execution",
            "batch_job_execution_params", "batch_step_execution", "batch_step_execution_context", "batch_job_execution_context");
    private static final List<String> SEQUENCES = List.of("batch_step_execution_seq", "batch_job_execution_seq", "batch_job_instance_seq");

    @Bean
    FlywayMigrationStrategy moveOldLayoutThenMigrate() {
        return flyway -> {
            moveFromPublic(flyway.getConfiguration().getDataSource());
            flyway.migrate();
        };
    }

    /** Moves a 0.1 layout (history and job repository in public) into the job schema; nothing else is touched. */
    static void moveFromPublic(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!exists(statement, "public", "flyway_schema_history") || exists(statement, JOB_SCHEMA, "flyway_schema_history")
                    || !exists(statement, "public", "batch_job_instance")) {
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + JOB_SCHEMA);
                for (String table : TABLES) {
                    statement.execute("ALTER TABLE public." + table + " SET SCHEMA " + JOB_SCHEMA);
                }
                for (String sequence : SEQUENCES) {
                    statement.execute("ALTER SEQUENCE public." + sequence + " SET SCHEMA " + JOB_SCHEMA);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            log.info("Moved the job repository and the schema history from public into the schema {}", JOB_SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("could not move the job repository from public into " + JOB_SCHEMA + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Statement statement, String schema, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT to_regclass('" + schema + "." + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
