package id.inovasi.stats.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.inovasi.stats.ingest.CsvRecordsProbe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reading half of the ingest, alone: the project's RFC 4180 reader ({@code CsvRecords})
 * against Apache Commons CSV 1.14 set up to give what a rejected record needs (its line and its
 * tracked character position, from which its raw text would be read back), over the same file,
 * alternating, several rounds. Prints each reader's median and their ratio. Both read every value of every
 * record; neither cleans nor copies, so the difference is what the reader alone costs the
 * parsing thread, the ingest's critical path.
 *
 * <p>Usage: {@code CsvReaderBenchmark <file> <rounds>}
 */
public final class CsvReaderBenchmark {

    private CsvReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Double> ours = new ArrayList<>();
        List<Double> commons = new ArrayList<>();
        List<Double> commonsBytes = new ArrayList<>();
        long checksum = 0;
        for (int round = 0; round <= rounds; round++) {
            long started = System.nanoTime();
            long a = CsvRecordsProbe.readAll(file);
            double oursSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            long b = commonsCsv(file, false);
            double commonsSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            long c = commonsCsv(file, true);
            double commonsBytesSeconds = (System.nanoTime() - started) / 1e9;
            if (a != b || a != c) {
                throw new IllegalStateException("the readers disagree: " + a + " against " + b + " characters of values");
            }
            checksum = a;
            if (round > 0) {   // round 0 warms the JIT up
                ours.add(oursSeconds);
                commons.add(commonsSeconds);
                commonsBytes.add(commonsBytesSeconds);
                System.out.printf("round %d: CsvRecords %.2f s, Commons CSV %.2f s, with byte tracking %.2f s%n", round, oursSeconds,
                        commonsSeconds, commonsBytesSeconds);
            }
        }
        double o = PipelineProcess.median(ours);
        double c = PipelineProcess.median(commons);
        System.out.printf("%nmedians of %d rounds over %s (%,d characters of values):%n", rounds, file, checksum);
        System.out.printf("  CsvRecords (project)          %6.2f s%n", o);
        double cb = PipelineProcess.median(commonsBytes);
        System.out.printf("  Commons CSV 1.14, positions   %6.2f s   ratio %.2f  (character positions)%n", c, c / o);
        System.out.printf("  Commons CSV 1.14, byte-tracked %5.2f s   ratio %.2f  (setTrackBytes(true))%n", cb, cb / o);
    }

    /** Every record with its line and character position (the positions a rejected record's raw text is read back from). */
    private static long commonsCsv(Path file, boolean trackBytes) throws IOException {
        long characters = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).setTrackBytes(trackBytes).get()) {
            long previous = -1;
            for (CSVRecord record : parser) {
                long position = record.getCharacterPosition();
                if (position <= previous || parser.getCurrentLineNumber() <= 0) {
                    throw new IllegalStateException("positions do not advance at record " + record.getRecordNumber());
                }
                previous = position;
                for (int i = 0; i < record.size(); i++) {
                    characters += record.get(i).length();
                }
            }
        }
        return characters;
    }
}
