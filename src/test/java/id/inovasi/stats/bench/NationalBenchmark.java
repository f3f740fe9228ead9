package id.inovasi.stats.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import id.inovasi.stats.support.PipelineTestSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * The national benchmark: on one embedded PostgreSQL server and in the same run, times
 * PostgreSQL's own COPY of every report row of a national inbox into a table with
 * {@code innovation}'s key (the limit), then the pipeline as operators run it: the first run, a
 * run with nothing new, a run after one OPD sends a corrected file, and {@code --all-years}.
 * Prints each run's time, its steps' times, the ingest step's ratio to the keyed COPY and the
 * peak resident memory; with several rounds, the medians.
 *
 * <p>Usage: {@code NationalBenchmark <inbox> <work dir> <rounds>}
 */
public final class NationalBenchmark {

    private static final String KEYED_TABLE = """
            CREATE TABLE bench_copy (
                year integer, region_code text COLLATE "C", innovation_id text COLLATE "C", opd_code text, opd_name text, title text,
                form text, kind text, stage text, initiator text, affair text, trial_date date, applied_date date,
                problem_statement text, documentation text, policy_ref text, asn_implementers integer, benefit_metric text,
                benefit_before numeric, benefit_after numeric, benefit_direction text, ind_regulasi smallint, ind_sdm smallint,
                ind_anggaran smallint, ind_alat_kerja smallint, ind_bimtek smallint, ind_rkpd smallint, ind_aktor smallint,
                ind_pelaksana smallint, ind_jejaring smallint, ind_sosialisasi smallint, ind_pedoman smallint,
                ind_informasi smallint, ind_proses smallint, ind_pengaduan smallint, ind_integrasi smallint,
                ind_replikasi smallint, ind_kecepatan smallint, ind_kemanfaatan smallint, ind_monev smallint, ind_video smallint,
                PRIMARY KEY (year, region_code, innovation_id) DEFERRABLE INITIALLY DEFERRED)""";

    /** The figures of one round. */
    record Round(double keyedCopy, PipelineProcess.Figures first, PipelineProcess.Figures nothingNew,
                 PipelineProcess.Figures corrected, PipelineProcess.Figures allYears) {
    }

