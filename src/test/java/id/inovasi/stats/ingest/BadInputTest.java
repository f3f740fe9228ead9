package id.inovasi.stats.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every kind of bad row and bad file of docs/inputs.md ("What bad input gets"): rejected with file,
 * line, column, reason and a message that says what to fix, while everything else loads and
 * lines read = rows loaded + rows rejected.
 */
@PipelineTest
class BadInputTest extends PipelineTestSupport {

    private static final String HEADER = "year,region_code,opd_code,opd_name,innovation_id,title,form,kind,stage,applied_date,asn_implementers,benefit_before,ind_video\n";

    @Test
    void valuesTheDatabaseWouldRefuseAreRejectedRowsAndTheRunCompletes() {
        write("reports/2023/dinkes.csv", HEADER
                + "2023,35.20,1.02,Dinas Kesehatan,INV-1,Antrean Online,pelayanan_publik,digital,penerapan,01/01/0000,3,10,1\n"
                + "2023,35.20,1.02,Dinas Kesehatan,INV-2,Posyandu,pelayanan_publik,digital,penerapan,2023-01-05,3," + "9".repeat(140_000) + ",1\n"
                + "2023,35.20,1.02,Dinas Kesehatan,INV-3,Kelas Ibu Hamil,lainnya,digital,inisiatif,2023-01-05,3,10,1\n");
        write("reports/2023/dikbud.csv", HEADER + "2023,35.20,1.01,Dinas Pendidikan,INV-20,Sekolah Ramah Anak,pelayanan_publik,digital,penerapan,,,,\n");

        org.springframework.batch.core.job.JobExecution execution = run();

        assertThat(execution.getStatus()).isEqualTo(org.springframework.batch.core.BatchStatus.COMPLETED);
        assertThat(rows("SELECT innovation_id FROM stats.innovation ORDER BY innovation_id")).extracting(r -> r.get("innovation_id"))
                .containsExactly("INV-20", "INV-3");
        assertThat(rows("SELECT line_no, column_name, reason FROM stats.rejected_row ORDER BY line_no"))
                .extracting(r -> r.get("line_no"), r -> r.get("column_name"), r -> r.get("reason"))
                .containsExactly(tuple(2L, "applied_date", "bad_date"), tuple(3L, "benefit_before", "out_of_range"));
        assertThat(count("SELECT count(*) FROM stats.source_file WHERE lines_read = rows_loaded + rows_rejected")).isEqualTo(2);
    }

