package id.orderan.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Loads a realistic shop into MariaDB, server-side (INSERT … SELECT over the Sequence engine), so a
 * million orders take minutes, not hours: ~50k customers, ~2k products with a popularity skew, 1–4
 * lines per order, most orders Sukses, a few thousand in each working status among the newest, a
 * resi on every shipped order. Deterministic: the same N gives the same data everywhere.
 */
final class BenchmarkData {

    static final int CUSTOMERS = 50_000;
    static final int PRODUCTS = 2_000;
    private static final int CHUNK = 100_000;
    /** The newest orders are still being worked on; everything older is finished. */
    private static final int ACTIVE = 20_000;
    private static final int DAYS = 730;
    private static final List<String> DEFERRED_TABLES = List.of("sales_order", "order_line", "shipment",
            "order_status_change");

    private BenchmarkData() {}

    static void generate(DataSource dataSource, int orders) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            for (String table : new String[] {"follow_up", "shipment", "payment_confirmation", "payment",
                "order_status_change", "order_line", "order_buyer_count", "sales_order", "order_number_counter", "stock_movement", "product",
                "customer_word", "customer"}) {
                s.execute("TRUNCATE TABLE " + table);
            }
            s.execute(products());
            // every product's history starts with its opening stock, as the Produk screen would record it
            s.execute("INSERT INTO stock_movement (product_id, quantity, stock_after, reason, note, created_by, created_at)"
                    + " SELECT id, stock, stock, 'STOK_MASUK', 'Stok awal', 'bench', created_at FROM product");
            s.execute(customers());
            // the orders' tables get their secondary indexes back in one sorted build each after the load: at ten
            // million orders, keeping ~25 indexes (one FULLTEXT) up to date row by row made the load hours long
            var deferred = DeferredIndexes.drop(c, DEFERRED_TABLES, DeferredIndexes.besideDataDir());
            for (int base = 0; base < orders; base += CHUNK) {
                int to = Math.min(base + CHUNK, orders);
                s.execute(orders(base, to, orders));
                s.execute(lines(base, to));
                s.execute(totals(base, to));
                s.execute(shipments(base, to));
                s.execute(statusChanges(base, to));
            }
            s.execute("INSERT INTO order_number_counter (period, last_value) "
                    + "SELECT SUBSTRING(order_number, 5, 4), COUNT(*) + " + orders
                    + " FROM sales_order GROUP BY SUBSTRING(order_number, 5, 4)");
            // the counters as OrderService.recountStatusCounters() rebuilds them; the lines' copies of status and
            // date are written with the lines, so the full resync that the repair also runs is not needed
            s.execute("UPDATE order_status_count SET order_count = 0");
            s.execute("INSERT INTO order_status_count (status, slot, order_count) SELECT status, 0, COUNT(*)"
                    + " FROM sales_order GROUP BY status ON DUPLICATE KEY UPDATE order_count = VALUES(order_count)");
            deferred.restore();
            // the per-buyer counters as the repair rebuilds them (BuyerCounters.RECOUNT_FILL), once the indexes
            // are back so the GROUP BY walks (customer_id, status) instead of sorting ten million rows
            s.execute("INSERT INTO order_buyer_count (customer_id, status, order_count)"
                    + " SELECT customer_id, status, COUNT(*) FROM sales_order GROUP BY customer_id, status");
            s.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            for (String table : new String[] {"sales_order", "order_line", "shipment", "customer", "product"}) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    private static String products() {
        return """
                INSERT INTO product (id, sku, name, price, weight_grams, stock, low_stock_threshold, location, active, created_at,
                  updated_at, version)
                SELECT seq, CONCAT('P-', LPAD(seq, 5, '0')),
                  CONCAT(ELT(1 + seq %% 20, 'Kopi', 'Teh', 'Keripik', 'Sambal', 'Madu', 'Kemeja Batik', 'Hijab',
                      'Kerupuk', 'Rendang', 'Gula Aren', 'Sabun', 'Tas Rotan', 'Kaos', 'Dompet Kulit', 'Jamu',
                      'Dodol', 'Bakpia', 'Pempek', 'Abon', 'Minyak Kelapa'), ' ',
                    ELT(1 + (seq DIV 20) %% 25, 'Gayo', 'Toraja', 'Melati', 'Balado', 'Bawang', 'Hutan', 'Parang',
                      'Voal', 'Udang', 'Sapi', 'Sereh', 'Anyaman', 'Katun', 'Sapi Asli', 'Kunyit', 'Garut', 'Jogja',
                      'Palembang', 'Ikan', 'Murni', 'Pandan', 'Pedas', 'Original', 'Premium', 'Spesial'),
                    ' ', 100 + seq),
                  5000 * (2 + seq %% 60), 100 + (seq %% 20) * 50, 1000,
                  IF(seq %% 25 = 0, 1000, 10), CONCAT('R', 1 + seq %% 40, '-', 1 + seq %% 5), 1, UTC_TIMESTAMP(6),
                  UTC_TIMESTAMP(6), 0
                FROM seq_1_to_%d""".formatted(PRODUCTS);
    }

