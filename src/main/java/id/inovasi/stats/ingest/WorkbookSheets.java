package id.inovasi.stats.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** The visible sheets of a workbook, whatever its format ({@code .xlsx}: {@link XlsxSheets}, {@code .xls}: {@link XlsSheets}). */
interface WorkbookSheets extends Closeable {

    /** The visible sheets' names, in the workbook's order. */
    List<String> names();

    /** The rows of one sheet, by its place in {@link #names()}. */
    SheetRows open(int index) throws IOException;

    /** One sheet's rows, in order, blank ones included (the caller skips them). */
    interface SheetRows extends Closeable {

        /** The next row, or {@code null} after the last. */
        WorkbookRow next() throws IOException;
    }
}
