package id.inovasi.stats.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import id.inovasi.stats.support.Csv;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dialect of docs/inputs.md loads the same logical rows as a plain UTF-8, comma-delimited,
 * LF file with English headers, ISO dates and codes.
 */
@PipelineTest
class DialectsTest extends PipelineTestSupport {

    private static final String[] HEADER = {"year", "region_code", "opd_code", "opd_name", "innovation_id", "title", "form", "kind",
            "stage", "initiator", "applied_date", "problem_statement", "documentation", "benefit_before", "benefit_after",
            "benefit_direction", "ind_regulasi", "ind_video"};

    /** The logical content: embedded delimiters, quotes and a line break; a non-ASCII letter; empty optional cells. */
    private static Csv plain() {
        return Csv.of(HEADER)
                .row("2023", "35.20", "1.02.01", "Dinas Kesehatan", "INV-1", "Antrean, Online; cepat", "pelayanan_publik", "digital",
                        "penerapan", "opd", "2023-03-01", "Warga \"mengantre\" lama\ndi puskesmas", "a.pdf|b.jpg", "120", "30.5",
                        "lower_is_better", "3", "2")
                .row("2023", "35.20", "1.02.01", "Dinas Kesehatan", "INV-2", "Posyandu Lansia", "tata_kelola", "non_digital",
                        "uji_coba", "dprd", "2022-12-31", "Lansia sulit datang", "", "10", "8", "higher_is_better", "1", "0")
                .row("2023", "35.20", "1.02.01", "Dinas Kesehatan", "INV-3", "Café Sehat", "lainnya", "non_digital",
                        "inisiatif", "", "", "", "", "", "", "", "", "");
    }

    private static final Map<String, String> ALIAS = Map.ofEntries(Map.entry("year", "tahun"), Map.entry("region_code", "kode_pemda"),
            Map.entry("opd_code", "kode_opd"), Map.entry("opd_name", "nama_opd"), Map.entry("innovation_id", "id_inovasi"),
            Map.entry("title", "nama_inovasi"), Map.entry("form", "bentuk"), Map.entry("kind", "jenis"), Map.entry("stage", "tahapan"),
            Map.entry("initiator", "inisiator"), Map.entry("applied_date", "tgl_penerapan"), Map.entry("problem_statement", "latar_belakang"),
            Map.entry("documentation", "dokumentasi"), Map.entry("benefit_before", "nilai_sebelum"), Map.entry("benefit_after", "nilai_sesudah"),
            Map.entry("benefit_direction", "arah_manfaat"), Map.entry("ind_regulasi", "regulasi"), Map.entry("ind_video", "video"));

    private static final Map<String, String> PORTAL_LABEL = Map.ofEntries(Map.entry("pelayanan_publik", "Inovasi pelayanan publik"),
            Map.entry("tata_kelola", "Inovasi tata kelola pemerintahan daerah"), Map.entry("lainnya", "Inovasi daerah lainnya"),
            Map.entry("non_digital", "Non Digital"), Map.entry("uji_coba", "Uji Coba"), Map.entry("penerapan", "PENERAPAN"),
            Map.entry("inisiatif", "Inisiatif"), Map.entry("opd", "Perangkat Daerah"), Map.entry("dprd", "Anggota DPRD"),
            Map.entry("lower_is_better", "turun"), Map.entry("higher_is_better", "Naik"), Map.entry("35.20", "3520"));

