package id.orderan.catalog;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.dataio.ImportLimits;
import id.orderan.base.dataio.ImportPipeline;
import id.orderan.base.dataio.ImportPreview;
import id.orderan.base.dataio.ImportRow;
import id.orderan.base.dataio.ImportSummary;
import id.orderan.base.dataio.MatchMode;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.RowProblem;
import id.orderan.base.dataio.TableWriter;
import id.orderan.support.IntegrationTest;
import id.orderan.support.Spreadsheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Products in and out through the same pipeline the Impor dialog uses, on MariaDB. */
class ProductImportExportTest extends IntegrationTest {

    private static final String HEADER = "SKU;Nama;Harga;Berat (gram);Stok awal;Barcode;Lokasi rak;Batas stok menipis;"
            + "Tampil di form order;Aktif\n";

    @Autowired
    ProductService products;

    @Autowired
    JdbcTemplate jdbc;

    private final Translations translations = new Translations();

    // ---- the batch write: roles ----------------------------------------------------------------

    @Test
    void only_an_admin_writes_an_import_batch() {
        data.productWithSku("KOP-1", "Kopi", 85_000);
        var created = new ProductImport("TEH-1", "Teh Melati", 12_000, 100, null, null, null, null, null, 5);
        var updated = new ProductImport("KOP-1", "Kopi Murah", 1, null, null, null, null, null, null, null);
        for (String role : List.of("CS", "GUDANG")) {
            assertThatThrownBy(() -> as(role.toLowerCase(), role, () -> {
                products.importBatch(List.of(created), List.of(updated));
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(role.toLowerCase(), role, () -> products.existingSkus(List.of("KOP-1"))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForList("SELECT CONCAT(sku, ' ', name, ' ', price) FROM product", String.class))
                .containsExactly("KOP-1 Kopi 85000");

        asAdmin(() -> {
            products.importBatch(List.of(created), List.of(updated));
            return null;
        });

        assertThat(jdbc.queryForList("SELECT CONCAT(sku, ' ', name, ' ', price, ' ', stock, ' ', updated_by)"
                + " FROM product ORDER BY sku", String.class))
                .containsExactly("KOP-1 Kopi Murah 1 100 admin", "TEH-1 Teh Melati 12000 5 admin");
    }

    @Test
    void a_batch_with_one_bad_row_writes_nothing() {
        asAdmin(() -> products.create(new ProductCommand("GULA-1", "Gula", 20_000, 500, "4006381333931", null, 0, true,
                true, 0)));
        var good = new ProductImport("TEH-1", "Teh", 12_000, null, null, null, null, null, null, 5);
        var takenBarcode = new ProductImport("TEH-2", "Teh Hijau", 15_000, null, "4006381333931", null, null, null,
                null, 5);

        assertThatThrownBy(() -> asAdmin(() -> {
            products.importBatch(List.of(good, takenBarcode), List.of());
            return null;
        })).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("error.product.barcode-taken"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE sku LIKE 'TEH%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement m JOIN product p ON p.id = m.product_id"
                + " WHERE p.sku LIKE 'TEH%'", Integer.class)).isZero();
    }

    // ---- preview and apply ---------------------------------------------------------------------

    @Test
    void broken_rows_are_listed_with_line_and_indonesian_reason_and_nothing_is_written_before_confirmation() {
        data.productWithSku("KOP-GAYO", "Kopi Gayo", 85_000);
        asAdmin(() -> products.create(new ProductCommand("GULA-1", "Gula", 20_000, 500, "4006381333931", null, 0, true,
                true, 0)));
        long movementsBefore = count("stock_movement");
        String csv = HEADER
                + "TEH-1;Teh Melati;Rp 12.500;100;10;;Rak B-1;2;ya;ya\n"     // 2 fine
                + "TEH-2;Teh Hijau;dua ribu;100;;;;;;\n"                    // 3 bad price
                + "teh-1;Teh Lagi;5000;;;;;;;\n"                            // 4 same SKU as line 2
                + "kop-gayo;Kopi Gayo Baru;90.000;;;;;;;\n"                 // 5 exists
                + "TEH-3;Teh Murah;-5000;;;;;;;\n"                          // 6 negative price
                + "TEH-4;Teh Barcode;5000;;;4006381333932;;;;\n"            // 7 bad check digit
                + "TEH-5;Teh Dua;5000;;;8992761136017;;;;\n"                // 8 fine, barcode
                + "TEH-6;Teh Tiga;5000;;;8992761136017;;;;\n"               // 9 barcode again
                + "TEH-7;Teh Empat;5000;;;4006381333931;;;;\n"              // 10 barcode of GULA-1
                + "TEH-8;Teh Lima;5000;;;;;;mungkin;\n"                     // 11 not a yes/no
                + "TEH 9;Teh Enam;5000;;;;;;;\n";                           // 12 SKU with a space

        ImportPreview<ProductImport> preview = asAdmin(() -> pipeline().preview(utf8(csv)));

        assertThat(preview.rows()).extracting(ImportRow::line, this::outcome).containsExactly(
                Tuple.tuple(2L, "ok"),
                Tuple.tuple(3L, "Harga: \"dua ribu\" bukan jumlah rupiah yang valid (contoh: Rp 1.250.000, 1.250.000"
                        + " atau 1250000)."),
                Tuple.tuple(4L, "TEH-1 sudah muncul di baris 2 berkas ini."),
                Tuple.tuple(5L, "exists"),
                Tuple.tuple(6L, "Harga tidak boleh negatif."),
                Tuple.tuple(7L, "Barcode 4006381333932 salah: digit terakhir (cek digit EAN/UPC) tidak cocok. Periksa"
                        + " lagi angkanya."),
                Tuple.tuple(8L, "ok"),
                Tuple.tuple(9L, "Barcode 8992761136017 sudah muncul di baris 8 berkas ini."),
                Tuple.tuple(10L, "Barcode 4006381333931 sudah dipakai produk GULA-1."),
                Tuple.tuple(11L, "Tampil di form order: \"mungkin\" tidak dikenali. Tulis ya atau tidak (juga 1/0,"
                        + " true/false)."),
                Tuple.tuple(12L, "SKU TEH 9 tidak valid: gunakan huruf, angka dan strip."));
        assertThat(preview.rows().getFirst().value()).isEqualTo(new ProductImport("TEH-1", "Teh Melati", 12_500, 100,
                null, "Rak B-1", 2, true, true, 10));
        assertThat(jdbc.queryForList("SELECT sku FROM product ORDER BY sku", String.class))
                .as("the preview writes nothing").containsExactly("GULA-1", "KOP-GAYO");
        assertThat(count("stock_movement")).isEqualTo(movementsBefore);

        ImportSummary summary = asAdmin(() -> pipeline().apply(preview, MatchMode.SKIP_EXISTING, ProgressListener.NONE));

        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(8);
        assertThat(summary.problems()).extracting(RowProblem::line).containsExactly(3L, 4L, 6L, 7L, 9L, 10L, 11L, 12L);
        assertThat(jdbc.queryForList("SELECT sku FROM product ORDER BY sku", String.class))
                .containsExactly("GULA-1", "KOP-GAYO", "TEH-1", "TEH-5");
        assertThat(jdbc.queryForObject("SELECT name FROM product WHERE sku = 'KOP-GAYO'", String.class))
                .as("skipped: left as it was").isEqualTo("Kopi Gayo");
    }

    @Test
    void indonesian_number_formats_and_yes_no_words_are_read() {
        String csv = "sku,nama,harga,aktif,tampil di form order,berat (gram)\n"
                + "A-1,Satu,Rp 1.250.000,ya,tidak,1.200\n"
                + "A-2,Dua,1.250.000,1,0,250\n"
                + "A-3,Tiga,1250000,true,false,\n"
                + "A-4,Empat,\"Rp1.250.000,00\",Tidak,Ya,\n";

        ImportPreview<ProductImport> preview = asAdmin(() -> pipeline().preview(utf8(csv)));

        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.valid()).as(outcome(row)).isTrue());
        assertThat(preview.rows()).extracting(row -> row.value().price()).containsOnly(1_250_000L);
        assertThat(preview.rows()).extracting(row -> row.value().active(), row -> row.value().showOnOrderForm(),
                row -> row.value().weightGrams()).containsExactly(Tuple.tuple(true, false, 1200),
                        Tuple.tuple(true, false, 250), Tuple.tuple(true, false, null), Tuple.tuple(false, true, null));
    }

    @Test
    void update_mode_changes_existing_products_keeps_blank_values_and_never_types_over_stock() {
        asAdmin(() -> products.create(new ProductCommand("KOP-1", "Kopi", 85_000, 250, "4006381333931", "Rak A", 3, true,
                true, 7)));
        long version = asAdmin(() -> products.findBySku("KOP-1")).orElseThrow().version();
        String csv = "SKU;Nama;Harga;Stok awal;Aktif\nKOP-1;Kopi Gayo Premium;Rp 95.000;500;tidak\n"
                + "TEH-1;Teh;10.000;4;\n";

        ImportSummary summary = importCsv(csv, MatchMode.UPDATE_EXISTING);

        assertThat(summary).isEqualTo(new ImportSummary(1, 1, 0, 0, List.of()));
        ProductRow kopi = asAdmin(() -> products.findBySku("KOP-1")).orElseThrow();
        assertThat(kopi.name()).isEqualTo("Kopi Gayo Premium");
        assertThat(kopi.price()).isEqualTo(95_000L);
        assertThat(kopi.active()).isFalse();
        assertThat(kopi.barcode()).as("blank: kept").isEqualTo("4006381333931");
        assertThat(kopi.location()).isEqualTo("Rak A");
        assertThat(kopi.lowStockThreshold()).isEqualTo(3);
        assertThat(kopi.stock()).as("stock is never typed over").isEqualTo(7);
        assertThat(kopi.version()).as("a form opened before refuses a stale save").isGreaterThan(version);
        assertThat(asAdmin(() -> products.history(kopi.id(), 0, 10))).extracting(StockMovementRow::quantity)
                .containsExactly(7);
    }

    @Test
    void skip_mode_leaves_existing_products_alone() {
        data.productWithSku("KOP-1", "Kopi", 85_000);

        ImportSummary summary = importCsv("SKU;Nama;Harga\nKOP-1;Kopi Baru;1\nTEH-1;Teh;2\n", MatchMode.SKIP_EXISTING);

        assertThat(summary).isEqualTo(new ImportSummary(1, 0, 1, 0, List.of()));
        assertThat(jdbc.queryForList("SELECT CONCAT(sku, ' ', name, ' ', price) FROM product ORDER BY sku",
                String.class)).containsExactly("KOP-1 Kopi 85000", "TEH-1 Teh 2");
    }

    @Test
    void opening_stock_of_a_new_product_is_a_stok_masuk_movement() {
        ImportSummary summary = importCsv(HEADER + "TEH-1;Teh;12000;100;25;;;;;\nTEH-2;Teh Kosong;12000;100;;;;;;\n",
                MatchMode.SKIP_EXISTING);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT CONCAT(p.sku, ' ', m.reason, ' ', m.quantity, ' ', m.stock_after, ' ',"
                + " m.created_by) FROM stock_movement m JOIN product p ON p.id = m.product_id", String.class))
                .containsExactly("TEH-1 STOK_MASUK 25 25 admin");
        assertThat(jdbc.queryForObject("SELECT stock FROM product WHERE sku = 'TEH-2'", Integer.class)).isZero();
    }

