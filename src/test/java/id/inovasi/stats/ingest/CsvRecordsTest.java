package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The RFC 4180 reader: values, the line each record starts on, and its raw text. */
class CsvRecordsTest {

    @TempDir
    Path folder;

    /** A record as read: its start line, values and raw text. */
    record Read(long line, List<String> values, String raw) {
    }

    @Test
    void quotedDelimitersQuotesAndLineBreaksStayInTheirValue() throws IOException {
        List<Read> records = read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,one\n");
        assertThat(records).extracting(Read::values).containsExactly(
                List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "z"), List.of("last", "one"));
        assertThat(records).extracting(Read::line).as("a quoted line break moves the next records down").containsExactly(1L, 2L, 3L, 5L);
        assertThat(records.get(2).raw()).isEqualTo("\"two\nlines\",z");
    }

    @Test
    void crlfAndCrLineEndingsAndBlankRecordsAreHandled() throws IOException {
        assertThat(read("a;b\r\n1;2\r\n;\r\n\r\n3;4\r")).extracting(Read::values)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(read("a,b\r1,2\r3,4")).extracting(Read::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theDialectComesFromTheHeaderLine() throws IOException {
        Path file = Files.writeString(folder.resolve("tab.csv"), "a\tb\n1\t2\n");
        try (CsvRecords records = CsvRecords.open(file, Fingerprint.of(file))) {
            assertThat(records.dialect()).isEqualTo(CsvDialect.TAB);
        }
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        byte[] text = "\uFEFFyear,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(text).get(0).values().get(0)).isEqualTo("year");
    }

    private List<Read> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Read> read(byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve("f.csv"), bytes);
        List<Read> out = new ArrayList<>();
        try (CsvRecords records = CsvRecords.open(file, Fingerprint.of(file))) {
            for (CsvRecords.Record r; (r = records.next()) != null; ) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    values.add(r.get(i));
                }
                out.add(new Read(r.line(), values, records.rawText(r)));
            }
        }
        return out;
    }
}
