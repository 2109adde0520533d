package id.orderan.catalog.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductCommand;
import id.orderan.catalog.ProductFilter;
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
        navigate(ProductListView.class);
        assertThat(_size(productGrid())).isZero();

        clickButton("product-add");
        ProductFormDialog dialog = _get(ProductFormDialog.class);
        userSets(textField("product-sku"), "kop-gayo-250");
        userSets(textField("product-name"), "Kopi Arabika Gayo 250g");
        types(_get(RupiahField.class, spec -> spec.withId("product-price")), "85.000");
        userSets(integerField("product-weight"), 280);
        userSets(textField("product-barcode"), "4006381333931");
        userSets(textField("product-location"), "Rak A-03");
        userSets(integerField("product-threshold"), 5);
        userSets(integerField("product-opening-stock"), 12);
        clickButton("product-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_findAll(productGrid())).singleElement().satisfies(row -> {
            assertThat(row.sku()).isEqualTo("KOP-GAYO-250");
            assertThat(row.stock()).isEqualTo(12);
            assertThat(row.location()).isEqualTo("Rak A-03");
        });
        assertThat(_getFormattedRow(productGrid(), 0)).contains("Rp 85.000", "280 g");
        assertThat(jdbc.queryForObject("SELECT CONCAT(reason, ' ', quantity, ' ', created_by) FROM stock_movement",
                String.class)).isEqualTo("STOK_MASUK 12 admin");
    }

    @Test
    void a_taken_sku_is_explained_in_indonesian_and_the_dialog_keeps_what_was_typed() {
        data.productWithSku("KOP-01", "Kopi Gayo", 85_000);
        login("admin", "ADMIN");
        navigate(ProductListView.class);

        clickButton("product-add");
        ProductFormDialog dialog = _get(ProductFormDialog.class);
        userSets(textField("product-sku"), "kop-01");
        userSets(textField("product-name"), "Kopi Toraja");
        types(_get(RupiahField.class, spec -> spec.withId("product-price")), "Rp 90.000");
        userSets(integerField("product-weight"), 250);
        clickButton("product-save");

        NotificationsKt.expectNotifications("SKU KOP-01 sudah dipakai produk lain.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(textField("product-name").getValue()).isEqualTo("Kopi Toraja");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).isEqualTo(1);
    }

    @Test
    void the_warehouse_records_a_count_and_sees_it_at_the_top_of_the_history() {
        data.product("Kopi Gayo", 85_000, 10);
        login("gudang", "GUDANG");
        navigate(ProductListView.class);
        _clickItem(productGrid(), 0);
        ProductDetailDialog detail = _get(ProductDetailDialog.class);
        assertThat(_size(historyGrid(detail))).isEqualTo(1);

        clickButton("stock-count");
        StockMovementDialog count = _get(StockMovementDialog.class);
        userSets(integerField("stock-quantity"), 7);
        userSets(textField("stock-note"), "Stok opname akhir bulan");
        clickButton("stock-save");

        assertThat(count.isOpened()).isFalse();
        assertThat(_size(historyGrid(detail))).isEqualTo(2);
        assertThat(_getFormattedRow(historyGrid(detail), 0)).containsSubsequence("Koreksi hitung", "-3", "7", "",
                "Stok opname akhir bulan", "gudang");
        assertThat(_findAll(productGrid()).getFirst().stock()).isEqualTo(7);
    }

    @Test
    void the_warehouse_sees_no_price_on_the_produk_screen_nor_in_a_product() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("gudang", "GUDANG");
        navigate(ProductListView.class);

        assertThat(productGrid().getColumnByKey("price")).isNull();
        assertThat(_getFormattedRow(productGrid(), 0)).noneMatch(cell -> cell.contains("Rp"));
        assertThat(_find(Button.class, spec -> spec.withId("product-add"))).as("only ADMIN adds").isEmpty();
        _clickItem(productGrid(), 0);
        ProductDetailDialog detail = _get(ProductDetailDialog.class);

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
        navigate(ProductListView.class);
        assertThat(_size(productGrid())).isEqualTo(2);

        userSets(textField("product-search"), "melati");
        assertThat(_findAll(productGrid())).extracting(ProductRow::sku).containsExactly("TEH-01");
        userSets(_get(Checkbox.class, spec -> spec.withId("product-low-stock")), true);
        assertThat(_size(productGrid())).isZero();
        assertThat(productGrid().getEmptyStateText())
                .isEqualTo("Tidak ada produk yang cocok dengan pencarian atau filter ini");
        assertThat(_find(Button.class, spec -> spec.withId("product-add"))).as("CS reads products, only ADMIN adds")
                .isEmpty();
    }

    @Test
    void a_stale_edit_says_who_changed_the_product_and_archiving_hides_it_from_the_active_list() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("admin", "ADMIN");
        navigate(ProductListView.class);
        _clickItem(productGrid(), 0);
        ProductDetailDialog detail = _get(ProductDetailDialog.class);

        clickButton("product-edit");
        ProductFormDialog edit = _get(ProductFormDialog.class);
        ProductRow opened = data.row(kopi);
        TestData.as("dewi", "ADMIN", () -> products.update(opened.id(), opened.version(),
                new ProductCommand(opened.sku(), "Kopi Gayo 250g", 90_000, 250, null, null, 0, true, true, 0)));
        userSets(textField("product-name"), "Kopi Gayo Murah");
        clickButton("product-save");

        NotificationsKt.expectNotifications("Produk " + kopi.getSku() + " sudah diubah oleh dewi setelah Anda"
                + " membukanya. Tidak ada yang disimpan: buka lagi lalu ulangi.");
        assertThat(edit.isOpened()).isTrue();
        assertThat(data.row(kopi).name()).isEqualTo("Kopi Gayo 250g");
        NotificationsKt.clearNotifications();
        _click(_get(edit, Button.class, spec -> spec.withText("Batal")));
        assertThat(edit.isOpened()).isFalse();

        _click(_get(detail, Button.class, spec -> spec.withText("Tutup")));
        assertThat(detail.isOpened()).isFalse();
        _clickItem(productGrid(), 0); // opened again: the new version
        assertThat(_find(Button.class, spec -> spec.withId("product-delete"))).as("never ordered: may be deleted")
                .hasSize(1);
        clickButton("product-archive");
        assertThat(data.row(kopi).active()).isFalse();
        assertThat(_size(productGrid())).isZero();
        userSets(statusFilter(), ProductFilter.Status.DIARSIPKAN);
        assertThat(_findAll(productGrid())).extracting(ProductRow::sku).containsExactly(kopi.getSku());
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProductRow> productGrid() {
        return _get(Grid.class, spec -> spec.withId("product-grid"));
    }

    /** The stock history: the one grid inside the product's dialog. */
    private static Grid<?> historyGrid(ProductDetailDialog detail) {
        return _get(detail, Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<ProductFilter.Status> statusFilter() {
        return _get(Select.class, spec -> spec.withId("product-status"));
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static IntegerField integerField(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    /** Finds a visible, enabled button and clicks it: Karibu refuses a button a user could not click. */
    private static void clickButton(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }
}