    // ---- export --------------------------------------------------------------------------------

    @Test
    void export_follows_the_filter_and_neutralises_formula_looking_cells() throws IOException {
        asAdmin(() -> products.create(new ProductCommand("KOP-1", "=HYPERLINK(\"http://evil\",\"klik\")", 85_000, 250,
                null, "@rak", 0, true, true, 3)));
        data.productWithSku("TEH-1", "Teh Melati", 12_000);

        String csv = new String(export("admin", "ADMIN", ExportFormat.CSV, new ProductFilter("KOP", ProductFilter.Status.AKTIF,
                false)), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFSKU;Nama;Harga;Berat (gram);Stok;Barcode;Lokasi rak;Batas stok menipis;Tampil di form order;Aktif",
                "KOP-1;\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\";85000;250;3;;'@rak;0;Ya;Ya");
    }

    @Test
    void the_warehouse_export_has_no_price_column() throws IOException {
        data.productWithSku("KOP-1", "Kopi Gayo", 85_000);

        List<List<Object>> rows = Spreadsheets.rows(export("gudang", "GUDANG", ExportFormat.XLSX, ProductFilter.active()));

        assertThat(rows.getFirst()).containsExactly("SKU", "Nama", "Berat (gram)", "Stok", "Barcode", "Lokasi rak",
                "Batas stok menipis", "Tampil di form order", "Aktif");
        assertThat(rows.get(1)).doesNotContain(85_000.0).startsWith("KOP-1", "Kopi Gayo", 250.0, 100.0);
        List<List<Object>> admin = Spreadsheets.rows(export("admin", "ADMIN", ExportFormat.XLSX, ProductFilter.active()));
        assertThat(admin.get(1)).startsWith("KOP-1", "Kopi Gayo", 85_000.0);
    }

