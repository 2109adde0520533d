package id.orderan.base.dataio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWritersTest {

    private static final List<Object> EVIL_ROW = Arrays.asList("=HYPERLINK(\"http://evil\",\"klik\")", 1_250_000L, 3,
            "@SUM(A1:A9)", null, LocalDateTime.of(2026, 11, 30, 14, 5), "Kopi Gayo ×2; \"spesial\"");

    @Test
    void xlsx_keeps_money_and_quantities_numeric_and_formulas_as_plain_text() throws IOException {
        byte[] file = write(ExportFormat.XLSX, 1);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Order");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nama");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\",\"klik\")");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1_250_000d);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(3d);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("'@SUM(A1:A9)");
            assertThat(row.getCell(4)).isNull();
            assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
            assertThat(row.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 30, 14, 5));
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Kopi Gayo ×2; \"spesial\"");
            for (Row each : sheet) {
                for (Cell cell : each) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void xlsx_streams_past_its_row_window_and_leaves_no_temporary_files() throws IOException {
        long before = sxssfTempFiles();
        int rows = XlsxTableWriter.WINDOW * 5 + 7;

        byte[] file = write(ExportFormat.XLSX, rows);

        assertThat(sxssfTempFiles()).isEqualTo(before);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getRow(rows).getCell(1).getNumericCellValue()).isEqualTo(1_250_000d);
        }
    }

    @Test
    void csv_has_a_byte_order_mark_semicolons_and_neutralised_text() throws IOException {
        byte[] file = write(ExportFormat.CSV, 1);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("Nama;Total;Qty;Catatan;Kosong;Tanggal;Produk\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\";1250000;3;'@SUM(A1:A9);;2026-11-30 14:05;"
                + "\"Kopi Gayo ×2; \"\"spesial\"\"\"\r\n");
    }

    @Test
    void what_the_csv_writer_writes_the_import_reader_reads_back() throws IOException {
        byte[] file = write(ExportFormat.CSV, 2);

        List<CsvRecord> records = new CsvImportReader(ImportLimits.DEFAULT).read(file, List.of("Nama", "Produk"));

        assertThat(records).hasSize(2);
        assertThat(records.getFirst().get("produk")).isEqualTo("Kopi Gayo ×2; \"spesial\"");
        assertThat(records.getFirst().get("Total")).isEqualTo("1250000");
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    private static byte[] write(ExportFormat format, int rows) throws IOException {
        var out = new ByteArrayOutputStream();
        try (TableWriter writer = format.open(out, "Order")) {
            writer.header(List.of("Nama", "Total", "Qty", "Catatan", "Kosong", "Tanggal", "Produk"));
            for (int i = 0; i < rows; i++) {
                writer.row(EVIL_ROW);
            }
        }
        return out.toByteArray();
    }

    private static long sxssfTempFiles() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).count();
        }
    }
}