    @Test
    void badRowsAreRejectedOneByOneAndTheRestOfTheFileLoads() {
        String file = HEADER
                + "2023,35.20,1.02,Dinas Kesehatan,INV-1,Antrean Online,pelayanan_publik,digital,penerapan,2023-01-05,3,10,1\n"   // 2 good
                + "2023,35.20,1.02,Dinas Kesehatan,INV-5,,pelayanan_publik,digital,penerapan,,,,\n"                              // 3 missing title
                + "20x3,35.20,1.02,Dinas Kesehatan,INV-6,Judul,pelayanan_publik,digital,penerapan,,,,\n"                          // 4 bad year
                + "2023,35.20,1.02,Dinas Kesehatan,INV-7,Judul,pelayanan_publik,digital,penerapan,,-1,,4\n"                       // 5 asn < 0, level 4
                + "2023,35.20,1.02,Dinas Kesehatan,INV-8,Judul,pelayanan_publik,digital,penerapan,2023-13-01,,,\n"                // 6 bad date
                + "2023,35.20,1.02,Dinas Kesehatan,INV-9,Judul,pelayanan_publik,digital,implementasi,,,,\n"                       // 7 unknown stage
                + "2023,Magetan,1.02,Dinas Kesehatan,INV-10,Judul,pelayanan_publik,digital,penerapan,,,,\n"                       // 8 bad region code
                + "2031,35.20,1.02,Dinas Kesehatan,INV-11,Judul,pelayanan_publik,digital,penerapan,,,,\n"                         // 9 year out of range
                + "2023,35.20,1.02,Dinas Kesehatan,INV-2,\"Posyandu\nLansia\",tata_kelola,non_digital,uji_coba,,,,\n"              // 10-11 good
                + "2023,35.20,1.02,Dinas Kesehatan,INV-1,Antrean Online lagi,pelayanan_publik,digital,penerapan,,,,\n"             // 12 duplicate key
                + "2023,35.20,1.02,Dinas Kesehatan,INV-12,Judul,pelayanan_publik,digital,penerapan,,,10,5,0\n"                    // 13 unquoted decimal comma
                + "\n"                                                                                                              // 14 blank: skipped
                + "2023,35.20,1.02,Dinas Kesehatan,INV-13,Judul,pelayanan_publik,digital,penerapan,,,\"1.250,5\",\n"              // 15 thousands separator
                + "2023,35.20,1.02,Dinas Kesehatan,INV-3,Kelas Ibu Hamil,lainnya,digital,inisiatif,,,,\n";                        // 16 good
        write("reports/2023/dinkes.csv", file);
        write("reports/2023/dikbud.csv", HEADER + "2023,35.20,1.01,Dinas Pendidikan,INV-20,Sekolah Ramah Anak,pelayanan_publik,digital,penerapan,,,,\n");

        run();

        assertThat(rows("SELECT innovation_id, source_line FROM stats.innovation ORDER BY innovation_id"))
                .extracting(r -> r.get("innovation_id"), r -> r.get("source_line"))
                .containsExactly(tuple("INV-1", 2L), tuple("INV-2", 10L), tuple("INV-20", 2L), tuple("INV-3", 16L));
        List<Map<String, Object>> rejected = rows("""
                SELECT r.line_no, r.column_name, r.reason, r.message, r.raw_line, f.path
                FROM stats.rejected_row r JOIN stats.source_file f USING (file_id) ORDER BY r.line_no""");
        assertThat(rejected).extracting(r -> r.get("line_no"), r -> r.get("column_name"), r -> r.get("reason")).containsExactly(
                tuple(3L, "title", "missing_value"),
                tuple(4L, "year", "bad_number"),
                tuple(5L, "asn_implementers", "out_of_range"),
                tuple(6L, "applied_date", "bad_date"),
                tuple(7L, "stage", "unknown_value"),
                tuple(8L, "region_code", "bad_format"),
                tuple(9L, "year", "out_of_range"),
                tuple(12L, null, "duplicate_key"),
                tuple(13L, null, "wrong_field_count"),
                tuple(15L, "benefit_before", "bad_number"));
        assertThat(rejected).allSatisfy(r -> assertThat(r.get("path")).isEqualTo("reports/2023/dinkes.csv"));
        Map<Long, String> messages = new java.util.HashMap<>();
        rejected.forEach(r -> messages.put((Long) r.get("line_no"), (String) r.get("message")));
        assertThat(messages.get(7L)).isEqualTo("line 7, column stage: \"implementasi\" is not one of inisiatif, uji_coba, penerapan");
        assertThat(messages.get(3L)).isEqualTo("line 3, column title: a value is required (header title)");
        assertThat(messages.get(5L)).contains("line 5, column asn_implementers: \"-1\" is not from 0 to")
                .contains("line 5, column ind_video: \"4\" is not from 0 to 3");
        assertThat(messages.get(9L)).contains("\"2031\" is not a year from 2015 to");
        assertThat(messages.get(12L)).contains("innovation_id INV-1 appears earlier in this file");
        assertThat(messages.get(13L)).contains("14 values but the header has 13 columns").contains("must be in double quotes");
        assertThat(rejected.get(4).get("raw_line"))
                .isEqualTo("2023,35.20,1.02,Dinas Kesehatan,INV-9,Judul,pelayanan_publik,digital,implementasi,,,,");

        Map<String, Object> dinkes = row("SELECT lines_read, rows_loaded, rows_rejected, status FROM stats.source_file WHERE path = 'reports/2023/dinkes.csv'");
        assertThat(dinkes).containsEntry("lines_read", 13L).containsEntry("rows_loaded", 3L).containsEntry("rows_rejected", 10L)
                .containsEntry("status", "loaded");
        Map<String, Object> run = row("SELECT rows_read, rows_loaded, rows_rejected, files_loaded FROM stats.pipeline_run");
        assertThat(run).containsEntry("rows_read", 14L).containsEntry("rows_loaded", 4L).containsEntry("rows_rejected", 10L)
                .containsEntry("files_loaded", 2);
    }

    @Test
    void aKeyHeldByAnotherOpdIsRejectedNamingThatFileUnlessTheNewFileAlsoReplacesThatOpd() {
        write("reports/a-dinkes.csv", HEADER + "2023,35.20,1.02,Dinas Kesehatan,INV-9,Antrean Online,pelayanan_publik,digital,penerapan,,,,\n");
        run();
        write("reports/b-dikbud.csv", HEADER + "2023,35.20,1.01,Dinas Pendidikan,INV-9,Rapor Digital,pelayanan_publik,digital,penerapan,,,,\n"
                + "2023,35.20,1.01,Dinas Pendidikan,INV-10,Sekolah Ramah Anak,pelayanan_publik,digital,penerapan,,,,\n");
        run();
        assertThat(rows("SELECT innovation_id, opd_code FROM stats.innovation ORDER BY innovation_id"))
                .extracting(r -> r.get("innovation_id"), r -> r.get("opd_code"))
                .containsExactly(tuple("INV-10", "1.01"), tuple("INV-9", "1.02"));
        Map<String, Object> rejected = row("SELECT line_no, column_name, reason, message FROM stats.rejected_row");
        assertThat(rejected).containsEntry("line_no", 2L).containsEntry("reason", "key_owned_by_other_opd");
        assertThat(rejected.get("column_name")).isNull();
        assertThat((String) rejected.get("message")).contains("INV-9").contains("OPD 1.02").contains("reports/a-dinkes.csv");

        // a combined file that reports both OPDs moves the innovation from one to the other
        write("reports/c-both.csv", HEADER + "2023,35.20,1.01,Dinas Pendidikan,INV-9,Rapor Digital,pelayanan_publik,digital,penerapan,,,,\n"
                + "2023,35.20,1.02,Dinas Kesehatan,INV-11,Kelas Ibu Hamil,pelayanan_publik,digital,penerapan,,,,\n");
        run();
        assertThat(rows("SELECT innovation_id, opd_code FROM stats.innovation ORDER BY innovation_id"))
                .extracting(r -> r.get("innovation_id"), r -> r.get("opd_code"))
                .containsExactly(tuple("INV-11", "1.02"), tuple("INV-9", "1.01"));
        assertThat(rows("SELECT path, status FROM stats.source_file ORDER BY path"))
                .extracting(r -> r.get("path"), r -> r.get("status"))
                .containsExactly(tuple("reports/a-dinkes.csv", "superseded"), tuple("reports/b-dikbud.csv", "superseded"),
                        tuple("reports/c-both.csv", "loaded"));
    }