    @Test
    void an_exported_file_imports_back_unchanged() throws IOException {
        asAdmin(() -> products.create(new ProductCommand("KOP-1", "Kopi Gayo", 85_000, 250, "4006381333931", "Rak A", 3,
                false, true, 7)));
        byte[] file = export("admin", "ADMIN", ExportFormat.CSV, ProductFilter.active());
        ProductRow before = asAdmin(() -> products.findBySku("KOP-1")).orElseThrow();

        ImportPreview<ProductImport> preview = asAdmin(() -> pipeline().preview(new ByteArrayInputStream(file)));

        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.exists()).isTrue();
            assertThat(row.value().over(before)).isEqualTo(before.toCommand());
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ImportPipeline<ProductImport> pipeline() {
        return new ImportPipeline<>(new ProductImportTarget(products), ImportLimits.DEFAULT);
    }

    private ImportSummary importCsv(String csv, MatchMode mode) {
        return asAdmin(() -> pipeline().apply(pipeline().preview(utf8(csv)), mode, ProgressListener.NONE));
    }

    private String outcome(ImportRow<?> row) {
        RowProblem problem = row.problem();
        if (problem == null) {
            return row.exists() ? "exists" : "ok";
        }
        return translations.getTranslation(problem.messageKey(), Translations.INDONESIAN, problem.argsArray());
    }

    private byte[] export(String user, String role, ExportFormat format, ProductFilter filter) {
        Supplier<byte[]> run = () -> {
            var out = new ByteArrayOutputStream();
            try (TableWriter writer = format.open(out, "Produk")) {
                products.export(filter, ProductSort.byName(), writer, ProgressListener.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        };
        return as(user, role, run);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static ByteArrayInputStream utf8(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
