package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.base.dataio.CsvLineNumbers;
import id.orderan.base.dataio.ImportLimits;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns what people paste from a spreadsheet or a courier's booking tool, or a CSV/XLSX file, into
 * {@link BulkResiLine}s. Values are separated by tabs (a copy from Excel or Google Sheets), semicolons
 * or commas (CSV), guessed from the first line; quotes, a byte-order mark, CRLF and blank lines are
 * fine. A first row that names columns is a header, in Indonesian or English (order/no order/invoice,
 * kurir/courier/ekspedisi, resi/awb/no resi, layanan/service, ongkir/shipping cost), and then the
 * columns may come in any order and unknown ones are ignored (so the downloaded list of refused rows,
 * with its "alasan" column, can be fixed and pasted back). Without a header the columns are by position:
 * order, kurir, resi, layanan, ongkir — or order, resi when a line has only two values.
 *
 * @see <a href="../../../../../../docs/decisions/0175-bulk-resi-rows-and-statuses.md">0175 bulk resi rows</a>
 */
final class BulkResiParser {

    enum Column { ORDER, COURIER, RESI, SERVICE, ONGKIR }

    /** One row of cells and where the user finds it. */
    record Cells(int row, List<String> values) {}

    private static final Map<String, Column> HEADERS = headers();

    private BulkResiParser() {}

    /** Pasted text or a decoded CSV file. */
    static List<BulkResiLine> text(String text, ImportLimits limits) {
        return lines(cells(text, limits), limits);
    }

    static List<Cells> cells(String text, ImportLimits limits) {
        if (text.length() > limits.maxBytes()) {
            throw new BusinessException("error.import.too-large", Math.max(1, limits.maxBytes() / (1024 * 1024)));
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            throw new BusinessException("warehouse.bulk-resi.error.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(content)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        List<Cells> rows = new ArrayList<>();
        var lines = new CsvLineNumbers(content);
        try (CSVParser parser = format.parse(new StringReader(content))) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new BusinessException("error.import.broken-line", parser.getCurrentLineNumber());
                }
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue; // ";;;" lines a spreadsheet leaves behind
                }
                if (rows.size() > limits.maxRows()) { // one more than the cap: the header may be among them
                    throw new BusinessException("error.import.too-many-rows", limits.maxRows());
                }
                rows.add(new Cells((int) lines.lineAt(record.getCharacterPosition()), values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Header or not, then each row's values by column. */
    static List<BulkResiLine> lines(List<Cells> rows, ImportLimits limits) {
        if (rows.isEmpty()) {
            throw new BusinessException("warehouse.bulk-resi.error.empty");
        }
        Map<Column, Integer> header = header(rows.getFirst().values());
        List<Cells> data = header.isEmpty() ? rows : rows.subList(1, rows.size());
        if (data.size() > limits.maxRows()) {
            throw new BusinessException("error.import.too-many-rows", limits.maxRows());
        }
        if (!header.isEmpty() && !(header.containsKey(Column.ORDER) && header.containsKey(Column.RESI))) {
            throw new BusinessException("warehouse.bulk-resi.error.header");
        }
        List<BulkResiLine> lines = new ArrayList<>(data.size());
        for (Cells cells : data) {
            Map<Column, Integer> columns = header.isEmpty() ? byPosition(cells.values().size()) : header;
            lines.add(new BulkResiLine(cells.row(), get(cells, columns, Column.ORDER), get(cells, columns, Column.COURIER),
                    get(cells, columns, Column.RESI), get(cells, columns, Column.SERVICE),
                    get(cells, columns, Column.ONGKIR)));
        }
        return lines;
    }

    /** The columns a header row names; empty when the row is data (no cell names a column). */
    static Map<Column, Integer> header(List<String> values) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < values.size(); i++) {
            Column column = HEADERS.get(key(values.get(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static Map<Column, Integer> byPosition(int width) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        columns.put(Column.ORDER, 0);
        if (width == 2) {
            columns.put(Column.RESI, 1);
            return columns;
        }
        columns.put(Column.COURIER, 1);
        columns.put(Column.RESI, 2);
        columns.put(Column.SERVICE, 3);
        columns.put(Column.ONGKIR, 4);
        return columns;
    }

    private static String get(Cells cells, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.values().size() ? "" : cells.values().get(index).strip();
    }

    /** Tabs when the first line has one (a spreadsheet copy), else more {@code ;} than {@code ,} means semicolons. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\t') {
                return '\t';
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, Column> headers() {
        Map<String, Column> headers = new java.util.HashMap<>();
        for (String name : List.of("order", "orders", "no order", "nomor order", "order no", "order number", "order id",
                "no. order", "pesanan", "no pesanan", "nomor pesanan", "invoice", "no invoice", "nomor invoice",
                "invoice no", "invoice number", "no inv", "inv", "referensi", "reference", "ref")) {
            headers.put(key(name), Column.ORDER);
        }
        for (String name : List.of("kurir", "courier", "ekspedisi", "expedisi", "jasa kirim", "jasa pengiriman",
                "logistik", "logistics", "carrier", "kurir pengiriman", "shipping courier")) {
            headers.put(key(name), Column.COURIER);
        }
        for (String name : List.of("resi", "no resi", "nomor resi", "no. resi", "resi number", "awb", "no awb",
                "nomor awb", "awb no", "awb number", "airway bill", "waybill", "no waybill", "tracking",
                "tracking number", "tracking no", "no tracking", "nomor pelacakan")) {
            headers.put(key(name), Column.RESI);
        }
        for (String name : List.of("layanan", "jenis layanan", "service", "servis", "service type", "tipe layanan",
                "produk layanan")) {
            headers.put(key(name), Column.SERVICE);
        }
        for (String name : List.of("ongkir", "ongkos kirim", "biaya kirim", "biaya pengiriman", "shipping cost",
                "shipping fee", "shipping", "tarif", "ongkir (rp)", "ongkos kirim (rp)")) {
            headers.put(key(name), Column.ONGKIR);
        }
        return Map.copyOf(headers);
    }
}
