package id.inovasi.stats.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The named SQL statements under {@code src/main/resources/sql/}, read once each. */
@Component
public class SqlFiles {

    private final Map<String, String> statements = new ConcurrentHashMap<>();

    /** The statement in {@code sql/<name>.sql}, e.g. {@code get("ingest/national-upsert")}. */
    public String get(String name) {
        return statements.computeIfAbsent(name, SqlFiles::read);
    }

    private static String read(String name) {
        ClassPathResource resource = new ClassPathResource("sql/" + name + ".sql");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing SQL file sql/" + name + ".sql", e);
        }
    }
}
