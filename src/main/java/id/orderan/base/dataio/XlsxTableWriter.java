package id.orderan.base.dataio;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * XLSX through POI's streaming SXSSF: only the last {@value #WINDOW} rows stay in memory, older
 * ones are flushed to a (gzip-compressed) temporary file, so 100,000 orders cost a few megabytes of
 * heap. Shared strings are off (inline strings), which keeps memory flat for unique text such as
 * names and order numbers. Money and quantities are numeric cells with a {@code #,##0} format so
 * the seller can sum them; text cells go through {@link FormulaGuard}. Closing writes the workbook
 * and deletes the temporary file, also when writing failed.
 */
final class XlsxTableWriter implements TableWriter {

    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle numberStyle;
    private final CellStyle dateStyle;
    private int nextRow;
    private int columns;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        numberStyle = workbook.createCellStyle();
        numberStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }

    @Override
    public void header(List<String> titles) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(FormulaGuard.neutralise(titles.get(i)));
            cell.setCellStyle(headerStyle);
        }
        columns = titles.size();
        sheet.createFreezePane(0, 1);
        // column widths from the header only: auto-sizing would need every row in memory
        for (int i = 0; i < titles.size(); i++) {
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, titles.get(i).length() + 4)) * 256);
        }
    }

    @Override
    public void row(List<? extends @Nullable Object> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case Number number -> {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(numberStyle);
                }
                case LocalDateTime dateTime -> {
                    cell.setCellValue(dateTime);
                    cell.setCellStyle(dateStyle);
                }
                default -> cell.setCellValue(FormulaGuard.neutralise(value.toString()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (columns > 0 && sheet instanceof SXSSFSheet streaming) {
                streaming.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0,
                        columns - 1));
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close(); // POI 5: close() also deletes the temporary sheet files
        }
    }
}
