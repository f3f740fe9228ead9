package id.inovasi.stats.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import id.inovasi.stats.support.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of bad inputs (the README lists it): each is answered with its reason and a message
 * that says what to fix, at its file and line, while the good files beside it load in full, the
 * bad file's own good rows load, the run completes, and the accounting holds (every file's lines
 * read = rows loaded + rows rejected, and so the run's totals).
 */
@PipelineTest
@TestPropertySource(properties = "inovasi.ingest.max-file-size=16MB")
class BadInputCatalogTest extends PipelineTestSupport {

    private static final String BAD = "reports/2023/bad.csv";
    private static final String NATIONAL = "year,region_code,region_name,cluster,score\n";
    private static final String CAPACITY = "year,region_code,spd_score\n";

    /** What must be said about a bad input. */
    sealed interface Expect permits Row, File, Loaded {
    }

    /** A rejected row: its file, line, first column (or null), reason and a part of its message. */
    record Row(String path, long line, String column, String reason, String says) implements Expect {
    }

    /** A rejected file: its path, reason and a part of its message. */
    record File(String path, String reason, String says) implements Expect {
    }

    /** Nothing bad after all: the row with this id loads (an invisible character cleaned, a blank row skipped). */
    record Loaded(String path, String innovationId, long linesRead) implements Expect {
    }

    /** Writes the bad input into the inbox; what it returns is closed after the run (a writer still appending). */
    @FunctionalInterface
    interface Setup {
        AutoCloseable writeInto(Path inbox) throws Exception;
    }

