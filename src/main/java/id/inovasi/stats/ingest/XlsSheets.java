package id.inovasi.stats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The sheets of an {@code .xls} workbook (Excel 97-2003). The format holds at most 65,536 rows a
 * sheet, so the workbook is read whole; cells give what the user sees, as for {@link XlsxSheets}.
 */
final class XlsSheets implements WorkbookSheets {

    private final POIFSFileSystem file;
    private final HSSFWorkbook workbook;
    private final List<Integer> visible = new ArrayList<>();

    XlsSheets(Path path) throws IOException {
        this.file = new POIFSFileSystem(path.toFile(), true);
        try {
            this.workbook = new HSSFWorkbook(file.getRoot(), false);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                visible.add(i);
            }
        }
    }

    @Override
    public List<String> names() {
        return visible.stream().map(workbook::getSheetName).toList();
    }

    @Override
    public SheetRows open(int index) {
        Sheet sheet = workbook.getSheetAt(visible.get(index));
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        return new SheetRows() {
            private int next = sheet.getFirstRowNum();

            @Override
            public WorkbookRow next() {
                while (next <= sheet.getLastRowNum()) {
                    Row row = sheet.getRow(next++);
                    if (row != null) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(value(sheet, merged, row.getRowNum(), c));
                        }
                        return new WorkbookRow(row.getRowNum() + 1, cells);
                    }
                }
                return null;
            }

            @Override
            public void close() {
            }
        };
    }

    /** A cell as its user sees it; a cell in a merged range takes the range's first cell. */
    private static String value(Sheet sheet, List<CellRangeAddress> merged, int row, int column) {
        for (CellRangeAddress range : merged) {
            if (range.isInRange(row, column)) {
                row = range.getFirstRow();
                column = range.getFirstColumn();
                break;
            }
        }
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? WorkbookRow.date(cell.getLocalDateTimeCellValue())
                    : WorkbookRow.decimal(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        file.close();
    }
}