    @Test
    void badFilesLoadNothingAndAreRecordedWithTheirReasonWhileTheOtherFilesLoad() throws Exception {
        write("reports/a-empty.csv", new byte[0]);
        write("reports/b-blank.csv", "\n  \r\n\n");
        write("reports/c-spreadsheet.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33});
        write("reports/d-undecodable.csv", new byte[] {'y', 'e', 'a', 'r', (byte) 0xC3, (byte) 0x28, (byte) 0x81, '\n'});
        write("reports/e-missing.csv", "year,region_code,opd_code,opd_name,innovation_id,title,form\n2023,35.20,1.02,Dinkes,INV-1,Judul,lainnya\n");
        Path outside = Files.createTempFile("outside-inbox", ".csv");
        Files.writeString(outside, HEADER + "2023,35.20,1.02,Dinas Kesehatan,INV-66,Dari luar,pelayanan_publik,digital,penerapan,,,,\n");
        Files.createDirectories(inbox.resolve("reports"));
        Files.createSymbolicLink(inbox.resolve("reports/f-link.csv"), outside);
        write("reports/g-good.csv", HEADER + "2023,35.20,1.02,Dinas Kesehatan,INV-1,Antrean Online,pelayanan_publik,digital,penerapan,,,,\n");
        write("reports/h-notes.txt", "not a csv: ignored");

        run();

        List<Map<String, Object>> files = rows("SELECT path, status, reason, message, sha256, lines_read, rows_loaded, rows_rejected FROM stats.source_file ORDER BY path");
        assertThat(files).extracting(r -> r.get("path"), r -> r.get("status"), r -> r.get("reason")).containsExactly(
                tuple("reports/a-empty.csv", "rejected", "empty"),
                tuple("reports/b-blank.csv", "rejected", "empty"),
                tuple("reports/c-spreadsheet.csv", "rejected", "not_text"),
                tuple("reports/d-undecodable.csv", "rejected", "not_text"),
                tuple("reports/e-missing.csv", "rejected", "missing_column"),
                tuple("reports/f-link.csv", "rejected", "outside_inbox"),
                tuple("reports/g-good.csv", "loaded", null));
        assertThat((String) files.get(2).get("message")).contains("NUL bytes");
        assertThat((String) files.get(3).get("message")).contains("neither valid UTF-8 nor windows-1252");
        assertThat((String) files.get(4).get("message")).contains("kind (jenis)").contains("stage (tahapan)").doesNotContain("title");
        assertThat((String) files.get(5).get("message")).contains("outside the inbox").contains("not read");
        assertThat(files.get(5).get("sha256")).isNull();
        assertThat(files).allSatisfy(f -> assertThat((Long) f.get("lines_read"))
                .isEqualTo((Long) f.get("rows_loaded") + (Long) f.get("rows_rejected")));
        assertThat(count("SELECT count(*) FROM stats.innovation")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM stats.innovation WHERE innovation_id = 'INV-66'")).isZero();
        assertThat(row("SELECT files_seen, files_loaded, files_rejected FROM stats.pipeline_run"))
                .containsEntry("files_seen", 7).containsEntry("files_loaded", 1).containsEntry("files_rejected", 6);

        // nothing changed: seen again, recorded once
        run();
        assertThat(count("SELECT count(*) FROM stats.source_file")).isEqualTo(7);
        Files.delete(outside);
    }

    @Test
    void aCapacityScoreAboveTheYearsMaximumIsOutOfRange() {
        write("capacity/spd.csv", "year;region_code;spd_score\n2023;35.20;63\n2023;35.21;63,5\n");
        run();
        assertThat(count("SELECT count(*) FROM stats.region_capacity")).isEqualTo(1);
        assertThat(row("SELECT column_name, reason, message FROM stats.rejected_row"))
                .containsEntry("column_name", "spd_score").containsEntry("reason", "out_of_range")
                .containsEntry("message", "line 3, column spd_score: \"63,5\" is not from 0 to 63 (the year's SPD maximum, inovasi.method spd-maximum)");
    }
}
