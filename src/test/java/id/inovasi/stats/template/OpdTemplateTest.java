package id.inovasi.stats.template;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import id.inovasi.stats.ingest.InputFormats;
import id.inovasi.stats.method.MethodProperties;
import id.inovasi.stats.method.MethodProperties.Evidence;
import id.inovasi.stats.method.MethodProperties.YearMethod;
import id.inovasi.stats.support.PipelineTest;
import id.inovasi.stats.support.PipelineTestSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OPD template of jobs/template: what it offers (header, notes, drop-downs, validations, the
 * year's evidence standard and indicators) and that a template filled in, by POI as a program would
 * and then saved again by LibreOffice as a person would, loads through the real job without a
 * single reject.
 */
@PipelineTest
class OpdTemplateTest extends PipelineTestSupport {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Autowired
    InputFormats formats;
    @Autowired
    MethodProperties method;

    private final Path folder = Path.of("target/test-templates");

    private Path template(int year) throws Exception {
        return new OpdTemplate(formats, method, new TemplateProperties(folder, 2000)).write(year);
    }

    @Test
    void theTemplateOffersTheReportColumnsWithTheirListsChecksAndNotes() throws Exception {
        Path file = template(2023);
        assertThat(file).hasFileName("laporan-inovasi-2023.xlsx");
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet(OpdTemplate.REPORT_SHEET);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).startsWith("tahun", "kode_pemda", "id_inovasi", "kode_opd", "nama_opd", "nama_inovasi", "bentuk",
                    "jenis", "tahapan").contains("tgl_penerapan", "jumlah_asn", "arah_manfaat", "regulasi", "video").hasSize(41);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            for (Cell header : sheet.getRow(0)) {
                assertThat(header.getCellComment()).as("note on %s", header.getStringCellValue()).isNotNull();
            }
            assertThat(sheet.getRow(0).getCell(headers.indexOf("latar_belakang")).getCellComment().getString().getString())
                    .contains("Latar belakang masalah").contains("boleh kosong");
            assertThat(sheet.getRow(0).getCell(headers.indexOf("regulasi")).getCellComment().getString().getString())
                    .contains("Indikator 16, Regulasi inovasi daerah (bobot 3)");

            Map<String, DataValidation> byHeader = validationsByHeader(sheet, headers);
            assertThat(list(byHeader.get("jenis"))).containsExactly("Digital", "Non Digital");
            assertThat(list(byHeader.get("bentuk"))).containsExactly("Inovasi tata kelola pemerintahan daerah",
                    "Inovasi pelayanan publik", "Inovasi daerah lainnya");
            assertThat(list(byHeader.get("tahapan"))).containsExactly("Inisiatif", "Uji Coba", "Penerapan");
            assertThat(list(byHeader.get("arah_manfaat"))).containsExactly("turun", "naik");
            assertThat(byHeader.get("tahun").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(byHeader.get("tahun").getValidationConstraint().getFormula1()).isEqualTo("2023");
            assertThat(byHeader.get("regulasi").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(byHeader.get("regulasi").getValidationConstraint().getFormula2()).isEqualTo("3");
            assertThat(byHeader.get("jumlah_asn").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(byHeader.get("tgl_penerapan").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
            assertThat(byHeader.get("nilai_sebelum").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(byHeader.get("kode_opd").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
            assertThat(byHeader.get("tahun").getRegions().getCellRangeAddress(0)).isEqualTo(new CellRangeAddress(1, 2000, 0, 0));
            assertThat(byHeader.get("jenis").getShowErrorBox()).isTrue();
            // codes stay text: Excel would turn 35.20 into the number 35.2
            assertThat(sheet.getColumnStyle(headers.indexOf("kode_pemda")).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getColumnStyle(headers.indexOf("tgl_penerapan")).getDataFormatString()).isEqualTo("yyyy-mm-dd");

            Sheet standard = workbook.getSheet(OpdTemplate.STANDARD_SHEET);
            String standardText = text(standard);
            assertThat(standardText).contains("Standar data dukung 2023", "Surat Mendagri 400.10.11/2704/SJ",
                    "latar belakang masalah", "minimal 10 kata", "diterapkan antara 1 Januari 2021 dan 31 Desember 2023",
                    "SK, Keputusan, Peraturan", "beserta nomornya", "minimal 1 orang", "tahapan penerapan");
            Sheet indicators = workbook.getSheet(OpdTemplate.INDICATOR_SHEET);
            double maximum = 0;
            for (int r = 4; r < 24; r++) {
                maximum += indicators.getRow(r).getCell(4).getNumericCellValue();
            }
            assertThat(maximum).isEqualTo(111.0);    // the published maximum maturity score
            assertThat(indicators.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Regulasi inovasi daerah");
            assertThat(indicators.getRow(4).getCell(5).getStringCellValue()).contains("tidak ada data dukung");
        }
    }

    @Test
    void nextYearsTemplateFollowsNextYearsConfiguration() throws Exception {
        Evidence stricter = new Evidence(15, 2, null, null, 3, null, 1);
        YearMethod letter2026 = new YearMethod("iid-2026.test", "Surat uji 2026", null, stricter,
                Map.of("video", 5), null, null, new MethodProperties.Levels(null, Map.of("regulasi",
                        List.of("SK kepala perangkat daerah", "SK kepala daerah", "peraturan kepala daerah"))));
        MethodProperties next = new MethodProperties(method.defaults(), Map.of(2026, letter2026));
        Path file = new OpdTemplate(formats, next, new TemplateProperties(folder, 100)).write(2026);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(text(workbook.getSheet(OpdTemplate.STANDARD_SHEET))).contains("Surat uji 2026", "minimal 15 kata",
                    "minimal 2 rujukan", "minimal 3 orang", "diterapkan antara 1 Januari 2025 dan 31 Desember 2026");
            Sheet indicators = workbook.getSheet(OpdTemplate.INDICATOR_SHEET);
            assertThat(indicators.getRow(4).getCell(6).getStringCellValue()).isEqualTo("SK kepala perangkat daerah");
            assertThat(indicators.getRow(23).getCell(3).getNumericCellValue()).isEqualTo(5.0);   // video's weight in 2026
        }
    }

    private static final String LOADED = """
            SELECT year, region_code, innovation_id, form, kind, stage, applied_date::text, benefit_before::text,
                   benefit_after::text, benefit_direction, asn_implementers, ind_regulasi, ind_video
            FROM stats.innovation ORDER BY innovation_id""";

    @Test
    void aTemplateFilledInLoadsWithoutAReject() throws Exception {
        Path filled = filledTemplate();
        write("reports/2023/" + filled.getFileName(), Files.readAllBytes(filled));
        run();
        assertThat(rows("SELECT * FROM stats.rejected_row")).isEmpty();
        assertThat(row("SELECT status, rows_loaded, rows_rejected FROM stats.source_file"))
                .containsEntry("status", "loaded").containsEntry("rows_loaded", 3L).containsEntry("rows_rejected", 0L);
        List<Map<String, Object>> loaded = rows(LOADED);
        assertThat(loaded.get(0)).containsEntry("region_code", "35.20").containsEntry("form", "pelayanan_publik")
                .containsEntry("kind", "digital").containsEntry("stage", "penerapan").containsEntry("applied_date", "2022-03-01")
                .containsEntry("benefit_before", "62.5").containsEntry("benefit_direction", "lower_is_better")
                .containsEntry("ind_regulasi", 3).containsEntry("ind_video", 2);
        assertThat(loaded.get(1)).containsEntry("kind", "non_digital").containsEntry("stage", "uji_coba");
        assertThat(loaded.get(2)).containsEntry("applied_date", null).containsEntry("benefit_before", "0.1");
    }

    @Test
    void aTemplateFilledInAndSavedByLibreOfficeKeepsItsListsAndChecksAndLoadsTheSameRows() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
        }
        assertThat(SOFFICE).as(".ci/run installs LibreOffice (libreoffice-calc-nogui)").isExecutable();
        Path filled = filledTemplate();
        write("reports/2023/" + filled.getFileName(), Files.readAllBytes(filled));
        run();
        List<Map<String, Object>> loaded = rows(LOADED);
        assertThat(loaded).hasSize(3);

        Path resaved = folder.resolve("resaved");
        Files.createDirectories(resaved);
        Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=file://" + folder.toAbsolutePath().resolve("lo-profile"),
                "--headless", "--convert-to", "xlsx", "--outdir", resaved.toString(), filled.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path libreOfficeFile = resaved.resolve(filled.getFileName());
        assertThat(libreOfficeFile).as(Files.readString(folder.resolve("soffice.log"))).exists();
        assertThat(Files.mismatch(libreOfficeFile, filled)).isNotEqualTo(-1L);   // another producer's bytes
        try (Workbook workbook = WorkbookFactory.create(libreOfficeFile.toFile())) {
            Sheet sheet = workbook.getSheet(OpdTemplate.REPORT_SHEET);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            Map<String, DataValidation> byHeader = validationsByHeader(sheet, headers);
            assertThat(list(byHeader.get("jenis"))).containsExactly("Digital", "Non Digital");
            assertThat(byHeader.get("regulasi").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(byHeader.get("tgl_penerapan").getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
        }
        cleanInboxAndTables();
        write("reports/2023/" + filled.getFileName(), Files.readAllBytes(libreOfficeFile));
        run();
        assertThat(rows("SELECT * FROM stats.rejected_row")).isEmpty();
        assertThat(rows(LOADED)).isEqualTo(loaded);
    }

    /** The 2023 template with three innovations of Dinas Kesehatan typed in. */
    private Path filledTemplate() throws Exception {
        Path filled = folder.resolve("filled/laporan-dinas-kesehatan-2023.xlsx");
        Files.createDirectories(filled.getParent());
        try (InputStream in = Files.newInputStream(template(2023)); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(OpdTemplate.REPORT_SHEET);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            fill(sheet, headers, 1, "KES-01", "Inovasi pelayanan publik", "Digital", "Penerapan", LocalDate.of(2022, 3, 1), 62.5, 41.0, "turun");
            fill(sheet, headers, 2, "KES-02", "Inovasi tata kelola pemerintahan daerah", "Non Digital", "Uji Coba", LocalDate.of(2023, 7, 15), 10, 12, "naik");
            fill(sheet, headers, 3, "KES-03", "Inovasi daerah lainnya", "Non Digital", "Inisiatif", null, 0.1, 0.3, "naik");
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        return filled;
    }

    /** One innovation of Dinas Kesehatan, typed as a person would: labels from the lists, numbers, a date cell. */
    private static void fill(Sheet sheet, List<String> headers, int r, String id, String form, String kind, String stage,
                             LocalDate applied, double before, double after, String direction) {
        Row row = sheet.createRow(r);
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("tahun", 2023.0);
        values.put("kode_pemda", "35.20");
        values.put("id_inovasi", id);
        values.put("kode_opd", "DINKES");
        values.put("nama_opd", "Dinas Kesehatan");
        values.put("nama_inovasi", "Inovasi " + id);
        values.put("bentuk", form);
        values.put("jenis", kind);
        values.put("tahapan", stage);
        values.put("inisiator", "Perangkat Daerah");
        values.put("tgl_penerapan", applied);
        values.put("latar_belakang", "Antrean pasien puskesmas terlalu panjang sehingga banyak warga pulang tanpa dilayani");
        values.put("dokumentasi", "https://magetan.go.id/inovasi/" + id + ".pdf");
        values.put("dasar_hukum", "SK Kepala Dinas Kesehatan No. 440/12/2023");
        values.put("jumlah_asn", 4.0);
        values.put("indikator_manfaat", "waktu tunggu (menit)");
        values.put("nilai_sebelum", before);
        values.put("nilai_sesudah", after);
        values.put("arah_manfaat", direction);
        values.put("regulasi", 3.0);
        values.put("video", 2.0);
        values.forEach((header, value) -> {
            int c = headers.indexOf(header);
            assertThat(c).as(header).isNotNegative();
            Cell cell = row.createCell(c);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(sheet.getColumnStyle(c));
            } else if (value instanceof Double number) {
                cell.setCellValue(number);
            } else if (value != null) {
                cell.setCellValue((String) value);
                cell.setCellStyle(sheet.getColumnStyle(c));
            }
        });
    }

    private static Map<String, DataValidation> validationsByHeader(Sheet sheet, List<String> headers) {
        Map<String, DataValidation> byHeader = new java.util.HashMap<>();
        for (DataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    byHeader.put(headers.get(c), validation);
                }
            }
        }
        return byHeader;
    }

    private static List<String> list(DataValidation validation) {
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        String[] values = validation.getValidationConstraint().getExplicitListValues();
        return values != null ? Arrays.asList(values)
                : Arrays.stream(validation.getValidationConstraint().getFormula1().replace("\"", "").split(",")).toList();
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
        return text.toString();
    }
}
