package id.inovasi.stats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the shipped sample inbox (data/inbox) into a test's inbox. */
public final class SampleInbox {

    private SampleInbox() {
    }

    public static void copyTo(Path inbox) {
        Path sample = Path.of("data/inbox");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = inbox.resolve(sample.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
