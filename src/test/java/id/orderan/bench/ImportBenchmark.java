package id.orderan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.dataio.ImportLimits;
import id.orderan.base.dataio.ImportPipeline;
import id.orderan.base.dataio.ImportPreview;
import id.orderan.base.dataio.ImportSummary;
import id.orderan.base.dataio.ImportTarget;
import id.orderan.base.dataio.MatchMode;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.catalog.ProductImportTarget;
import id.orderan.catalog.ProductService;
import id.orderan.customer.CustomerImportTarget;
import id.orderan.customer.CustomerService;
import id.orderan.support.TestData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CSV import through exactly what the Impor dialog runs ({@link ImportPipeline}: read and parse,
 * preview with its lookups, then apply in batches through the feature's service), as an admin, on
 * the benchmark data set: 2,000 products (a tenth of them already in the catalogue, updated) and
 * 10,000 customers. What was imported is deleted afterwards, so the shared data set stays as the
 * other benchmarks expect it.
 */
@BenchmarkTest
class ImportBenchmark {

    static final int PRODUCT_ROWS = 2_000;
    static final int CUSTOMER_ROWS = 10_000;
    /** Imported numbers start 0857…, the generated shop's 081…: they can be told apart and removed. */
    static final String CUSTOMER_PHONE_PREFIX = "62857";
    static final String PRODUCT_PREFIX = "IMP-";

    @Autowired
    ProductService products;

    @Autowired
    CustomerService customers;

    @Autowired
    JdbcTemplate jdbc;

    record Result(String what, int rows, long fileBytes, double previewSeconds, double applySeconds,
            ImportSummary summary) {

        double seconds() {
            return previewSeconds + applySeconds;
        }

        /** A table row; {@code targetSeconds} 0 = the issue sets no target for this file. */
        String row(double targetSeconds) {
            String target = targetSeconds <= 0 ? "–" : String.format(Locale.ROOT, "≤ %.0f s %s", targetSeconds,
                    seconds() <= targetSeconds ? "✅" : "❌");
            return String.format(Locale.ROOT, "| %s | %,d | %,d KB | %.2f | %.2f | %.2f | %,.0f | %d / %d / %d / %d | %s |",
                    what, rows, fileBytes / 1024, previewSeconds, applySeconds, seconds(), rows / seconds(),
                    summary.created(), summary.updated(), summary.skipped(), summary.failed(), target);
        }
    }

    private static final List<String> RESULTS = new ArrayList<>();

    @Test
    void importing_two_thousand_products() throws Exception {
        ensureData();
        byte[] csv = productCsv();
        Result result = run("2,000 products (200 existing SKUs, update)", new ProductImportTarget(products), csv,
                PRODUCT_ROWS);

        assertThat(result.summary().failed()).isZero();
        assertThat(result.summary().created()).isEqualTo(PRODUCT_ROWS * 9 / 10);
        assertThat(result.summary().updated()).isEqualTo(PRODUCT_ROWS / 10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement m JOIN product p ON p.id = m.product_id"
                + " WHERE p.sku LIKE 'IMP-%'", Long.class)).as("opening stock movements").isEqualTo(PRODUCT_ROWS * 9 / 10);
        report(result.row(0));
    }

    @Test
    void importing_ten_thousand_customers() throws Exception {
        ensureData();
        double loadAtStart = BenchmarkReport.load();
        byte[] csv = customerCsv();
        Result result = run("10,000 customers (1,000 existing numbers, update; 5,000 with an area to look up)",
                new CustomerImportTarget(customers), csv, CUSTOMER_ROWS);

        assertThat(result.summary().failed()).as(result.summary().problems().toString()).isZero();
        assertThat(result.summary().created()).isEqualTo(CUSTOMER_ROWS * 9 / 10);
        assertThat(result.summary().updated()).isEqualTo(CUSTOMER_ROWS / 10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE phone LIKE '" + CUSTOMER_PHONE_PREFIX
                + "%' AND village_code IS NOT NULL", Long.class)).as("areas found").isGreaterThan(CUSTOMER_ROWS / 4);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT w.customer_id) FROM customer_word w JOIN customer c"
                + " ON c.id = w.customer_id WHERE c.phone LIKE '" + CUSTOMER_PHONE_PREFIX + "%'", Long.class))
                .as("searchable").isEqualTo(CUSTOMER_ROWS * 9 / 10);
        report(result.row(10));
        if (BenchmarkReport.busy(loadAtStart, "importing 10,000 customers ≤ 10 s")) {
            return;
        }
        assertThat(result.seconds()).as("issue 10: importing 10,000 customers ≤ 10 s").isLessThanOrEqualTo(10);
    }

    @AfterEach
    void forgetImportedRows() {
        BenchmarkDataSet.forgetImports(jdbc);
    }

    /** Preview (what the upload does) and apply (what Konfirmasi does), timed apart. */
    private static <T> Result run(String what, ImportTarget<T> target, byte[] csv, int rows) {
        var pipeline = new ImportPipeline<>(target, ImportLimits.DEFAULT);
        return TestData.asAdmin(() -> {
            long start = System.nanoTime();
            ImportPreview<T> preview = pipeline.preview(new ByteArrayInputStream(csv));
            long previewed = System.nanoTime();
            assertThat(preview.validCount()).as(preview.problems().toString()).isEqualTo(rows);
            ImportSummary summary = pipeline.apply(preview, MatchMode.UPDATE_EXISTING, ProgressListener.NONE);
            long applied = System.nanoTime();
            return new Result(what, rows, csv.length, (previewed - start) / 1e9, (applied - previewed) / 1e9, summary);
        });
    }

    /**
     * 1,800 new products as a seller writes them (prices {@code Rp 1.250.000}, yes/no words, a valid
     * EAN-13, opening stock) and 200 rows for catalogue SKUs with their current name and price (an
     * exported file sent back), so the data set keeps its values.
     */
    private byte[] productCsv() {
        var csv = new StringBuilder("SKU;Nama;Harga;Berat (gram);Stok awal;Barcode;Lokasi rak;Batas stok menipis;"
                + "Tampil di form order;Aktif\n");
        List<Map<String, Object>> existing = jdbc.queryForList("SELECT sku, name, price FROM product WHERE sku LIKE 'P-%'"
                + " ORDER BY id LIMIT " + PRODUCT_ROWS / 10);
        for (Map<String, Object> row : existing) {
            csv.append(row.get("sku")).append(';').append(row.get("name")).append(';').append(row.get("price"))
                    .append(";;;;;;;\n");
        }
        for (int i = 1; i <= PRODUCT_ROWS - existing.size(); i++) {
            csv.append(PRODUCT_PREFIX).append("%05d".formatted(i)).append(";Produk Impor ").append(i).append(" Kopi Gayo;")
                    .append("\"Rp ").append(String.format(Locale.GERMANY, "%,d", 5_000L * (1 + i % 300))).append("\";")
                    .append(100 + i % 900).append(";").append(1 + i % 50).append(';').append(ean13(899_000_000_000L + i))
                    .append(";R").append(1 + i % 40).append(';').append(i % 7).append(';')
                    .append(i % 3 == 0 ? "tidak" : "ya").append(";ya\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * 9,000 new customers as a seller's old spreadsheet has them (numbers in every form, categories,
     * emails, dropshippers with their store) — half with kelurahan/kecamatan/kota/provinsi of real
     * villages, a few with names the area data does not know — and 1,000 rows for numbers the shop
     * has, with the customer's current name (blank cells keep the rest).
     */
    private byte[] customerCsv() {
        var csv = new StringBuilder("Nama;Kategori;WhatsApp;Email;Alamat;Kelurahan/Desa;Kecamatan;Kota/Kabupaten;"
                + "Provinsi;Kode pos;Nama toko dropship;No. dropship\n");
        List<Map<String, Object>> existing = jdbc.queryForList("SELECT name, phone FROM customer WHERE phone LIKE '6281%'"
                + " ORDER BY id LIMIT " + CUSTOMER_ROWS / 10);
        for (Map<String, Object> row : existing) {
            csv.append(row.get("name")).append(";;+").append(row.get("phone")).append(";;;;;;;;;\n");
        }
        List<Map<String, Object>> villages = jdbc.queryForList("SELECT v.name village, d.name district, r.name regency,"
                + " p.name province FROM area_village v JOIN area_district d ON d.code = v.district_code"
                + " JOIN area_regency r ON r.code = d.regency_code JOIN area_province p ON p.code = r.province_code"
                + " WHERE v.code LIKE '3%' ORDER BY v.code LIMIT 500");
        String[] categories = {"Umum", "Reseller", "Dropshipper", "Agen", "Distributor", ""};
        String[] names = {"Siti", "Budi", "Dewi", "Agus", "Rina", "Andi", "Putu", "Made", "Yusuf", "Nur"};
        for (int i = 1; i <= CUSTOMER_ROWS - existing.size(); i++) {
            String local = "0857" + "%08d".formatted(i);
            String phone = switch (i % 3) {
                case 0 -> local;
                case 1 -> "+62 " + local.substring(1, 4) + " " + local.substring(4, 8) + " " + local.substring(8);
                default -> local.substring(0, 4) + "-" + local.substring(4, 8) + "-" + local.substring(8);
            };
            String category = categories[i % categories.length];
            csv.append(names[i % names.length]).append(" Pelanggan ").append(i).append(';').append(category).append(';')
                    .append(phone).append(';').append(i % 2 == 0 ? "pelanggan" + i + "@example.com" : "").append(';')
                    .append("Jl. Mawar No. ").append(i % 150).append(';');
            if (i % 2 == 0) {
                Map<String, Object> v = villages.get(i % villages.size());
                String regency = (String) v.get("regency");
                csv.append(v.get("village")).append(';').append(i % 4 == 0 ? "Kec. " : "").append(v.get("district"))
                        .append(';').append(regency.replace("Kabupaten ", "Kab. ")).append(';').append(v.get("province"));
            } else if (i % 25 == 1) {
                csv.append("Antah;Berantah;Kota Entah;");
            } else {
                csv.append(";;;");
            }
            csv.append(';').append(10_000 + i % 89_999).append(';');
            if (category.equals("Dropshipper")) {
                csv.append("Toko ").append(i).append(";0812-0000-").append("%04d".formatted(i % 10_000));
            } else {
                csv.append(';');
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String ean13(long first12) {
        String digits = Long.toString(first12);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** The shop itself comes from {@link BenchmarkDataSet}; only leftovers of an interrupted run go. */
    private void ensureData() {
        BenchmarkDataSet.forgetImports(jdbc);
    }

    private void report(String row) throws Exception {
        RESULTS.add(row);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        String section = """
                ## CSV import (Impor dialog path)

                Measured %s on %d cores (load average %s), MariaDB %s, into the benchmark shop (%,d customers,
                %,d products, %,d orders before the import), as an admin, through `ImportPipeline`
                exactly as the Impor dialog runs it: *preview* = read the upload, parse and check every row, look up
                existing keys (1,000 per query) and the cross-row checks; *apply* = batches of 200 rows, one
                service transaction each (JDBC batch inserts/updates, opening-stock movements / search words in one
                statement per batch), mode "update existing". Seconds.

                | file | rows | size | preview | apply | total | rows/s | created / updated / skipped / failed | target |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
                %s
                """.formatted(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm z")), Runtime.getRuntime().availableProcessors(), load,
                jdbc.queryForObject("SELECT VERSION()", String.class), BenchmarkData.CUSTOMERS, BenchmarkData.PRODUCTS,
                jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Long.class), String.join("\n", RESULTS));
        BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "import", section);
        System.out.println(section);
    }
}
