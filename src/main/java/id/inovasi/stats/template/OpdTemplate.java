package id.inovasi.stats.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.inovasi.stats.evidence.EvidenceElement;
import id.inovasi.stats.ingest.ColumnGuide;
import id.inovasi.stats.ingest.FileKind;
import id.inovasi.stats.ingest.InputFormats;
import id.inovasi.stats.ingest.ValueShape;
import id.inovasi.stats.method.Indicator;
import id.inovasi.stats.method.MethodProperties;
import id.inovasi.stats.method.MethodProperties.YearMethod;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook an OPD fills in ({@code jobs/template [YEAR]}): one sheet with the reports format's
 * header (the Indonesian names), frozen, a note on every column, drop-down lists of the portal's
 * labels, whole-number, decimal, date and length validations and text cells where Excel would
 * otherwise turn a code into a number; then the year's evidence standard element by element and
 * the 20 indicators with their weights and levels, both from the year's method configuration.
 * Every check and list comes from the reader's own column definitions, so what the template allows
 * is what loads.
 */
public class OpdTemplate {

    static final String REPORT_SHEET = "Laporan inovasi";
    static final String STANDARD_SHEET = "Standar data dukung";
    static final String INDICATOR_SHEET = "Indikator";

    private final InputFormats formats;
    private final MethodProperties method;
    private final TemplateProperties settings;
    private final ColumnNotes notes = new ColumnNotes();

    OpdTemplate(InputFormats formats, MethodProperties method, TemplateProperties settings) {
        this.formats = formats;
        this.method = method;
        this.settings = settings;
    }

    /** Writes the template of {@code year}; returns its path. */
    public Path write(int year) throws IOException {
        Path file = settings.folder().resolve("laporan-inovasi-" + year + ".xlsx");
        Files.createDirectories(settings.folder());
        YearMethod m = method.forYear(year);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            reportSheet(workbook.createSheet(REPORT_SHEET), styles, year, m);
            standardSheet(workbook.createSheet(STANDARD_SHEET), styles, year, m);
            indicatorSheet(workbook.createSheet(INDICATOR_SHEET), styles, m);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private void reportSheet(XSSFSheet sheet, Styles styles, int year, YearMethod m) {
        List<ColumnGuide> columns = formats.guide(FileKind.REPORTS);
        XSSFRow header = sheet.createRow(0);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
        for (int c = 0; c < columns.size(); c++) {
            ColumnGuide column = columns.get(c);
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 4);
            anchor.setRow1(0);
            anchor.setRow2(6);
            var comment = drawing.createCellComment(anchor);
            comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(note(column, year, m)));
            comment.setAuthor("inovasi-stats");
            cell.setCellComment(comment);
            sheet.setColumnWidth(c, width(column) * 256);
            if (column.shape() instanceof ValueShape.DateValue) {
                sheet.setDefaultColumnStyle(c, styles.date);
            } else if (column.shape() instanceof ValueShape.Text || column.shape() instanceof ValueShape.RegionCode) {
                sheet.setDefaultColumnStyle(c, styles.text);
            }
            DataValidationConstraint constraint = constraint(validations, column, year);
            if (constraint != null) {
                DataValidation validation = validations.createValidation(constraint,
                        new CellRangeAddressList(1, settings.rows(), c, c));
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox(column.header(), rule(column, year));
                validation.setEmptyCellAllowed(!column.required());
                if (column.shape() instanceof ValueShape.Choices) {
                    validation.setSuppressDropDownArrow(true);   // XSSF: true shows the arrow
                }
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.getWorkbook().setActiveSheet(0);
    }

    /** The validation of a column's cells, or null for free text too long to be worth a length check. */
    private static DataValidationConstraint constraint(XSSFDataValidationHelper helper, ColumnGuide column, int year) {
        ValueShape shape = column.shape();
        if (shape instanceof ValueShape.Choices choices) {
            return helper.createExplicitListConstraint(choices.labels().toArray(String[]::new));
        }
        if (shape instanceof ValueShape.WholeNumber whole) {
            boolean isYear = column.name().equals("year");
            return helper.createIntegerConstraint(OperatorType.BETWEEN, String.valueOf(isYear ? year : whole.min()),
                    String.valueOf(isYear ? year : whole.max()));
        }
        if (shape instanceof ValueShape.Decimal decimal) {
            return decimal.min() != null
                    ? helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, decimal.min().toPlainString(), null)
                    : helper.createDecimalConstraint(OperatorType.BETWEEN, "-1000000000000", "1000000000000");
        }
        if (shape instanceof ValueShape.DateValue) {
            return helper.createDateConstraint(OperatorType.BETWEEN, "2000-01-01", (year + 1) + "-12-31", "yyyy-MM-dd");
        }
        if (shape instanceof ValueShape.RegionCode) {
            return helper.createTextLengthConstraint(OperatorType.BETWEEN, "2", "5");
        }
        ValueShape.Text text = (ValueShape.Text) shape;
        return text.maxLength() <= 255
                ? helper.createTextLengthConstraint(OperatorType.BETWEEN, "1", String.valueOf(text.maxLength()))
                : null;
    }

