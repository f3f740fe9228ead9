package id.inovasi.stats.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.InovasiStatsApplication;

/**
 * The program as the jobs/ scripts run it, in a child JVM on the test's classpath; compiled by the
 * quick compiler only, which starts the short runs of the tests sooner.
 */
public final class ChildProcess {

    private ChildProcess() {
    }

    public static Process start(Path log, Map<String, String> environment, String... args) throws IOException {
        return startWithHeap(log, environment, "-Xmx512m", args);
    }

    /** The program with a heap of its own (e.g. {@code -Xmx64m}), to show that what it reads does not need more. */
    public static Process startWithHeap(Path log, Map<String, String> environment, String maxHeap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                maxHeap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), InovasiStatsApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs the program to its end and answers its exit code and output. */
    public static Result run(Path log, Map<String, String> environment, String... args) throws Exception {
        return runWithHeap(log, environment, "-Xmx512m", args);
    }

    public static Result runWithHeap(Path log, Map<String, String> environment, String maxHeap, String... args) throws Exception {
        Process process = startWithHeap(log, environment, maxHeap, args);
        if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the program did not end; see " + log);
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    /** Waits (up to a minute) until the child prints the text; fails with what it printed when it ends or times out first. */
    public static void awaitOutput(Path log, String text, Process child) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!child.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child never printed \"" + text + "\"; its output:\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }

    public record Result(int exitCode, String output) {
    }
}
