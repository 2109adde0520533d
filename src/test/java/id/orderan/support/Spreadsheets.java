package id.orderan.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an exported XLSX back: the first sheet as rows of cells, numbers as numbers. */
public final class Spreadsheets {

    private Spreadsheets() {}

    public static List<List<Object>> rows(byte[] xlsx) throws IOException {
        return rows(new ByteArrayInputStream(xlsx));
    }

    /** Text cells as String, numeric cells as Double (dates formatted as the sheet shows them). */
    public static List<List<Object>> rows(InputStream xlsx) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (var workbook = new XSSFWorkbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getNumericCellValue());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
