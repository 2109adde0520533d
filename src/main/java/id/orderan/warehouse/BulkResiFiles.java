package id.orderan.warehouse;

import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.dataio.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The files of bulk resi, written with base.dataio's table writers: the template to fill in (the header
 * and one example row), and the refused rows with their reason. Both use the column names the parser
 * recognises, so a refused list can be fixed and uploaded again (its "reason" column is ignored).
 */
public final class BulkResiFiles {

    private BulkResiFiles() {}

    /**
     * @param headers order, kurir, resi, layanan in the user's language (any of the names the parser knows)
     */
    public static void template(ExportFormat format, List<String> headers, OutputStream out) throws IOException {
        try (TableWriter writer = format.open(out, "Resi")) {
            writer.header(headers);
            writer.row(List.of("INV-2611-00001", "JNE", "CGK1234567890", "REG"));
        }
    }

    /**
     * The refused rows as CSV: row, order, kurir, resi, layanan, ongkir (ADMIN and CS only), reason.
     *
     * @param headers the six column titles (seven with money), in the user's language
     * @param reason the translated reason of a row
     */
    public static void refused(List<BulkResiRow> rows, boolean money, List<String> headers,
            Function<BulkResiRow, String> reason, OutputStream out) throws IOException {
        try (TableWriter writer = ExportFormat.CSV.open(out, "Resi")) {
            writer.header(headers);
            for (BulkResiRow row : rows) {
                List<@Nullable Object> cells = new ArrayList<>();
                cells.add(row.row());
                cells.add(row.orderNumber());
                cells.add(row.courierText());
                cells.add(row.resi());
                cells.add(row.service());
                if (money) {
                    cells.add(row.ongkir());
                }
                cells.add(reason.apply(row));
                writer.row(cells);
            }
        }
    }
}
