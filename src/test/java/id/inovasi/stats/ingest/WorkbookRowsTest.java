package id.inovasi.stats.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Workbooks read as one table of records: no Spring, no database; POI writes the workbooks. */
class WorkbookRowsTest {

    private static final InputFormat CAPACITY = TestFormats.CAPACITY;

    @TempDir
    Path folder;

    /**
     * A recap as a Bappeda makes one: a title row above the header, a sheet per source with its
     * columns in another order and Indonesian names, a notes sheet, a hidden sheet, formulas, a
     * date, a merged cell and a blank row.
     */
    private Path recap(String extension) throws IOException {
        try (Workbook workbook = extension.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

            Sheet first = workbook.createSheet("Kabupaten");
            first.createRow(0).createCell(0).setCellValue("Rekap SPD 2023");
            row(first, 2, "year", "region_code", "spd_score", "catatan");
            Row r = row(first, 3, null, "35.20", null, "dicek");
            r.createCell(0).setCellFormula("2000+23");
            r.createCell(2).setCellFormula("125/2");
            Row r2 = row(first, 4, "2023", "35.21", null, "");
            r2.createCell(2).setCellFormula("0.1+0.2");
            // rows 5 (index 5) is blank; row 7 takes the year of the merged range above it
            Row r3 = row(first, 6, "2023", "35.22", null, "");
            r3.createCell(2).setCellValue(38.0);
            Row r4 = row(first, 7, null, "35.23", null, "");
            r4.createCell(2).setCellValue(3.0);
            first.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
            Row dated = row(first, 8, "2023", "35.24", "12", "");
            dated.createCell(3).setCellValue(LocalDate.of(2023, 1, 5));
            dated.getCell(3).setCellStyle(date);

            Sheet notes = workbook.createSheet("Catatan");
            row(notes, 0, "Diisi oleh Bappeda");

            Sheet second = workbook.createSheet("Kota");
            row(second, 0, "skor_spd", "kode_pemda", "tahun");
            row(second, 1, "40", "35.77", "2023");

            Sheet hidden = workbook.createSheet("Lama");
            row(hidden, 0, "year", "region_code", "spd_score");
            row(hidden, 1, "2019", "35.20", "1");
            workbook.setSheetHidden(workbook.getSheetIndex("Lama"), true);

            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();   // the cached values a spreadsheet saves
            Path file = folder.resolve("rekap." + extension);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }

    private static List<String> read(WorkbookRows rows) throws IOException {
        List<String> records = new ArrayList<>();
        for (SourceRecord record; (record = rows.next()) != null; ) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                values.add(record.get(i));
            }
            records.add(record.position() + ": " + String.join("|", values));
        }
        return records;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aRecapReadsAsOneTableOfWhatItsUserSees(String extension) throws IOException {
        try (WorkbookRows rows = WorkbookRows.open(recap(extension), extension.equals("xlsx"), CAPACITY)) {
            assertThat(read(rows)).containsExactly(
                    "sheet Kabupaten, row 3: year|region_code|spd_score|catatan",
                    "sheet Kabupaten, row 4: 2023|35.20|62.5|dicek",
                    "sheet Kabupaten, row 5: 2023|35.21|0.3|",
                    "sheet Kabupaten, row 7: 2023|35.22|38|",
                    "sheet Kabupaten, row 8: 2023|35.23|3|",
                    "sheet Kabupaten, row 9: 2023|35.24|12|2023-01-05",
                    "sheet Kota, row 2: 2023|35.77|40|");
            assertThat(rows.sheets()).containsExactly("Kabupaten", "Kota");
            assertThat(rows.skippedSheets()).containsExactly("Catatan");
        }
    }

    @Test
    void aWorkbookWithoutAHeaderRowNamesWhatItsClosestSheetLacks() throws IOException {
        Path file = folder.resolve("no-header.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            row(workbook.createSheet("Data"), 0, "tahun", "kode_pemda", "nilai");
            workbook.write(out);
        }
        assertThatThrownBy(() -> WorkbookRows.open(file, true, CAPACITY)).isInstanceOfSatisfying(WorkbookRows.NoHeaderSheet.class, e -> {
            assertThat(e.sheet).isEqualTo("Data");
            assertThat(e.closest.missing()).singleElement().asString().startsWith("spd_score");
        });
    }

    @Test
    void numbersAreTheDecimalsTheyStandFor() {
        assertThat(WorkbookRow.decimal(62.49999999999999)).isEqualTo("62.5");
        assertThat(WorkbookRow.decimal(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(WorkbookRow.decimal(38.0)).isEqualTo("38");
        assertThat(WorkbookRow.decimal(-1250.75)).isEqualTo("-1250.75");
        assertThat(WorkbookRow.decimal(1e20)).isEqualTo("100000000000000000000");
        assertThat(WorkbookRow.decimal(-0.0)).isEqualTo("0");
    }
}
