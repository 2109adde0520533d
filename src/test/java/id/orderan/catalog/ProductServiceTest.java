package id.orderan.catalog;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.base.Translations;
import id.orderan.customer.Customer;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.order.ShippingDetails;
import id.orderan.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ProductServiceTest extends IntegrationTest {

    @Autowired
    ProductService products;

    @Autowired
    OrderService orders;

    @Autowired
    JdbcTemplate jdbc;

    private final Translations translations = new Translations();

    // ---- create, edit, archive, delete ----------------------------------------------------------

    @Test
    void a_new_product_with_opening_stock_starts_its_history_with_a_stok_masuk_movement() {
        Product product = asAdmin(() -> products.create(new ProductCommand(" kop-gayo-250 ", "Kopi Gayo 250g", 85_000,
                280, "4006381333931", "Rak A-03", 5, false, true, 12)));

        ProductRow row = asAdmin(() -> products.findBySku("KOP-GAYO-250")).orElseThrow();
        assertThat(row.sku()).isEqualTo("KOP-GAYO-250");
        assertThat(row.price()).isEqualTo(85_000L);
        assertThat(row.stock()).isEqualTo(12);
        assertThat(row.barcode()).isEqualTo("4006381333931");
        assertThat(row.location()).isEqualTo("Rak A-03");
        assertThat(row.lowStockThreshold()).isEqualTo(5);
        assertThat(row.showOnOrderForm()).isFalse();
        assertThat(asAdmin(() -> products.history(product.getId(), 0, 10)))
                .extracting(StockMovementRow::reason, StockMovementRow::quantity, StockMovementRow::stockAfter,
                        StockMovementRow::createdBy)
                .containsExactly(Tuple.tuple(StockReason.STOK_MASUK, 12, 12, "admin"));
    }

    @Test
    void only_an_admin_creates_edits_archives_and_deletes_products() {
        ProductRow kopi = row(data.product("Kopi Gayo", 85_000));
        for (String role : List.of("CS", "GUDANG")) {
            assertDenied(role, () -> products.create(ProductCommand.of("TEH-01", "Teh", 10_000, 100, 1)));
            assertDenied(role, () -> products.update(kopi.id(), kopi.version(), command(kopi, "Kopi Murah", 1)));
            assertDenied(role, () -> products.setActive(kopi.id(), kopi.version(), false));
            assertDenied(role, () -> {
                products.delete(kopi.id(), kopi.version());
                return null;
            });
        }
        assertThat(row(kopi)).isEqualTo(kopi);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isEqualTo(1);

        ProductRow edited = asAdmin(() -> products.update(kopi.id(), kopi.version(), command(kopi, "Kopi Gayo Premium",
                95_000)));
        assertThat(edited.name()).isEqualTo("Kopi Gayo Premium");
        assertThat(edited.price()).isEqualTo(95_000L);
        assertThat(edited.updatedBy()).isEqualTo("admin");
        ProductRow archived = asAdmin(() -> products.setActive(kopi.id(), edited.version(), false));
        assertThat(archived.active()).isFalse();
    }

    @Test
    void a_taken_sku_is_refused_in_indonesian_and_nothing_is_saved() {
        data.productWithSku("KOP-01", "Kopi Gayo", 85_000);
        ProductRow teh = row(data.productWithSku("TEH-01", "Teh Melati", 12_000));

        assertRefused(() -> products.create(ProductCommand.of("kop-01", "Kopi Lain", 1_000, 100, 5)),
                "SKU KOP-01 sudah dipakai produk lain.");
        assertRefused(() -> products.update(teh.id(), teh.version(), command(teh, "Teh Melati", 12_000, "KOP-01", null)),
                "SKU KOP-01 sudah dipakai produk lain.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isEqualTo(2);
        assertThat(row(teh)).isEqualTo(teh);
    }

    @Test
    void a_taken_barcode_is_refused_and_names_the_product_that_has_it() {
        asAdmin(() -> products.create(new ProductCommand("KOP-01", "Kopi", 1_000, 100, "036000291452", null, 0, true,
                true, 0)));

        assertRefused(() -> products.create(new ProductCommand("TEH-01", "Teh", 1_000, 100, "036000291452", null, 0,
                true, true, 0)), "Barcode 036000291452 sudah dipakai produk KOP-01.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_retail_barcode_with_a_wrong_check_digit_is_refused_but_an_own_code_is_accepted() {
        assertRefused(() -> products.create(new ProductCommand("KOP-01", "Kopi", 1_000, 100, "4006381333932", null, 0,
                true, true, 0)), "Barcode 4006381333932 salah: digit terakhir (cek digit EAN/UPC) tidak cocok. Periksa"
                + " lagi angkanya.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isZero();

        asAdmin(() -> products.create(new ProductCommand("EAN-8", "A", 1, 1, "96385074", null, 0, true, true, 0)));
        asAdmin(() -> products.create(new ProductCommand("OWN", "B", 1, 1, "kode-rak-7", null, 0, true, true, 0)));
        asAdmin(() -> products.create(new ProductCommand("LONG", "C", 1, 1, "12345", null, 0, true, true, 0)));
        assertThat(jdbc.queryForList("SELECT barcode FROM product ORDER BY barcode", String.class))
                .containsExactly("12345", "96385074", "KODE-RAK-7");
        assertRefused(() -> products.create(new ProductCommand("BAD", "D", 1, 1, "kode rak", null, 0, true, true, 0)),
                "Barcode kode rak tidak valid: gunakan huruf, angka dan strip (paling panjang 40).");
    }

    @Test
    void negative_price_weight_threshold_or_opening_stock_are_refused_and_nothing_is_saved() {
        assertRefused(() -> products.create(ProductCommand.of("KOP-01", "Kopi", -1, 100, 5)),
                "Harga tidak boleh negatif.");
        assertRefused(() -> products.create(ProductCommand.of("KOP-01", "Kopi", 1, -1, 5)), "Berat tidak boleh negatif.");
        assertRefused(() -> products.create(ProductCommand.of("KOP-01", "Kopi", 1, 1, -5)),
                "Stok awal tidak boleh negatif.");
        assertRefused(() -> products.create(new ProductCommand("KOP-01", "Kopi", 1, 1, null, null, -1, true, true, 0)),
                "Batas stok menipis tidak boleh negatif.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement", Integer.class)).isZero();
    }

    @Test
    void a_stale_edit_changes_nothing_and_names_who_saved_in_between() {
        ProductRow opened = row(data.product("Kopi Gayo", 85_000));
        as("dewi", "ADMIN", () -> products.update(opened.id(), opened.version(), command(opened, "Kopi Gayo 250g", 90_000)));

        assertRefused(() -> products.update(opened.id(), opened.version(), command(opened, "Kopi Gayo Murah", 10_000)),
                "Produk " + opened.sku() + " sudah diubah oleh dewi setelah Anda membukanya. Tidak ada yang disimpan:"
                        + " buka lagi lalu ulangi.");
        assertThat(row(opened).name()).isEqualTo("Kopi Gayo 250g");
        assertThat(row(opened).price()).isEqualTo(90_000L);
    }

    @Test
    void editing_a_product_never_overwrites_stock_an_order_took_meanwhile() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        ProductRow opened = row(kopi);
        data.order(budi, OrderSource.MANUAL, kopi, 3);

        asAdmin(() -> products.update(opened.id(), opened.version(), command(opened, "Kopi Gayo Baru", 85_000)));

        assertThat(data.stock(kopi)).isEqualTo(7);
    }

    @Test
    void a_product_an_order_took_cannot_be_deleted_only_archived_and_then_leaves_tambah_order() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        ProductRow row = row(kopi);

        assertRefused(() -> {
            products.delete(row.id(), row.version());
            return null;
        }, "Produk " + kopi.getSku() + " sudah pernah dipesan, jadi tidak bisa dihapus. Arsipkan saja.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isEqualTo(1);

        asAdmin(() -> products.setActive(row.id(), row.version(), false));
        assertThat(asAdmin(() -> products.search("Kopi", 10))).isEmpty();
        assertThat(asAdmin(() -> products.findAllById(List.of(row.id())))).singleElement()
                .satisfies(r -> assertThat(r.active()).isFalse());
        assertThat(jdbc.queryForObject("SELECT product_name FROM order_line WHERE order_id = ?", String.class,
                order.getId())).isEqualTo("Kopi Gayo");
    }

    @Test
    void a_product_never_ordered_can_be_deleted_with_its_stock_history() {
        ProductRow teh = row(data.product("Teh Melati", 12_000, 5));
        asAdmin(() -> products.receive(teh.id(), 3, null));

        asAdmin(() -> {
            products.delete(teh.id(), teh.version());
            return null;
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement", Integer.class)).isZero();
    }

    // ---- stock movements -------------------------------------------------------------------------

    @Test
    void admin_and_gudang_record_stok_masuk_rusak_hilang_and_counts_but_cs_may_not() {
        ProductRow kopi = row(data.product("Kopi Gayo", 85_000, 10));

        StockMovementRow in = as("gudang", "GUDANG", () -> products.receive(kopi.id(), 5, "Kiriman supplier"));
        StockMovementRow out = asAdmin(() -> products.writeOff(kopi.id(), 2, "Kemasan sobek"));
        StockMovementRow count = as("gudang", "GUDANG", () -> products.recordCount(kopi.id(), 11, "Stok opname"));
        assertDenied("CS", () -> products.receive(kopi.id(), 1, null));
        assertDenied("CS", () -> products.writeOff(kopi.id(), 1, null));
        assertDenied("CS", () -> products.recordCount(kopi.id(), 1, null));

        assertThat(List.of(in, out, count)).extracting(StockMovementRow::reason, StockMovementRow::quantity,
                        StockMovementRow::stockAfter, StockMovementRow::note, StockMovementRow::createdBy)
                .containsExactly(Tuple.tuple(StockReason.STOK_MASUK, 5, 15, "Kiriman supplier", "gudang"),
                        Tuple.tuple(StockReason.RUSAK_HILANG, -2, 13, "Kemasan sobek", "admin"),
                        Tuple.tuple(StockReason.KOREKSI_HITUNG, -2, 11, "Stok opname", "gudang"));
        assertThat(row(kopi).stock()).isEqualTo(11);
        assertThat(asAdmin(() -> products.history(kopi.id(), 0, 2))).extracting(StockMovementRow::reason)
                .as("newest first").containsExactly(StockReason.KOREKSI_HITUNG, StockReason.RUSAK_HILANG);
        assertThat(asAdmin(() -> products.historyCount(kopi.id()))).isEqualTo(4);
    }

    @Test
    void stock_never_goes_below_zero_and_a_refused_movement_changes_nothing() {
        ProductRow kopi = row(data.product("Kopi Gayo", 85_000, 3));

        assertRefused(() -> products.writeOff(kopi.id(), 5, null), "Stok Kopi Gayo tidak boleh minus: tersisa 3, dikurangi 5.");
        assertRefused(() -> products.recordCount(kopi.id(), -1, null), "Jumlah terhitung tidak boleh negatif.");
        assertRefused(() -> products.receive(kopi.id(), 0, null), "Jumlah harus lebih dari 0.");

        assertThat(row(kopi).stock()).isEqualTo(3);
        assertThat(asAdmin(() -> products.historyCount(kopi.id()))).isEqualTo(1);
    }

    @Test
    void orders_record_order_cancel_and_retur_movements_with_their_number() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);

        SalesOrder cancelled = data.order(budi, OrderSource.MANUAL, kopi, 3);
        asAdmin(() -> orders.cancel(List.of(cancelled.getOrderNumber()), "Pembeli minta batal"));
        SalesOrder returned = data.order(budi, OrderSource.MANUAL, kopi, 2);
        data.forceStatus(returned, OrderStatus.PROSES_PENGIRIMAN, "");
        asAdmin(() -> orders.retur(List.of(returned.getOrderNumber()), "Alamat tidak ditemukan", true));

        assertThat(asAdmin(() -> products.history(kopi.getId(), 0, 10)))
                .extracting(StockMovementRow::reason, StockMovementRow::quantity, StockMovementRow::stockAfter,
                        StockMovementRow::orderNumber)
                .containsExactly(
                        Tuple.tuple(StockReason.RETUR, 2, 10, returned.getOrderNumber()),
                        Tuple.tuple(StockReason.ORDER, -2, 8, returned.getOrderNumber()),
                        Tuple.tuple(StockReason.CANCEL, 3, 10, cancelled.getOrderNumber()),
                        Tuple.tuple(StockReason.ORDER, -3, 7, cancelled.getOrderNumber()),
                        Tuple.tuple(StockReason.STOK_MASUK, 10, 10, null));
        assertThat(asAdmin(() -> products.everOrdered(kopi.getId()))).isTrue();
    }

    @Test
    void editing_an_order_records_only_the_difference() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        Product teh = data.product("Teh Melati", 12_000, 10);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 2);
        var edit = CreateOrderCommand.simple(budi.getId(), OrderSource.MANUAL, List.of(
                new CreateOrderCommand.Line(kopi.getId(), 5, null), new CreateOrderCommand.Line(teh.getId(), 1, null)));

        as("rina", "CS", () -> orders.update(order.getOrderNumber(), order.getVersion(), edit,
                new ShippingDetails("Budi", "081234567890", order.getShippingAddress())));

        assertThat(asAdmin(() -> products.history(kopi.getId(), 0, 1))).extracting(StockMovementRow::reason,
                StockMovementRow::quantity, StockMovementRow::stockAfter, StockMovementRow::createdBy)
                .containsExactly(Tuple.tuple(StockReason.ORDER, -3, 5, "rina"));
        assertThat(data.stock(teh)).isEqualTo(9);
    }

    @Test
    void only_order_roles_reserve_and_release_stock_directly() {
        ProductRow kopi = row(data.product("Kopi Gayo", 85_000, 10));
        assertDenied("GUDANG", () -> {
            products.reserve("INV-X", Map.of(kopi.id(), 1));
            return null;
        });
        assertDenied("GUDANG", () -> {
            products.release("INV-X", Map.of(kopi.id(), 1), StockReason.CANCEL);
            return null;
        });
        as("cs", "CS", () -> {
            products.reserve("INV-2611-00001", Map.of(kopi.id(), 4));
            products.release("INV-2611-00001", Map.of(kopi.id(), 1), StockReason.CANCEL);
            return null;
        });
        assertThat(row(kopi).stock()).isEqualTo(7);
    }

    // ---- reads and money ---------------------------------------------------------------------------

    @Test
    void gudang_gets_no_price_from_any_product_read() {
        Product kopi = data.productWithSku("KOP-01", "Kopi Gayo", 85_000);
        long id = kopi.getId();

        List<ProductRow> seen = as("gudang", "GUDANG", () -> {
            var all = new java.util.ArrayList<ProductRow>();
            all.addAll(products.list(ProductFilter.active(), ProductSort.byName(), 0, 10));
            all.addAll(products.search("kopi", 10));
            all.addAll(products.findAllById(List.of(id)));
            all.add(products.findById(id).orElseThrow());
            all.add(products.findBySku("kop-01").orElseThrow());
            return all;
        });

        assertThat(seen).hasSize(5).allSatisfy(row -> assertThat(row.price()).isNull());
        assertThat(as("cs", "CS", () -> products.findBySku("KOP-01")).orElseThrow().price()).isEqualTo(85_000L);
    }

    @Test
    void the_list_searches_sku_barcode_and_name_words_and_filters_archived_and_low_stock() {
        asAdmin(() -> products.create(new ProductCommand("KOP-GAYO", "Kopi Arabika Gayo", 85_000, 250, "8991234567891",
                null, 5, true, true, 3)));
        asAdmin(() -> products.create(new ProductCommand("TEH-MLT", "Teh Melati Wangi", 12_000, 100, null, null, 5, true,
                true, 50)));
        ProductRow old = row(data.productWithSku("KOP-LAMA", "Kopi Lama", 50_000));
        asAdmin(() -> products.setActive(old.id(), old.version(), false));

        assertThat(skus(new ProductFilter("kop", ProductFilter.Status.AKTIF, false))).containsExactly("KOP-GAYO");
        assertThat(skus(new ProductFilter("arab gay", ProductFilter.Status.AKTIF, false))).containsExactly("KOP-GAYO");
        assertThat(skus(new ProductFilter("wangi", ProductFilter.Status.AKTIF, false))).containsExactly("TEH-MLT");
        assertThat(skus(new ProductFilter("899123", ProductFilter.Status.AKTIF, false))).containsExactly("KOP-GAYO");
        assertThat(skus(new ProductFilter("", ProductFilter.Status.DIARSIPKAN, false))).containsExactly("KOP-LAMA");
        assertThat(skus(new ProductFilter("kopi", ProductFilter.Status.SEMUA, false)))
                .containsExactly("KOP-GAYO", "KOP-LAMA");
        assertThat(skus(new ProductFilter("", ProductFilter.Status.AKTIF, true))).containsExactly("KOP-GAYO");
        assertThat(asAdmin(() -> products.count(new ProductFilter("", ProductFilter.Status.AKTIF, true)))).isEqualTo(1);
        assertThat(asAdmin(() -> products.list(ProductFilter.active(), new ProductSort(ProductSort.Field.PRICE, true), 0,
                10))).extracting(ProductRow::sku).containsExactly("KOP-GAYO", "TEH-MLT");
        assertThat(asAdmin(() -> products.list(ProductFilter.active(), new ProductSort(ProductSort.Field.STOCK, false), 0,
                10))).extracting(ProductRow::sku).containsExactly("KOP-GAYO", "TEH-MLT");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private List<String> skus(ProductFilter filter) {
        return asAdmin(() -> products.list(filter, ProductSort.byName(), 0, 50)).stream().map(ProductRow::sku).toList();
    }

    private ProductRow row(Product product) {
        return data.row(product);
    }

    private ProductRow row(ProductRow product) {
        return asAdmin(() -> products.findById(product.id())).orElseThrow();
    }

    private static ProductCommand command(ProductRow row, String name, long price) {
        return command(row, name, price, row.sku(), row.barcode());
    }

    private static ProductCommand command(ProductRow row, String name, long price, String sku, String barcode) {
        return new ProductCommand(sku, name, price, row.weightGrams(), barcode, row.location(), row.lowStockThreshold(),
                row.showOnOrderForm(), row.active(), 0);
    }

    private void assertRefused(Supplier<?> action, String indonesian) {
        assertThatThrownBy(() -> asAdmin(action)).isInstanceOfSatisfying(BusinessException.class, e ->
                assertThat(translations.getTranslation(e.messageKey(), Translations.INDONESIAN, e.args()))
                        .isEqualTo(indonesian));
    }

    private static void assertDenied(String role, Supplier<?> action) {
        assertThatThrownBy(() -> as(role.toLowerCase(), role, action)).as(role).isInstanceOf(AccessDeniedException.class);
    }
}