    private static String customers() {
        return """
                INSERT INTO customer (id, name, category, phone, email, street, village, district, city, province, postal_code,
                  created_at, updated_at, version)
                SELECT seq,
                  CONCAT(ELT(1 + seq %% 40, 'Siti', 'Budi', 'Dewi', 'Agus', 'Rina', 'Andi', 'Putu', 'Made', 'Wayan',
                      'Ketut', 'Yusuf', 'Nur', 'Ahmad', 'Fitri', 'Eko', 'Sri', 'Hendra', 'Lestari', 'Rizky', 'Dian',
                      'Bayu', 'Indah', 'Joko', 'Ayu', 'Fajar', 'Wulan', 'Rudi', 'Maya', 'Teguh', 'Ratna', 'Dimas',
                      'Intan', 'Gilang', 'Citra', 'Arief', 'Novi', 'Bambang', 'Yuni', 'Hadi', 'Tari'), ' ',
                    ELT(1 + (seq DIV 40) %% 40, 'Santoso', 'Wijaya', 'Lestari', 'Nasution', 'Simanjuntak', 'Hidayat',
                      'Saputra', 'Pratama', 'Kusuma', 'Siregar', 'Harahap', 'Rahman', 'Setiawan', 'Gunawan',
                      'Purnomo', 'Wibowo', 'Susanti', 'Maulana', 'Permana', 'Halim', 'Tanjung', 'Lubis', 'Sitompul',
                      'Ginting', 'Tarigan', 'Hutapea', 'Manurung', 'Rangkuti', 'Daulay', 'Pohan', 'Ramadhan',
                      'Firmansyah', 'Nugroho', 'Utami', 'Anggraini', 'Syahputra', 'Kurniawan', 'Sulistyo', 'Iskandar',
                      'Wahyudi')),
                  CASE WHEN seq %% 20 < 10 THEN 'UMUM' WHEN seq %% 20 < 14 THEN 'RESELLER'
                       WHEN seq %% 20 < 17 THEN 'DROPSHIPPER' WHEN seq %% 20 < 19 THEN 'AGEN' ELSE 'DISTRIBUTOR' END,
                  CONCAT('6281', LPAD((seq * 7919) %% 100000000, 8, '0')),
                  IF(seq %% 5 < 3, CONCAT('pembeli', seq, '@example.com'), NULL),
                  CONCAT('Jl. Melati No. ', seq %% 200), 'Sukajadi', 'Sukajadi',
                  ELT(1 + seq %% 8, 'Kota Bandung', 'Kota Surabaya', 'Kab. Sleman', 'Kota Medan', 'Kota Makassar',
                      'Kota Denpasar', 'Kota Semarang', 'Kota Malang'),
                  ELT(1 + seq %% 8, 'Jawa Barat', 'Jawa Timur', 'DI Yogyakarta', 'Sumatera Utara', 'Sulawesi Selatan',
                      'Bali', 'Jawa Tengah', 'Jawa Timur'),
                  LPAD(40000 + seq %% 9000, 5, '0'), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0
                FROM seq_1_to_%d""".formatted(CUSTOMERS);
    }

