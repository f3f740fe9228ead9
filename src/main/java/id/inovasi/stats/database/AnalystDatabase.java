package id.inovasi.stats.database;

import java.io.PrintStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code jobs/db}: the embedded database kept running for analysts' SQL clients, spreadsheets
 * and BI tools, at a fixed port (setting {@code inovasi.embedded.shared-port}, default 5433), until
 * stopped. Prints how to connect, also as the read-only login {@value #ANALYST} (member of
 * {@code stats_reader}: reads every table and view of {@code stats}, writes none). Runs started
 * meanwhile use this server (see {@link EmbeddedDatabaseConfiguration}).
 */
@Component
@ConditionalOnProperty(name = "inovasi.mode", havingValue = "db")
public class AnalystDatabase implements ApplicationRunner {

    static final String ANALYST = "stats_analyst";

    private final ObjectProvider<EmbeddedServer> server;
    private final JdbcClient jdbc;
    private final PrintStream out = System.out;
    private boolean serving;

    AnalystDatabase(ObjectProvider<EmbeddedServer> server, JdbcClient jdbc) {
        this.server = server;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        EmbeddedServer embedded = server.getIfAvailable();
        if (embedded == null) {
            out.println("inovasi-stats: jobs/db serves the embedded database; with SPRING_DATASOURCE_URL set, connect to that server instead");
            return;
        }
        jdbc.sql("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stats_analyst') THEN
                    CREATE ROLE stats_analyst LOGIN IN ROLE stats_reader;
                  END IF;
                END $$""").update();
        int port = embedded.port();
        out.println("The embedded database is running for analysts on port " + port + "; Ctrl+C (or jobs/db's process ending) stops it.");
        out.println("  psql, read-only:  psql -h localhost -p " + port + " -U " + ANALYST + " postgres");
        out.println("  psql, owner:      psql -h localhost -p " + port + " -U postgres postgres");
        out.println("  JDBC (BI tools):  jdbc:postgresql://localhost:" + port + "/postgres  user " + ANALYST
                + " (role stats_reader), no password: the server takes connections from this machine only");
        out.println("Runs started meanwhile (jobs/run, restarts, jobs/serve's schedule) use this server.");
        serving = true;
    }

    /** Whether the database is up for analysts (the program then keeps running until stopped). */
    public boolean serving() {
        return serving;
    }
}
