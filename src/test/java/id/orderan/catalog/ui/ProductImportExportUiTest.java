package id.orderan.catalog.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.DataIoUi.confirmsImport;
import static id.orderan.support.DataIoUi.downloads;
import static id.orderan.support.DataIoUi.uploads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.dataio.MatchMode;
import id.orderan.base.ui.ExportDialog;
import id.orderan.base.ui.ImportDialog;
import id.orderan.catalog.ProductRow;
import id.orderan.support.KaribuTest;
import id.orderan.support.Spreadsheets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProductImportExportUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_imports_products_from_csv_sees_the_reasons_confirms_and_finds_them_in_the_list() throws Exception {
        data.productWithSku("KOP-GAYO", "Kopi Gayo", 85_000);
        login("admin", "ADMIN");
        navigate(ProductListView.class);

        _click(_get(Button.class, spec -> spec.withId("product-import")));
        @SuppressWarnings("unchecked")
        ImportDialog<?> dialog = _get(ImportDialog.class);
        uploads(dialog, "produk.csv", "SKU;Nama;Harga;Stok awal\nTEH-1;Teh Melati;Rp 12.500;10\nTEH-2;Teh Hijau;gratis;\n"
                + "KOP-GAYO;Kopi Gayo Premium;95.000;\n");

        Grid<?> preview = _get(dialog, Grid.class);
        assertThat(_getFormatted(preview, 1, "line")).isEqualTo("3");
        assertThat(_getFormatted(preview, 1, "outcome"))
                .isEqualTo("Harga: \"gratis\" bukan jumlah rupiah yang valid (contoh: Rp 1.250.000, 1.250.000 atau"
                        + " 1250000).");
        assertThat(_getFormatted(preview, 2, "outcome")).isEqualTo("Sudah ada");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Integer.class)).as("nothing yet").isEqualTo(1);

        userSets(_get(dialog, RadioButtonGroup.class, spec -> spec.withId("import-mode")), MatchMode.UPDATE_EXISTING);
        assertThat(confirmsImport(dialog)).isEqualTo("Selesai: 1 dibuat, 1 diperbarui, 0 dilewati, 1 gagal.");
        assertThat(_findAll(productGrid())).extracting(ProductRow::sku, ProductRow::name, ProductRow::stock)
                .containsExactly(tuple("KOP-GAYO", "Kopi Gayo Premium", 100),
                        tuple("TEH-1", "Teh Melati", 10));
    }

    @Test
    void only_an_admin_is_offered_the_import_everyone_the_export() {
        login("cs", "CS");
        navigate(ProductListView.class);

        assertThat(_find(Button.class, spec -> spec.withId("product-import"))).as("Karibu finds visible ones only")
                .isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("product-export")).isVisible()).isTrue();
    }

    @Test
    void ekspor_on_produk_downloads_the_searched_products_as_xlsx_without_prices_for_the_warehouse() throws Exception {
        data.productWithSku("KOP-GAYO", "Kopi Gayo", 85_000);
        data.productWithSku("TEH-1", "Teh Melati", 12_000);
        login("gudang", "GUDANG");
        navigate(ProductListView.class);
        userSets(_get(TextField.class, spec -> spec.withId("product-search")), "kopi");
        assertThat(_size(productGrid())).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("product-export")));
        ExportDialog dialog = _get(ExportDialog.class);
        userSets(_get(dialog, RadioButtonGroup.class, spec -> spec.withId("export-format")), ExportFormat.XLSX);
        byte[] file = downloads(dialog);

        assertThat(_get(dialog, Anchor.class, spec -> spec.withId("export-download")).getText()).startsWith("Unduh produk-")
                .endsWith(".xlsx");
        List<List<Object>> rows = Spreadsheets.rows(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).doesNotContain("Harga").startsWith("SKU", "Nama", "Berat (gram)");
        assertThat(rows.get(1)).startsWith("KOP-GAYO", "Kopi Gayo", 250.0).doesNotContain(85_000.0);
        _click(_get(dialog, Button.class, spec -> spec.withText("Tutup")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProductRow> productGrid() {
        return _get(Grid.class, spec -> spec.withId("product-grid"));
    }
}
