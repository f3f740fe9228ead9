package id.inovasi.stats.report;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports' sheet XML is the very text Apache POI's own writer makes of the same rows (no Spring, no database). */
class SheetXmlWriterTest {

    /** Every kind of text a cell can hold: entities, control characters, no-break space, non-characters, surrogates, spaces at the ends. */
    private static final String[] TEXTS = {"", "Dinas Kesehatan", "a < b > c & \"d\" 'e'", "baris 1\nbaris 2\r\n\tmasuk", "Rp\u00A010.000",
            "bel\u0007 nul\u0000 esc\u001B", "non\uFFFE\uFFFFchar", "😀 emoji, lone \uD83D and \uDE00", " spasi di depan", "di belakang ",
            "=SUM(A1)", "é ñ — ≈ 漢字", "\u00A0"};

    private static final double[] NUMBERS = {0, -0.0, 1, -1, 2024, 74, 0.5, 45.18, 9_999_999, 10_000_000, -10_000_000, 1e-4, 123456789.25,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY};

    @Test
    void everyKindOfCellIsWrittenAsPoiWritesIt() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(-1)) {
            SXSSFSheet sheet = workbook.createSheet("rows");
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00##"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            int r = 0;
            for (String text : TEXTS) {
                SXSSFRow row = sheet.createRow(r++);
                row.createCell(0).setCellValue(text);
                row.createCell(1).setCellValue(text);
                row.getCell(1).setCellStyle(quoted);
                row.createCell(3);   // blank, after a gap
            }
            for (double number : NUMBERS) {
                SXSSFRow row = sheet.createRow(r++);
                row.createCell(0).setCellValue(number);
                row.createCell(27).setCellValue(number);   // column AB
                row.getCell(27).setCellStyle(decimal);
            }
            SXSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellValue(false);
            row.createCell(2).setCellValue(LocalDate.of(2023, 12, 31));
            row.createCell(3).setCellFormula("A1+1");   // not a kind the exports write: left to POI
            SXSSFRow far = sheet.createRow(1_048_575);
            far.createCell(16_383).setCellValue("the last cell of a sheet");

            StringWriter poi = new StringWriter();
            StringWriter ours = new StringWriter();
            write(new SheetDataWriter(poi), sheet, r);
            write(new SheetXmlWriter(ours), sheet, r);
            assertThat(ours.toString()).contains("<c r=\"AB").contains("XFD1048576").isEqualTo(poi.toString());
        }
    }

    @Test
    void numbersArePrintedAsJavaPrintsDoubles() {
        for (double number : NUMBERS) {
            assertThat(SheetXmlWriter.number(number)).as("%s", number).isEqualTo(Double.toString(number));
        }
        assertThat(SheetXmlWriter.number(2024)).isEqualTo("2024.0");
        assertThat(SheetXmlWriter.number(-0.0)).isEqualTo("-0.0");
    }

    private static void write(SheetDataWriter writer, SXSSFSheet sheet, int rows) throws IOException {
        for (int r = 0; r < rows; r++) {
            writer.writeRow(r, sheet.getRow(r));
        }
        writer.writeRow(1_048_575, sheet.getRow(1_048_575));
        writer.close();
    }
}