    /** The rule a cell must follow, as its note and error box say it. */
    private static String rule(ColumnGuide column, int year) {
        ValueShape shape = column.shape();
        if (shape instanceof ValueShape.Choices choices) {
            return "Pilih salah satu: " + String.join(", ", choices.labels()) + ".";
        }
        if (shape instanceof ValueShape.WholeNumber whole) {
            return column.name().equals("year") ? "Tulis tahun " + year + "."
                    : "Bilangan bulat dari " + whole.min() + " sampai " + whole.max() + ".";
        }
        if (shape instanceof ValueShape.Decimal decimal) {
            return decimal.min() != null ? "Angka, minimal " + decimal.min().toPlainString() + "."
                    : "Angka (desimal dengan koma atau titik, tanpa pemisah ribuan).";
        }
        if (shape instanceof ValueShape.DateValue) {
            return "Tanggal antara 2000-01-01 dan " + (year + 1) + "-12-31.";
        }
        if (shape instanceof ValueShape.RegionCode) {
            return "Kode pemda dengan titik, misalnya 35.20.";
        }
        return "Teks, maksimal " + ((ValueShape.Text) shape).maxLength() + " karakter.";
    }

    private String note(ColumnGuide column, int year, YearMethod m) {
        String what = indicator(column).map(i -> "Indikator " + i.number() + ", " + i.title() + " (bobot " + m.weight(i)
                        + "): tingkat data dukung 0 sampai 3, lihat lembar " + INDICATOR_SHEET + ". Kosong berarti 0.")
                .or(() -> notes.of(column.name()))
                .orElseThrow(() -> new IllegalStateException("template/column-notes.properties has no note for " + column.name()));
        return column.header() + (column.required() ? " (wajib)" : " (boleh kosong)") + "\n" + what + "\n" + rule(column, year);
    }

    private static java.util.Optional<Indicator> indicator(ColumnGuide column) {
        return java.util.Arrays.stream(Indicator.values()).filter(i -> i.column().equals(column.name())).findFirst();
    }

    private static int width(ColumnGuide column) {
        ValueShape shape = column.shape();
        if (shape instanceof ValueShape.Choices choices) {
            return Math.max(14, choices.labels().stream().mapToInt(String::length).max().orElse(10) + 2);
        }
        if (shape instanceof ValueShape.Text text && text.maxLength() > 255) {
            return 40;
        }
        return shape instanceof ValueShape.DateValue ? 13 : Math.max(10, column.header().length() + 3);
    }

    private static void standardSheet(XSSFSheet sheet, Styles styles, int year, YearMethod m) {
        row(sheet, 0, styles.title, "Standar data dukung " + year + ": sebuah inovasi layak diajukan bila semua unsur terpenuhi");
        row(sheet, 1, null, "Sumber: " + m.source().strip());
        row(sheet, 3, styles.header, "unsur", "kode", "kolom", "syarat");
        int r = 4;
        for (EvidenceElement element : EvidenceElement.inOrder()) {
            row(sheet, r++, styles.wrap, element.label(), element.code(), element.columns(), element.rule(m.evidence(), year));
        }
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 90 * 256);
    }

    private static void indicatorSheet(XSSFSheet sheet, Styles styles, YearMethod m) {
        row(sheet, 0, styles.title, "Indikator satuan inovasi: nilai = bobot x tingkat (0 sampai 3)");
        row(sheet, 1, null, "Sumber: " + m.source().strip());
        List<String> general = m.levels().general();
        row(sheet, 3, styles.header, "no.", "kolom", "indikator", "bobot", "nilai maksimal",
                "tingkat 0", "tingkat 1", "tingkat 2", "tingkat 3");
        int r = 4;
        for (Indicator indicator : Indicator.values()) {
            List<String> levels = m.levels().of(indicator).orElse(general.subList(1, 4));
            XSSFRow row = row(sheet, r++, styles.wrap, String.valueOf(indicator.number()), indicator.slug(), indicator.title());
            row.createCell(3).setCellValue(m.weight(indicator));
            row.createCell(4).setCellValue(3 * m.weight(indicator));
            row.createCell(5).setCellValue(general.get(0));
            for (int level = 1; level <= 3; level++) {
                XSSFCell cell = row.createCell(5 + level);
                cell.setCellValue(levels.get(level - 1));
                cell.setCellStyle(styles.wrap);
            }
        }
        int[] widths = {5, 14, 32, 7, 9, 24, 30, 30, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int index, CellStyle style, String... values) {
        XSSFRow row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(values[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    /** The few cell styles of the workbook, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle title;
        final CellStyle wrap;
        final CellStyle text;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            requiredHeader = workbook.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
