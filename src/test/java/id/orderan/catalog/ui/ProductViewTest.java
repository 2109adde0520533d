package id.orderan.catalog.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductCommand;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.support.KaribuTest;
import id.orderan.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProductViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProductService products;

    @Test
    void an_admin_adds_a_product_with_opening_stock_through_the_dialog() {
        login("admin", "ADMIN");
        ProductListView view = navigate(ProductListView.class);
        assertThat(_size(view.grid)).isZero();

        view.add.click();
        ProductFormDialog dialog = _get(ProductFormDialog.class);
        userSets(dialog.sku, "kop-gayo-250");
        userSets(dialog.name, "Kopi Arabika Gayo 250g");
        types(dialog.price, "85.000");
        userSets(dialog.weight, 280);
        userSets(dialog.barcode, "4006381333931");
        userSets(dialog.location, "Rak A-03");
        userSets(dialog.threshold, 5);
        userSets(dialog.openingStock, 12);
        dialog.save.click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_findAll(view.grid)).singleElement().satisfies(row -> {
            assertThat(row.sku()).isEqualTo("KOP-GAYO-250");
            assertThat(row.stock()).isEqualTo(12);
            assertThat(row.location()).isEqualTo("Rak A-03");
        });
        assertThat(_getFormattedRow(view.grid, 0)).contains("Rp 85.000", "280 g");
        assertThat(jdbc.queryForObject("SELECT CONCAT(reason, ' ', quantity, ' ', created_by) FROM stock_movement",
                String.class)).isEqualTo("STOK_MASUK 12 admin");
    }

    @Test
    void a_taken_sku_is_explained_in_indonesian_and_the_dialog_keeps_what_was_typed() {
        data.productWithSku("KOP-01", "Kopi Gayo", 85_000);
        login("admin", "ADMIN");
        ProductListView view = navigate(ProductListView.class);

        view.add.click();
        ProductFormDialog dialog = _get(ProductFormDialog.class);
        userSets(dialog.sku, "kop-01");
        userSets(dialog.name, "Kopi Toraja");
        types(dialog.price, "Rp 90.000");
        userSets(dialog.weight, 250);
        dialog.save.click();

        NotificationsKt.expectNotifications("SKU KOP-01 sudah dipakai produk lain.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("Kopi Toraja");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isEqualTo(1);
    }

    @Test
    void the_warehouse_records_a_count_and_sees_it_at_the_top_of_the_history() {
        data.product("Kopi Gayo", 85_000, 10);
        login("gudang", "GUDANG");
        ProductListView view = navigate(ProductListView.class);
        ProductDetailDialog detail = view.open(_findAll(view.grid).getFirst());
        assertThat(_size(detail.history)).isEqualTo(1);

        _get(Button.class, spec -> spec.withId("stock-count")).click();
        StockMovementDialog count = _get(StockMovementDialog.class);
        userSets(count.quantity, 7);
        userSets(count.note, "Stok opname akhir bulan");
        count.save.click();

        assertThat(count.isOpened()).isFalse();
        assertThat(_size(detail.history)).isEqualTo(2);
        assertThat(_getFormattedRow(detail.history, 0)).containsSubsequence("Koreksi hitung", "-3", "7", "",
                "Stok opname akhir bulan", "gudang");
        assertThat(_findAll(view.grid).getFirst().stock()).isEqualTo(7);
    }

    @Test
    void the_warehouse_sees_no_price_on_the_produk_screen_nor_in_a_product() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("gudang", "GUDANG");
        ProductListView view = navigate(ProductListView.class);

        assertThat(view.grid.getColumnByKey("price")).isNull();
        assertThat(_getFormattedRow(view.grid, 0)).noneMatch(cell -> cell.contains("Rp"));
        assertThat(view.add.isVisible()).isFalse();
        ProductDetailDialog detail = view.open(_findAll(view.grid).getFirst());

        // the dialog is an overlay: print it on its own as well as the page under it
        String screen = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()) + PrettyPrintTreeKt.toPrettyTree(detail);
        assertThat(detail.getHeaderTitle()).isEqualTo(kopi.getSku() + " · Kopi Gayo");
        assertThat(screen).contains("Stok: 10").doesNotContain("Rp").doesNotContain("85.000")
                .doesNotContain("85000");
        assertThat(_find(Button.class, spec -> spec.withId("product-edit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("product-delete"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("stock-receive"))).hasSize(1);
    }

    @Test
    void searching_as_you_type_and_the_low_stock_filter_narrow_the_list() {
        data.productWithSku("KOP-01", "Kopi Gayo", 85_000);
        data.productWithSku("TEH-01", "Teh Melati", 12_000);
        login("cs", "CS");
        ProductListView view = navigate(ProductListView.class);
        assertThat(_size(view.grid)).isEqualTo(2);

        userSets(view.search, "melati");
        assertThat(_findAll(view.grid)).extracting(r -> r.sku()).containsExactly("TEH-01");
        userSets(view.lowStock, true);
        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Tidak ada produk yang cocok dengan pencarian atau filter ini");
        assertThat(view.add.isVisible()).as("CS reads products, only ADMIN adds").isFalse();
    }
    @Test
    void a_stale_edit_says_who_changed_the_product_and_archiving_hides_it_from_the_active_list() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("admin", "ADMIN");
        ProductListView view = navigate(ProductListView.class);
        ProductDetailDialog detail = view.open(_findAll(view.grid).getFirst());

        _get(Button.class, spec -> spec.withId("product-edit")).click();
        ProductFormDialog edit = _get(ProductFormDialog.class);
        ProductRow opened = data.row(kopi);
        TestData.as("dewi", "ADMIN", () -> products.update(opened.id(), opened.version(),
                new ProductCommand(opened.sku(), "Kopi Gayo 250g", 90_000, 250, null, null, 0, true, true, 0)));
        userSets(edit.name, "Kopi Gayo Murah");
        edit.save.click();

        NotificationsKt.expectNotifications("Produk " + kopi.getSku() + " sudah diubah oleh dewi setelah Anda"
                + " membukanya. Tidak ada yang disimpan: buka lagi lalu ulangi.");
        assertThat(edit.isOpened()).isTrue();
        assertThat(data.row(kopi).name()).isEqualTo("Kopi Gayo 250g");
        NotificationsKt.clearNotifications();
        edit.close();

        detail.close();
        view.open(_findAll(view.grid).getFirst()); // opened again: the new version
        assertThat(_find(Button.class, spec -> spec.withId("product-delete"))).as("never ordered: may be deleted")
                .hasSize(1);
        _get(Button.class, spec -> spec.withId("product-archive")).click();
        assertThat(data.row(kopi).active()).isFalse();
        assertThat(_size(view.grid)).isZero();
        userSets(view.status, id.orderan.catalog.ProductFilter.Status.DIARSIPKAN);
        assertThat(_findAll(view.grid)).extracting(ProductRow::sku).containsExactly(kopi.getSku());
    }
}
