package id.inovasi.stats.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The XML of a streamed sheet's rows, as Apache POI writes it, written in whole runs. POI's own
 * writer escapes a text a code point at a time (a call and an array per character) and formats
 * each cell's reference through a new {@link CellReference}: the largest part of writing a
 * workbook in a profile of a national report (this writer made the exports 0.88 x as long; the
 * rest is the rows, the zip and POI's temporary file). It writes the same characters: the text,
 * number, boolean and blank cells the exports hold are written here (the escaping and numbers
 * exactly as POI's), any other kind of cell by POI. Its temporary file is written through
 * {@link Utf8Writer}.
 */
final class SheetXmlWriter extends SheetDataWriter {

    private String rowNumber = "";
    /** Column letters by index, filled as columns are first met. */
    private String[] columns = new String[32];

    /** Writes to a temporary file, as POI's writer does. */
    SheetXmlWriter() throws IOException {
        super();
    }

    /** Writes to {@code out} (the tests compare its text with POI's). */
    SheetXmlWriter(Writer out) throws IOException {
        super(out);
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        return new Utf8Writer(new FileOutputStream(file), 64 * 1024);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int column, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        switch (cell.getCellType()) {
            case BLANK -> {
                begin(column, cell);
                _out.write('>');
            }
            case STRING -> {
                begin(column, cell);
                String text = cell.getStringCellValue();
                _out.write(spaceAtEnds(text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
                outputEscapedString(text);
                _out.write("</t></is>");
            }
            case NUMERIC -> {
                begin(column, cell);
                _out.write(" t=\"n\"><v>");
                _out.write(number(cell.getNumericCellValue()));
                _out.write("</v>");
            }
            case BOOLEAN -> {
                begin(column, cell);
                _out.write(cell.getBooleanCellValue() ? " t=\"b\"><v>1</v>" : " t=\"b\"><v>0</v>");
            }
            default -> {
                super.writeCell(column, cell);
                return;
            }
        }
        _out.write("</c>");
    }

    /** {@code <c r="B7" s="3"}: the cell's reference and, unless it is the default, its style. */
    private void begin(int column, Cell cell) throws IOException {
        _out.write("<c r=\"");
        _out.write(letters(column));
        _out.write(rowNumber);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write("\" s=\"");
            _out.write(Integer.toString(style));
        }
        _out.write('"');
    }

    private String letters(int column) {
        if (column >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(column + 1, columns.length * 2));
        }
        String known = columns[column];
        return known != null ? known : (columns[column] = CellReference.convertNumToColString(column));
    }

    /** As {@link Double#toString(double)}, whole numbers below ten million without its general path. */
    static String number(double value) {
        long whole = (long) value;
        if (whole == value && Math.abs(whole) < 10_000_000 && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
            return whole + ".0";
        }
        return Double.toString(value);
    }

    private static boolean spaceAtEnds(String text) {
        return text != null && !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /**
     * POI's escaping, a run of plain characters at a time: {@code < > & "} as entities, line feed,
     * carriage return, tab and no-break space as character references, other control characters
     * and U+FFFE, U+FFFF as {@code ?}; everything else (surrogates included) as it is.
     */
    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text == null) {
            return;
        }
        int plainFrom = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > '>' && c != '\u00A0' && c < '\uFFFE') {
                continue;
            }
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
            if (replacement != null) {
                if (i > plainFrom) {
                    _out.write(text, plainFrom, i - plainFrom);
                }
                _out.write(replacement);
                plainFrom = i + 1;
            }
        }
        if (plainFrom < text.length()) {
            _out.write(text, plainFrom, text.length() - plainFrom);
        }
    }
}
