package id.orderan.base.dataio;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * CSV as Excel in Indonesia opens it with a double click: UTF-8 with a byte-order mark (without it
 * Excel reads "Kopi Gayo ×2" as cp1252 mojibake), {@code ;} between fields (Indonesian regional
 * settings use {@code ,} as the decimal separator and {@code ;} as the list separator, so a comma
 * file lands in one column), CRLF line ends, quotes only where needed. Numbers are plain digits
 * without thousands separators; dates are {@code yyyy-MM-dd HH:mm}, which sorts as text and which
 * Excel recognises in every locale. The import reader accepts both {@code ;} and {@code ,}.
 */
final class CsvTableWriter implements TableWriter {

    static final char DELIMITER = ';';
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer writer;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(DELIMITER).get());
    }

    @Override
    public void header(List<String> titles) throws IOException {
        row(titles);
    }

    @Override
    public void row(List<? extends @Nullable Object> cells) throws IOException {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(text(cell));
        }
        printer.printRecord(values);
    }

    private static String text(@Nullable Object cell) {
        return switch (cell) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString();
            case Number number -> number.toString();
            case LocalDateTime dateTime -> DATE_TIME.format(dateTime);
            default -> FormulaGuard.neutralise(cell.toString());
        };
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
