package id.inovasi.stats.template;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** What an OPD writes in each report column, in Indonesian ({@code template/column-notes.properties}). */
final class ColumnNotes {

    private final Properties notes = new Properties();

    ColumnNotes() {
        try (Reader reader = new InputStreamReader(
                ColumnNotes.class.getResourceAsStream("/template/column-notes.properties"), StandardCharsets.UTF_8)) {
            notes.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The note of a column by its canonical name, if it has one. */
    Optional<String> of(String column) {
        return Optional.ofNullable(notes.getProperty(column));
    }
}
