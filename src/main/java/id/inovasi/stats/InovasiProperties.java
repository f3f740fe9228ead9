package id.inovasi.stats;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings of the pipeline ({@code inovasi.*}); defaults live in {@code application.yml}.
 *
 * @param inbox  root folder holding {@code reports/}, {@code national/} and {@code capacity/}
 * @param output folder the yearly reports are written to
 * @param ingest how files are read
 * @param rebuild how the years are rebuilt
 * @param report  how the reports are written
 */
@ConfigurationProperties("inovasi")
public record InovasiProperties(Path inbox, Path output, Ingest ingest, Rebuild rebuild, Report report) {

    /**
     * @param maxFileSize      a larger file is rejected as {@code too_large} without being parsed
     * @param progressInterval how often a long load prints a progress line
     */
    public record Ingest(DataSize maxFileSize, Duration progressInterval) {
    }

    /**
     * @param parallelYears how many years are rebuilt side by side, each on its own connection
     *                      (they still commit oldest first)
     */
    public record Rebuild(int parallelYears) {
    }

    /** @param parallelYears how many years' reports are written side by side */
    public record Report(int parallelYears) {
    }
}
