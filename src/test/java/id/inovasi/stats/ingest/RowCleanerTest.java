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

/** A file's header against a format, and each record into typed values or a rejection that says what to fix. */
class RowCleanerTest {

    private static final InputFormat CAPACITY = TestFormats.CAPACITY;

    @TempDir
    Path folder;

    @Test
    void headersMatchInAnyCaseWithSpacesDashesAndUnderscoresAlikeAndUnknownOnesAreListed() throws IOException {
        RowCleaner.Header header = header("Tahun;Kode Pemda;skor-spd;Keterangan Lain\n");
        assertThat(header.missing()).isEmpty();
        assertThat(header.extra()).containsExactly("Keterangan Lain");
    }

    @Test
    void aMissingRequiredColumnIsNamedWithItsAlias() throws IOException {
        assertThat(header("year,region_code\n").missing()).containsExactly("spd_score (skor_spd)");
    }

    @Test
    void everyFaultOfARowIsInItsMessageAndTheFirstNamesTheColumn() throws IOException {
        List<Object> results = clean("year,region_code,spd_score\n2023,35.20,41.5\n2013,35-20,\n2023,35.20,50\n2023,3520,1,2,3\n");
        assertThat(results.get(0)).isEqualTo(List.of("2023", "35.20", "41.5", "null"));
        RowCleaner.Rejection bad = (RowCleaner.Rejection) results.get(1);
        assertThat(bad.column()).isEqualTo("year");
        assertThat(bad.reason()).isEqualTo("out_of_range");
        assertThat(bad.message()).isEqualTo("line 3, column year: \"2013\" is not a year from 2015 to 2027; "
                + "line 3, column region_code: \"35-20\" is not a Kemendagri region code such as 35 (province) or 35.20 (regency or city); "
                + "line 3, column spd_score: a value is required (header spd_score)");
        RowCleaner.Rejection duplicate = (RowCleaner.Rejection) results.get(2);
        assertThat(duplicate.reason()).isEqualTo("duplicate_key");
        assertThat(duplicate.column()).isNull();
        assertThat(duplicate.message()).startsWith("line 4: year 2023, region_code 35.20 appears earlier in this file");
        assertThat(((RowCleaner.Rejection) results.get(3)).reason()).isEqualTo("wrong_field_count");
    }

    @Test
    void anUnterminatedQuoteRejectsItsRecordAndSaysWhatItSwallowed() throws IOException {
        List<Object> results = clean("year,region_code,spd_score\n2023,35.20,41.5\n2023,\"35.21,40\n2023,35.22,39\n2023,35.23,38\n");
        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isEqualTo(List.of("2023", "35.20", "41.5", "null"));
        RowCleaner.Rejection open = (RowCleaner.Rejection) results.get(1);
        assertThat(open.reason()).isEqualTo("bad_format");
        assertThat(open.message()).startsWith("line 3: a double quote (\") opened in this record is never closed")
                .contains("runs to the end of the file (line 5) and took in every line after it");
    }

    private RowCleaner.Header header(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("h.csv"), text, StandardCharsets.UTF_8);
        try (CsvRecords records = CsvRecords.open(file, Fingerprint.of(file))) {
            return RowCleaner.readHeader(CAPACITY, records.next());
        }
    }

    /** Each data record: its values (as text, null shown as "null") or its rejection. */
    private List<Object> clean(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("c.csv"), text, StandardCharsets.UTF_8);
        List<Object> results = new ArrayList<>();
        try (CsvRecords records = CsvRecords.open(file, Fingerprint.of(file))) {
            RowCleaner cleaner = new RowCleaner(CAPACITY, RowCleaner.readHeader(CAPACITY, records.next()), records.delimiterLabel());
            String[] values = new String[CAPACITY.columns().size()];
            for (CsvRecords.Record r; (r = records.next()) != null; ) {
                RowCleaner.Rejection rejection = cleaner.clean(r, values);
                results.add(rejection != null ? rejection : java.util.Arrays.stream(values).map(String::valueOf).toList());
            }
        }
        return results;
    }
}
