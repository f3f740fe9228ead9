package id.inovasi.stats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the report files say, without what differs between equivalent runs: every file by its
 * path, pages as written, CSV exports without their run_id column, workbooks by presence only
 * (their zip entries carry times).
 */
public final class OutputContent {

    private OutputContent() {
    }

    public static Map<String, String> of(Path output) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(output)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String name = output.relativize(file).toString();
                files.put(name, name.endsWith(".xlsx") ? "(workbook)"
                        : name.endsWith(".csv") ? withoutRunId(Files.readAllLines(file, StandardCharsets.UTF_8))
                        : Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The exports' run_id is their last column, a bare number: drop it from the header and every record. */
    private static String withoutRunId(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).endsWith("\"run_id\"")) {
            return String.join("\n", lines);
        }
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            kept.add(line.replaceFirst(",(\"run_id\"|[0-9]+)$", ""));
        }
        return String.join("\n", kept);
    }
}