    record Variant(String name, Supplier<byte[]> bytes, String charset, String delimiter) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                variant("UTF-8 with byte-order mark", () -> bom(plain().render().getBytes(StandardCharsets.UTF_8)), "UTF-8", "comma"),
                variant("CRLF line endings", () -> plain().render(',', "\r\n").getBytes(StandardCharsets.UTF_8), "UTF-8", "comma"),
                variant("semicolon, decimal comma unquoted", () -> plain().map(h -> h, v -> v.equals("30.5") ? "30,5" : v)
                        .render(';', "\r\n").getBytes(StandardCharsets.UTF_8), "UTF-8", "semicolon"),
                variant("old Mac CR line endings", () -> plain().render(',', "\r").getBytes(StandardCharsets.UTF_8), "UTF-8", "comma"),
                variant("tab", () -> plain().render('\t', "\n").getBytes(StandardCharsets.UTF_8), "UTF-8", "tab"),
                variant("windows-1252", () -> plain().render(';', "\r\n").getBytes(Charset.forName("windows-1252")), "windows-1252", "semicolon"),
                variant("Indonesian headers, odd case and spaces", () -> plain().map(h -> "  " + ALIAS.get(h).toUpperCase() + " ", v -> v)
                        .render().getBytes(StandardCharsets.UTF_8), "UTF-8", "comma"),
                variant("dates dd/MM/yyyy, quoted decimal comma", () -> plain().map(h -> h, v -> dmy(v, "/").replace("30.5", "30,5"))
                        .render().getBytes(StandardCharsets.UTF_8), "UTF-8", "comma"),
                variant("dates dd-MM-yyyy", () -> plain().map(h -> h, v -> dmy(v, "-")).render(';', "\n").getBytes(StandardCharsets.UTF_8),
                        "UTF-8", "semicolon"),
                variant("portal labels, digits-only region code", () -> plain().map(h -> h, v -> PORTAL_LABEL.getOrDefault(v, v))
                        .render().getBytes(StandardCharsets.UTF_8), "UTF-8", "comma"),
                variant("enum spelling: case, spaces, - and _", () -> plain().map(h -> h, v -> v.equals("uji_coba") ? "Uji - Coba"
                        : v.equals("non_digital") ? "NON  DIGITAL" : v.equals("pelayanan_publik") ? "pelayanan-publik" : v)
                        .render().getBytes(StandardCharsets.UTF_8), "UTF-8", "comma"),
                variant("blank lines between records", () -> plain().render().replace("\n2023", "\n\n2023").getBytes(StandardCharsets.UTF_8),
                        "UTF-8", "comma"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void loadsTheSameRowsAsAPlainFile(Variant variant) throws java.io.IOException {
        write("reports/plain.csv", plain().render());
        run();
        List<Map<String, Object>> expected = innovations();
        assertThat(expected).hasSize(3);
        assertThat(expected.get(0).get("problem_statement")).isEqualTo("Warga \"mengantre\" lama\ndi puskesmas");
        assertThat(expected.get(2).get("title")).isEqualTo("Café Sehat");

        cleanInboxAndTables();
        write("reports/variant.csv", variant.bytes().get());
        run();

        List<Map<String, Object>> actual = innovations();
        if (variant.name().startsWith("blank lines")) {
            // the blank lines move the later records down; everything else is the same
            assertThat(actual).extracting(r -> r.get("source_line")).containsExactly(3L, 6L, 8L);
            actual.forEach(r -> r.remove("source_line"));
            expected.forEach(r -> r.remove("source_line"));
        }
        assertThat(actual).isEqualTo(expected);
        Map<String, Object> file = row("SELECT charset, delimiter, lines_read, rows_loaded, rows_rejected, status FROM stats.source_file");
        assertThat(file).containsEntry("charset", variant.charset()).containsEntry("delimiter", variant.delimiter())
                .containsEntry("lines_read", 3L).containsEntry("rows_loaded", 3L).containsEntry("rows_rejected", 0L)
                .containsEntry("status", "loaded");
    }

    @Test
    void unknownColumnsAreIgnoredAndListedAndColumnOrderDoesNotMatter() throws java.io.IOException {
        write("reports/plain.csv", plain().render());
        run();
        List<Map<String, Object>> expected = innovations();
        cleanInboxAndTables();
        write("reports/extra.csv", plain().reshape(
                header -> { java.util.Collections.reverse(header); header.add(0, "Catatan Internal"); return header; },
                row -> { java.util.Collections.reverse(row); row.add(0, "cek ulang"); return row; }).render());
        run();
        assertThat(innovations()).isEqualTo(expected);
        assertThat((String[]) jdbc.sql("SELECT extra_columns FROM stats.source_file").query((rs, n) -> rs.getArray(1).getArray()).single())
                .containsExactly("Catatan Internal");
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsACharacterAndTextAfterAClosingQuoteIsKept() {
        write("reports/quotes.csv", String.join(",", HEADER) + "\n"
                + "2023,35.20,1.02,Dinas Kesehatan,INV-1,Layar 5\" di puskesmas,lainnya,digital,penerapan,,,,,,,,,\n"
                + "2023,35.20,1.02,Dinas Kesehatan,INV-2,\"Antrean\" Online,lainnya,digital,penerapan,,,,,,,,,\n");
        run();
        assertThat(rows("SELECT title FROM stats.innovation ORDER BY innovation_id")).extracting(r -> r.get("title"))
                .containsExactly("Layar 5\" di puskesmas", "Antrean Online");
    }

    @Test
    void nationalAndCapacityFilesAcceptTheirAliasesAndDialects() throws java.io.IOException {
        write("national/plain.csv", "year,region_code,region_name,cluster,score,rank,predicate\n"
                + "2023,35.20,Kabupaten Magetan,kabupaten,43.5,218,inovatif\n"
                + "2023,35.21,Kabupaten Ngawi,kabupaten,61.25,12,sangat_inovatif\n");
        write("capacity/plain.csv", "year,region_code,spd_score\n2023,35.20,38.25\n");
        run();
        List<Map<String, Object>> national = rows("SELECT year, region_code, region_name, cluster, score, official_rank, official_predicate FROM stats.national_result ORDER BY region_code");
        List<Map<String, Object>> capacity = rows("SELECT year, region_code, spd_score FROM stats.region_capacity");
        cleanInboxAndTables();
        write("national/id.csv", ("\uFEFFTahun;Kode Pemda;Nama Pemda;Klaster;Indeks;Peringkat;Predikat\r\n"
                + "2023;3520;Kabupaten Magetan;Kabupaten;43,5;218;Inovatif\r\n"
                + "2023;35.21;Kabupaten Ngawi;KABUPATEN;61,25;12;Sangat Inovatif\r\n"));
        write("capacity/id.csv", "tahun\tkode_pemda\tskor_spd\n2023\t3520\t38,25\n");
        run();
        assertThat(rows("SELECT year, region_code, region_name, cluster, score, official_rank, official_predicate FROM stats.national_result ORDER BY region_code"))
                .isEqualTo(national);
        assertThat(rows("SELECT year, region_code, spd_score FROM stats.region_capacity")).isEqualTo(capacity);
    }

    private List<Map<String, Object>> innovations() {
        return rows("""
                SELECT year, region_code, opd_code, opd_name, innovation_id, title, form, kind, stage, initiator, applied_date,
                       problem_statement, documentation, benefit_before, benefit_after, benefit_direction, ind_regulasi, ind_video,
                       ind_sdm, source_line
                FROM stats.innovation ORDER BY innovation_id""");
    }

    private static Arguments variant(String name, Supplier<byte[]> bytes, String charset, String delimiter) {
        return Arguments.of(new Variant(name, bytes, charset, delimiter));
    }

    private static byte[] bom(byte[] content) {
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        return withBom;
    }

    private static String dmy(String value, String separator) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}")
                ? value.substring(8) + separator + value.substring(5, 7) + separator + value.substring(0, 4) : value;
    }
}
