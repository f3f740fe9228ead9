package id.inovasi.stats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The sheets of an {@code .xlsx} workbook, each read as a stream of rows with a pull parser (StAX
 * over the sheet's XML): memory holds one row, the shared strings and the sheet's merged ranges,
 * never the sheet. A cell gives what its user sees: a formula's cached value, a number as the
 * decimal it stands for (15 significant digits, as the spreadsheet computes: {@code 62.5}, never
 * {@code 62.49999999}), a date cell as {@code yyyy-MM-dd}, a cell in a merged range the range's
 * value.
 */
final class XlsxSheets implements WorkbookSheets {

    private final OPCPackage workbook;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final XMLInputFactory xml = XMLHelper.newXMLInputFactory();
    private final List<Sheet> sheets = new ArrayList<>();

    private record Sheet(String name, PackagePart part) {
    }

    XlsxSheets(Path file) throws IOException {
        try {
            this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            this.reader = new XSSFReader(workbook);
            this.strings = reader.getSharedStringsTable();
            this.styles = reader.getStylesTable();
            Set<String> hidden = hiddenSheets();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                it.next().close();
                if (!hidden.contains(it.getSheetName())) {
                    sheets.add(new Sheet(it.getSheetName(), it.getSheetPart()));
                }
            }
        } catch (OpenXML4JException | IOException | RuntimeException | XMLStreamException e) {
            workbook.revert();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> names() {
        return sheets.stream().map(Sheet::name).toList();
    }

    @Override
    public SheetRows open(int index) throws IOException {
        Sheet sheet = sheets.get(index);
        List<int[]> merged = mergedRanges(sheet.part());
        try {
            return new Rows(xml.createXMLStreamReader(sheet.part().getInputStream()), merged);
        } catch (XMLStreamException e) {
            throw new IOException("sheet " + sheet.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        workbook.revert();   // opened read-only: nothing to save
    }

    /** The names of the sheets the workbook hides: not read, as a person does not see them. */
    private Set<String> hiddenSheets() throws IOException, XMLStreamException, OpenXML4JException {
        Set<String> hidden = new HashSet<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader r = xml.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String state = r.getAttributeValue(null, "state");
                    if (state != null && !state.equals("visible")) {
                        hidden.add(r.getAttributeValue(null, "name"));
                    }
                }
            }
        }
        return hidden;
    }

    /** The sheet's merged ranges as {first row, first column, last row, last column}, 1-based: a first pass over its XML. */
    private List<int[]> mergedRanges(PackagePart part) throws IOException {
        List<int[]> ranges = new ArrayList<>();
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader r = xml.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mergeCell")) {
                    String[] ends = r.getAttributeValue(null, "ref").split(":");
                    if (ends.length == 2) {
                        ranges.add(new int[] {rowOf(ends[0]), columnOf(ends[0]), rowOf(ends[1]), columnOf(ends[1])});
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        return ranges;
    }

    /** 1-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column;
    }

    static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return Integer.parseInt(ref.substring(i));
    }

    /** One sheet's rows, pulled one at a time. */
    private final class Rows implements SheetRows {

        private final XMLStreamReader r;
        private final List<int[]> merged;
        private final String[] anchors;
        private int lastRow;

        Rows(XMLStreamReader r, List<int[]> merged) {
            this.r = r;
            this.merged = merged;
            this.anchors = new String[merged.size()];
        }

        @Override
        public WorkbookRow next() throws IOException {
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
                        String number = r.getAttributeValue(null, "r");
                        int row = number == null ? lastRow + 1 : Integer.parseInt(number);
                        lastRow = row;
                        return fillMerged(new WorkbookRow(row, readCells()));
                    }
                    if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheetData")) {
                        return null;
                    }
                }
                return null;
            } catch (XMLStreamException | RuntimeException e) {
                throw new IOException("row after " + lastRow + ": " + e.getMessage(), e);
            }
        }

        /** The cells of the row the reader is on, by 0-based column, up to its end tag. */
        private List<String> readCells() throws XMLStreamException {
            List<String> cells = new ArrayList<>();
            int nextColumn = 1;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                    return cells;
                }
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
                    String ref = r.getAttributeValue(null, "r");
                    int column = ref == null ? nextColumn : columnOf(ref);
                    nextColumn = column + 1;
                    String value = cell(r.getAttributeValue(null, "t"), r.getAttributeValue(null, "s"));
                    while (cells.size() < column - 1) {
                        cells.add("");
                    }
                    cells.add(value);
                }
            }
            return cells;
        }

        /** The value of the cell the reader is on, read up to its end tag. */
        private String cell(String type, String style) throws XMLStreamException {
            StringBuilder v = new StringBuilder();
            StringBuilder inline = new StringBuilder();
            boolean inValue = false;
            boolean inText = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    inValue = r.getLocalName().equals("v");
                    inText = r.getLocalName().equals("t");
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inValue) {
                        v.append(r.getText());
                    } else if (inText) {
                        inline.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("c")) {
                        break;
                    }
                    inValue = false;
                    inText = false;
                }
            }
            String raw = v.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(Double.parseDouble(raw), style);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "inlineStr" -> inline.toString();
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                default -> raw;   // str (a formula's text), e (an error such as #N/A), d (an ISO date)
            };
        }

        /** A number as its user sees it: a date as {@code yyyy-MM-dd}, else the decimal it stands for. */
        private String number(double value, String style) {
            if (style != null && !style.isEmpty()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(value)) {
                    return WorkbookRow.date(DateUtil.getLocalDateTime(value));
                }
            }
            return WorkbookRow.decimal(value);
        }

        /** Cells of a merged range take the range's value (its first cell's). */
        private WorkbookRow fillMerged(WorkbookRow row) {
            for (int m = 0; m < merged.size(); m++) {
                int[] range = merged.get(m);
                if (row.number() < range[0] || row.number() > range[2]) {
                    continue;
                }
                if (row.number() == range[0]) {
                    anchors[m] = row.get(range[1] - 1);
                }
                for (int c = range[1]; c <= range[3]; c++) {
                    if (anchors[m] != null && row.get(c - 1).isEmpty()) {
                        row.set(c - 1, anchors[m]);
                    }
                }
            }
            return row;
        }

        @Override
        public void close() throws IOException {
            try {
                r.close();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