    private NationalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path allRows = work.resolve("all-report-rows.csv");
        long rows = concatenateReports(inbox, allRows);
        // the reports of an earlier benchmark are moved aside now and deleted once this one is timed
        Path earlier = work.resolve("out-earlier");
        PipelineTestSupport.deleteTree(earlier);
        if (Files.exists(work.resolve("out"))) {
            Files.move(work.resolve("out"), earlier);
        }
        System.out.printf("inbox: %s, %,d report rows in %,d files, %,d MB%n", inbox, rows, countFiles(inbox), sizeOf(inbox) >> 20);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(true).start()) {
            String admin = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            List<Round> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                results.add(round(admin, postgres.getPort(), round, inbox, work, allRows));
            }
            printSummary(results, rows);
        }
        PipelineTestSupport.deleteTree(earlier);
    }

    private static Round round(String admin, int port, int round, Path inbox, Path work, Path allRows) throws Exception {
        String database = "bench_national_" + round;
        try (Connection connection = DriverManager.getConnection(admin, "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + database;
        double keyed = keyedCopy(url, allRows);
        System.out.printf("round %d: keyed COPY of every report row %.2f s%n", round, keyed);
        // each round's first run writes into an empty folder of its own (no report of an earlier round
        // to compare its pages with); no folder is deleted while runs are timed: on this machine,
        // creating files just after deleting a hundred thousand was 3-7 times slower
        Path out = work.resolve("out").resolve("round-" + round);
        PipelineProcess.Figures first = PipelineProcess.run(url, inbox, out, work.resolve("national-" + round + "-first.log"));
        System.out.println("  first run          " + first.describe());
        PipelineProcess.Figures nothing = PipelineProcess.run(url, inbox, out, work.resolve("national-" + round + "-nothing-new.log"));
        System.out.println("  nothing new        " + nothing.describe());
        Path correction = writeCorrection(inbox);
        PipelineProcess.Figures corrected;
        try {
            corrected = PipelineProcess.run(url, inbox, out, work.resolve("national-" + round + "-corrected.log"));
        } finally {
            Files.deleteIfExists(correction);
        }
        System.out.println("  one corrected OPD  " + corrected.describe() + "  (" + inbox.relativize(correction) + ")");
        PipelineProcess.Figures all = PipelineProcess.run(url, inbox, out, work.resolve("national-" + round + "-all-years.log"), "--all-years");
        System.out.println("  --all-years        " + all.describe());
        return new Round(keyed, first, nothing, corrected, all);
    }

    private static void printSummary(List<Round> results, long rows) {
        double keyed = median(results, Round::keyedCopy);
        double ingest = median(results, r -> r.first.step("ingest"));
        System.out.println();
        System.out.printf("medians of %d round(s), %,d report rows:%n", results.size(), rows);
        System.out.printf("  COPY into a table with innovation's key   %6.2f s   (the limit)%n", keyed);
        System.out.printf("  first run, whole process                  %6.2f s   (target 45)%n", median(results, r -> r.first.seconds()));
        System.out.printf("    its ingest step                         %6.2f s   ratio %.2f to the keyed COPY (target 3)%n", ingest, ingest / keyed);
        System.out.printf("    its rebuild step                        %6.2f s%n", median(results, r -> r.first.step("rebuild")));
        System.out.printf("    its report step                         %6.2f s%n", median(results, r -> r.first.step("report")));
        System.out.printf("  nothing new, whole process                %6.2f s   (target 8)%n", median(results, r -> r.nothingNew.seconds()));
        System.out.printf("  one corrected OPD file, whole process     %6.2f s   (target 15)%n", median(results, r -> r.corrected.seconds()));
        System.out.printf("  --all-years, whole process                %6.2f s%n", median(results, r -> r.allYears.seconds()));
        System.out.printf("    its rebuild step                        %6.2f s   (target 5)%n", median(results, r -> r.allYears.step("rebuild")));
        System.out.printf("    its report step                         %6.2f s   (target 15)%n", median(results, r -> r.allYears.step("report")));
        long peak = results.stream().flatMap(r -> Stream.of(r.first, r.nothingNew, r.corrected, r.allYears))
                .mapToLong(PipelineProcess.Figures::peakRssBytes).max().orElse(0);
        System.out.printf("  peak RSS of any run                       %6d MiB (target 600)%n", peak >> 20);
    }

    private static double median(List<Round> results, ToDoubleFunction<Round> figure) {
        return PipelineProcess.median(results.stream().map(figure::applyAsDouble).toList());
    }

    private static double keyedCopy(String url, Path allRows) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute(KEYED_TABLE);
            statement.execute("CHECKPOINT");
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(allRows)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv)", in, 1 << 16);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            statement.execute("DROP TABLE bench_copy");
            return seconds;
        }
    }

    /**
     * One OPD sends a corrected file for the year before the last: its rows of that region's
     * recap, each title amended, under a new name. It supersedes that OPD's rows of that year.
     */
    private static Path writeCorrection(Path inbox) throws IOException {
        List<Path> years;
        try (Stream<Path> list = Files.list(inbox.resolve("reports"))) {
            years = list.sorted().toList();
        }
        Path folder = years.get(Math.max(0, years.size() - 2));
        Path recap;
        try (Stream<Path> list = Files.list(folder)) {
            recap = list.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(recap, StandardCharsets.UTF_8);
        String opd = lines.get(1).split(",")[3];
        Path correction = folder.resolve("koreksi-opd-" + opd + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(correction, StandardCharsets.UTF_8)) {
            out.write(lines.get(0));
            out.write('\n');
            for (String line : lines.subList(1, lines.size())) {
                if (line.split(",")[3].equals(opd)) {
                    out.write(line.replace("layanan terpadu", "layanan terpadu (koreksi)"));
                    out.write('\n');
                }
            }
        }
        return correction;
    }

    /** Every report row of the inbox in one file without headers, for the baseline COPY; returns the row count. */
    private static long concatenateReports(Path inbox, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inbox.resolve("reports"))) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        long rows = 0;
        Files.createDirectories(target.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    out.write(line);
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    private static long countFiles(Path inbox) throws IOException {
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static long sizeOf(Path inbox) throws IOException {
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