    record BadInput(String name, Setup setup, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadInput> inputs() {
        return Stream.of(
                // rows of a reports file: line 2 is good, line 3 is the bad one
                report("a required value missing", Reports.innovation("B-3", "opd_code=1.05", "title="), row(3, "title", "missing_value", "a value is required")),
                report("a decimal where a whole number belongs", Reports.innovation("B-3", "opd_code=1.05", "asn_implementers=2.5"), row(3, "asn_implementers", "bad_number", "is not a whole number")),
                report("a date that is not in the calendar", Reports.innovation("B-3", "opd_code=1.05", "applied_date=31-02-2023"), row(3, "applied_date", "bad_date", "is not a calendar date")),
                report("a date in the year 0000", Reports.innovation("B-3", "opd_code=1.05", "applied_date=01/01/0000"), row(3, "applied_date", "bad_date", "0000")),
                report("a region code in another notation", Reports.innovation("B-3", "opd_code=1.05", "region_code=35-20"), row(3, "region_code", "bad_format", "Kemendagri region code")),
                report("an indicator level above 3", Reports.innovation("B-3", "opd_code=1.05", "ind_video=4"), row(3, "ind_video", "out_of_range", "\"4\"")),
                report("a number of 140,000 digits", Reports.innovation("B-3", "opd_code=1.05", "benefit_before=" + "9".repeat(140_000)), row(3, "benefit_before", "out_of_range", "at most 30 digits")),
                report("a reporting year out of range", Reports.innovation("B-3", "opd_code=1.05", "year=2099"), row(3, "year", "out_of_range", "2099")),
                report("a label that is not one of the list", Reports.innovation("B-3", "opd_code=1.05", "stage=implementasi"), row(3, "stage", "unknown_value", "is not one of inisiatif, uji_coba, penerapan")),
                report("a comma inside an unquoted value", Reports.innovation("B-3", "opd_code=1.05").replace("Judul", "Antrean, Online"), row(3, null, "wrong_field_count", "must be in double quotes")),
                report("a row cut short", "2023,35.20,1.05,Dinas Sosial,B-3\n", row(3, "title", "missing_value", "a value is required")),
                report("the same innovation twice in a file", Reports.innovation("B-OK", "opd_code=1.05"), row(3, null, "duplicate_key", "appears earlier in this file")),
                report("a quote that is never closed", Reports.innovation("B-3", "opd_code=1.05").replace("Judul", "\"Antrean Online") + Reports.innovation("B-4", "opd_code=1.05"),
                        row(3, null, "bad_format", "never closed")),
                report("the header line again in the middle", Reports.header(), row(3, null, "bad_format", "repeats the header line")),
                report("a control character in a text", Reports.innovation("B-3", "opd_code=1.05", "title=Antrean\u0007Online"), row(3, "title", "bad_format", "control character U+0007")),
                report("a single field of 10 MB", Reports.innovation("B-3", "opd_code=1.05", "problem_statement=" + "x".repeat(10_000_000)), row(3, "problem_statement", "out_of_range", "at most 20000")),
                report("a line of delimiters only (an empty spreadsheet row)", ",".repeat(40) + "\n", new Loaded(BAD, "B-OK", 1)),
                report("a byte-order mark inside the file", "\uFEFF" + Reports.innovation("B-3", "opd_code=1.05"), new Loaded(BAD, "B-3", 2)),
                new BadInput("an innovation another OPD already reports", inbox -> {
                    write(inbox, BAD, Reports.header() + Reports.innovation("B-OK", "opd_code=1.05"));
                    return write(inbox, "reports/2023/later.csv", Reports.header() + Reports.innovation("B-OK", "opd_code=1.06")
                            + Reports.innovation("L-1", "opd_code=1.06"));
                }, new Row("reports/2023/later.csv", 2, null, "key_owned_by_other_opd", "is already reported by OPD 1.05")),
                // national results and capacity scores
                national("a score above 100", "2023,35.22,Kabupaten Madiun,kabupaten,101\n", row("national/bad.csv", 3, "score", "out_of_range", "\"101\"")),
                national("a cluster that does not exist", "2023,35.22,Kabupaten Madiun,kecamatan,50\n", row("national/bad.csv", 3, "cluster", "unknown_value", "kecamatan")),
                national("a region without its name", "2023,35.22,,kabupaten,50\n", row("national/bad.csv", 3, "region_name", "missing_value", "a value is required")),
                new BadInput("a national file without its score column",
                        inbox -> write(inbox, "national/bad.csv", "year,region_code,region_name,cluster\n2023,35.22,Kabupaten Madiun,kabupaten\n"),
                        new File("national/bad.csv", "missing_column", "score")),
                capacity("an SPD score above the year's maximum", "2023,35.21,70\n", row("capacity/bad.csv", 3, "spd_score", "out_of_range", "is not from 0 to 63")),
                capacity("a year with a letter in it", "20x3,35.21,50\n", row("capacity/bad.csv", 3, "year", "bad_number", "20x3")),
                // whole files
                file("an empty file", new byte[0], "empty", "the file is empty"),
                file("a file of blank lines only", "\n\n\r\n".getBytes(StandardCharsets.UTF_8), "empty", "only blank lines"),
                file("a file with NUL bytes", "year,region\u0000code\n".getBytes(StandardCharsets.UTF_8), "not_text", "NUL"),
                file("a workbook saved under a .csv name", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0x9d, (byte) 0x81}, "not_text", ""),
                file("a header without the required columns", "kecamatan,jumlah_inovasi\nTakeran,4\n".getBytes(StandardCharsets.UTF_8), "missing_column",
                        "the header lacks the required column"),
                new BadInput("a file larger than the limit", inbox -> write(inbox, BAD, Reports.header() + "x".repeat(17 << 20) + "\n"),
                        new File(BAD, "too_large", "inovasi.ingest.max-file-size")),
                new BadInput("a link that loops to itself", inbox -> link(inbox, "reports/2023/loop.csv", Path.of("loop.csv")),
                        new File("reports/2023/loop.csv", "unreadable", "cannot be read")),
                new BadInput("a link to a file that is gone", inbox -> link(inbox, "reports/2023/gone.csv", Path.of("no-such-file.csv")),
                        new File("reports/2023/gone.csv", "unreadable", "cannot be read")),
                new BadInput("a link to a file outside the inbox", inbox -> {
                    Path outside = Files.writeString(Files.createTempFile("outside", ".csv"), Reports.header() + Reports.innovation("X-1"));
                    return link(inbox, "reports/2023/outside.csv", outside);
                }, new File("reports/2023/outside.csv", "outside_inbox", "copy the file into the inbox")),
                new BadInput("a file still growing with non-UTF-8 bytes while it is read", BadInputCatalogTest::growing,
                        new File("reports/2023/growing.csv", "changed_while_read", "the file changed while it was read")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isAnsweredWithItsReasonWhileEverythingElseLoads(BadInput input) throws Exception {
        write("reports/2023/good.csv", Reports.header() + Reports.innovation("G-1", "opd_code=1.09") + Reports.innovation("G-2", "opd_code=1.09"));
        write("national/good.csv", NATIONAL + "2023,35.20,Kabupaten Magetan,kabupaten,62.5\n2023,35.21,Kabupaten Ngawi,kabupaten,50\n");
        write("capacity/good.csv", CAPACITY + "2023,35.20,50\n");
        try (AutoCloseable writing = input.setup().writeInto(inbox)) {
            run();   // completes
        }

        assertThat(count("SELECT count(*) FROM stats.innovation WHERE innovation_id IN ('G-1', 'G-2')")).as("the good reports file").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM stats.national_result WHERE region_code IN ('35.20', '35.21')")).as("the good national file").isEqualTo(2);
        assertThat(count("SELECT count(*) FROM stats.region_capacity WHERE region_code = '35.20'")).as("the good capacity file").isEqualTo(1);
        Expect expect = input.expect();
        if (expect instanceof Row r) {
                List<Map<String, Object>> rejected = rows("SELECT f.path, r.line_no, r.column_name, r.reason, r.message FROM stats.rejected_row r"
                        + " JOIN stats.source_file f USING (file_id)");
                assertThat(rejected).singleElement().satisfies(it -> {
                    assertThat(it.get("path")).isEqualTo(r.path());
                    assertThat(it.get("line_no")).isEqualTo(r.line());
                    assertThat(it.get("column_name")).isEqualTo(r.column());
                    assertThat(it.get("reason")).isEqualTo(r.reason());
                    assertThat((String) it.get("message")).contains("line " + r.line()).contains(r.says());
                });
                assertThat(count("SELECT count(*) FROM stats.source_file WHERE status = 'rejected'")).isZero();
                assertThat(count("SELECT sum(rows_loaded) FROM stats.source_file WHERE path = '" + r.path() + "'"))
                        .as("the bad file's good rows").isGreaterThanOrEqualTo(1);
        } else if (expect instanceof File f) {
                assertThat(rows("SELECT path, reason, message FROM stats.source_file WHERE status = 'rejected'")).singleElement().satisfies(it -> {
                    assertThat(it.get("path")).isEqualTo(f.path());
                    assertThat(it.get("reason")).isEqualTo(f.reason());
                    assertThat((String) it.get("message")).contains(f.says());
                });
                assertThat(count("SELECT count(*) FROM stats.rejected_row")).isZero();
        } else if (expect instanceof Loaded l) {
                assertThat(count("SELECT count(*) FROM stats.innovation WHERE innovation_id = '" + l.innovationId() + "'")).isEqualTo(1);
                assertThat(count("SELECT lines_read FROM stats.source_file WHERE path = '" + l.path() + "'")).isEqualTo(l.linesRead());
                assertThat(count("SELECT count(*) FROM stats.rejected_row") + count("SELECT count(*) FROM stats.source_file WHERE status = 'rejected'"))
                        .isZero();
        }
        assertThat(count("SELECT count(*) FROM stats.source_file WHERE lines_read <> rows_loaded + rows_rejected")).as("files whose rows do not add up").isZero();
        assertThat(count("SELECT count(*) FROM stats.pipeline_run WHERE rows_read <> rows_loaded + rows_rejected")).as("runs whose rows do not add up").isZero();
    }

    private static BadInput report(String name, String badRows, Expect expect) {
        return new BadInput(name, inbox -> write(inbox, BAD, Reports.header() + Reports.innovation("B-OK", "opd_code=1.05") + badRows), expect);
    }

    private static BadInput national(String name, String badRow, Expect expect) {
        return new BadInput(name, inbox -> write(inbox, "national/bad.csv", NATIONAL + "2023,35.23,Kabupaten Ponorogo,kabupaten,40\n" + badRow), expect);
    }

    private static BadInput capacity(String name, String badRow, Expect expect) {
        return new BadInput(name, inbox -> write(inbox, "capacity/bad.csv", CAPACITY + "2023,35.22,40\n" + badRow), expect);
    }

    private static BadInput file(String name, byte[] content, String reason, String says) {
        return new BadInput(name, inbox -> write(inbox, BAD, content), new File(BAD, reason, says));
    }

    private static Row row(long line, String column, String reason, String says) {
        return new Row(BAD, line, column, reason, says);
    }

    private static Row row(String path, long line, String column, String reason, String says) {
        return new Row(path, line, column, reason, says);
    }

    private static AutoCloseable write(Path inbox, String path, String content) throws IOException {
        return write(inbox, path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static AutoCloseable write(Path inbox, String path, byte[] content) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return () -> { };
    }

    private static AutoCloseable link(Path inbox, String path, Path target) throws IOException {
        Path link = inbox.resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
        return () -> { };
    }

    /** A file that a writer keeps appending to (rows ending in bytes that are not UTF-8) for as long as the run reads the inbox. */
    private static AutoCloseable growing(Path inbox) throws Exception {
        Path file = inbox.resolve("reports/2023/growing.csv");
        Files.createDirectories(file.getParent());
        StringBuilder start = new StringBuilder(Reports.header());
        for (int i = 0; i < 3000; i++) {
            start.append(Reports.innovation("W-" + i, "opd_code=1.07"));
        }
        Files.writeString(file, start);
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            byte[] tail = (Reports.innovation("W-X", "opd_code=1.07").strip() + "\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                while (!stop.get()) {
                    out.write(tail);
                    out.flush();
                    Thread.sleep(1);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "growing-file");
        writer.start();
        return () -> {
            stop.set(true);
            writer.join();
        };
    }
}