    /** Order n is created (total − n) / total of two years ago: ids follow time, like a real shop. */
    private static String orders(int from, int to, int total) {
        String n = "(seq + " + from + ")";
        String age = "((" + total + " - " + n + ") * " + (DAYS * 86400L) + " DIV " + total + ")";
        String source = "CASE WHEN " + n + " % 10 < 5 THEN 'MANUAL' WHEN " + n + " % 10 < 8 THEN 'FORM' ELSE 'PRIVATE' END";
        String status = "CASE WHEN " + n + " > " + (total - ACTIVE) + " THEN ELT(1 + " + n + " % 7, 'BELUM_BAYAR',"
                + " IF(" + n + " % 10 < 5, 'DOWN_PAYMENT', 'BELUM_BAYAR'), 'KONFIRMASI', 'SEDANG_DIPROSES',"
                + " 'PROSES_PENGIRIMAN', 'SUKSES', 'CANCEL')"
                + " WHEN " + n + " % 100 < 4 THEN 'CANCEL' WHEN " + n + " % 100 < 7 THEN 'RETUR' ELSE 'SUKSES' END";
        return """
                INSERT INTO sales_order (id, order_number, source, status, customer_id, customer_name, customer_category,
                  customer_phone, customer_email, recipient_name, recipient_phone, ship_street, ship_village, ship_district, ship_city,
                  ship_province, ship_postal_code, subtotal, discount, shipping_cost, insurance, other_fee, unique_code,
                  grand_total, amount_paid, note, status_reason, created_at, updated_at, version, buyer_token)
                SELECT o.n, CONCAT('INV-', DATE_FORMAT(o.created_at + INTERVAL 7 HOUR, '%%y%%m'), '-', LPAD(o.n, %7$d, '0')),
                  o.source, o.status, c.id, c.name, c.category, c.phone, c.email, c.name, c.phone, c.street, c.village, c.district,
                  c.city, c.province, c.postal_code, 0, IF(o.n %% 9 = 0, 10000, 0), 9000 + (o.n %% 30) * 1000, 0, 0,
                  IF(o.source = 'MANUAL', 0, o.n %% 1000), 0, 0, NULL,
                  CASE o.status WHEN 'CANCEL' THEN 'Pembeli tidak jadi order' WHEN 'RETUR' THEN 'Alamat tidak ditemukan' END,
                  o.created_at, o.created_at, 0,
                  REPLACE(REPLACE(REPLACE(TO_BASE64(RANDOM_BYTES(16)), '+', '-'), '/', '_'), '=', '')
                FROM (SELECT %1$s AS n, UTC_TIMESTAMP(6) - INTERVAL %2$s SECOND AS created_at, %3$s AS source,
                        %4$s AS status FROM seq_1_to_%5$d) o
                JOIN customer c ON c.id = 1 + (o.n * 2654435761) %% %6$d"""
                .formatted(n, age, source, status, to - from, CUSTOMERS, digits(total));
    }

    /** Order numbers' counter width: 7 digits, or more for a shop of ten million (LPAD cuts a longer number). */
    static int digits(int total) {
        return Math.max(7, Integer.toString(total).length());
    }

    /** 1–4 lines; product popularity is skewed (a few best sellers, a long tail); with the order's status copies. */
    private static String lines(int from, int to) {
        return """
                INSERT INTO order_line (order_id, line_no, product_id, sku, product_name, unit_price, quantity,
                  order_status, order_created_at)
                SELECT o.id, s.seq, p.id, p.sku, p.name, p.price, 1 + (o.id + s.seq) %% 3, o.status, o.created_at
                FROM sales_order o
                JOIN seq_1_to_4 s ON s.seq <= 1 + (o.id * 31) %% 4
                JOIN product p ON p.id = 1 + FLOOR(POW(((o.id * 7 + s.seq * 131) %% 1000) / 1000, 2) * %d)
                WHERE o.id > %d AND o.id <= %d""".formatted(PRODUCTS, from, to);
    }

    private static String totals(int from, int to) {
        return """
                UPDATE sales_order o JOIN (SELECT order_id, SUM(unit_price * quantity) AS subtotal FROM order_line
                  WHERE order_id > %1$d AND order_id <= %2$d GROUP BY order_id) l ON l.order_id = o.id
                SET o.subtotal = l.subtotal,
                    o.grand_total = l.subtotal - o.discount + o.shipping_cost + o.insurance + o.other_fee + o.unique_code,
                    o.amount_paid = CASE WHEN o.status IN ('SEDANG_DIPROSES', 'PROSES_PENGIRIMAN', 'SUKSES', 'RETUR')
                      THEN l.subtotal - o.discount + o.shipping_cost + o.unique_code
                      WHEN o.status = 'DOWN_PAYMENT' THEN 50000 ELSE 0 END
                WHERE o.id > %1$d AND o.id <= %2$d""".formatted(from, to);
    }

    private static String shipments(int from, int to) {
        return """
                INSERT INTO shipment (order_id, courier, service, resi, shipped_at, delivered_at, created_by, created_at,
                  version)
                SELECT o.id, ELT(1 + o.id %% 5, 'JNE', 'JNT', 'SICEPAT', 'ANTERAJA', 'POS'), 'REG',
                  CONCAT(ELT(1 + o.id %% 5, 'JN', 'JP', 'SC', 'AA', 'PS'), LPAD(o.id, 10, '0')),
                  o.created_at + INTERVAL 1 DAY, IF(o.status = 'SUKSES', o.created_at + INTERVAL 3 DAY, NULL), 'gudang',
                  o.created_at + INTERVAL 1 DAY, 0
                FROM sales_order o
                WHERE o.id > %d AND o.id <= %d AND o.status IN ('PROSES_PENGIRIMAN', 'SUKSES', 'RETUR')"""
                .formatted(from, to);
    }

    private static String statusChanges(int from, int to) {
        return """
                INSERT INTO order_status_change (order_id, from_status, to_status, changed_by, changed_at, note)
                SELECT o.id, NULL, 'BELUM_BAYAR', IF(o.source = 'MANUAL', 'cs', 'system'), o.created_at, NULL
                FROM sales_order o WHERE o.id > %d AND o.id <= %d""".formatted(from, to);
    }
}
