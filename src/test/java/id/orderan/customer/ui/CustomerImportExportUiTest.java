package id.orderan.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
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
import id.orderan.base.ui.ExportDialog;
import id.orderan.base.ui.ImportDialog;
import id.orderan.customer.CustomerRow;
import id.orderan.support.KaribuTest;
import id.orderan.support.Spreadsheets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerImportExportUiTest extends KaribuTest {

    @Test
    void an_admin_imports_customers_from_csv_sees_the_reasons_confirms_and_finds_them_in_the_list() throws Exception {
        login("admin", "ADMIN");
        navigate(CustomerListView.class);

        _click(_get(Button.class, spec -> spec.withId("customer-import")));
        ImportDialog<?> dialog = _get(ImportDialog.class);
        uploads(dialog, "pelanggan.csv", "Nama;Kategori;WhatsApp;Kota/Kabupaten\n"
                + "Siti Nurhaliza;Reseller;0812-9999-0000;Kab. Sleman\nJohn Smith;;+1 555 123 4567;\n");

        Grid<?> preview = _get(dialog, Grid.class);
        assertThat(_getFormatted(preview, 1, "line")).isEqualTo("3");
        assertThat(_getFormatted(preview, 1, "outcome"))
                .isEqualTo("Nomor WhatsApp +1 555 123 4567 bukan nomor Indonesia yang valid. Contoh: 0812-3456-7890.");
        assertThat(_findAll(customerGrid())).as("nothing yet").isEmpty();

        assertThat(confirmsImport(dialog)).isEqualTo("Selesai: 1 dibuat, 0 diperbarui, 0 dilewati, 1 gagal.");
        assertThat(_findAll(customerGrid())).extracting(CustomerRow::name, CustomerRow::phone, CustomerRow::city)
                .containsExactly(tuple("Siti Nurhaliza", "6281299990000", "Kab. Sleman"));
    }

    @Test
    void cs_exports_the_searched_customers_as_xlsx_but_is_not_offered_the_import() throws Exception {
        data.customer().name("Siti Nurhaliza").phone("081299990000").create();
        data.customer().name("Budi Santoso").phone("081311112222").create();
        login("cs", "CS");
        navigate(CustomerListView.class);
        assertThat(_find(Button.class, spec -> spec.withId("customer-import"))).isEmpty();
        userSets(_get(TextField.class, spec -> spec.withId("customer-search")), "siti");
        assertThat(_findAll(customerGrid())).extracting(CustomerRow::name).containsExactly("Siti Nurhaliza");

        _click(_get(Button.class, spec -> spec.withId("customer-export")));
        ExportDialog dialog = _get(ExportDialog.class);
        userSets(_get(dialog, RadioButtonGroup.class, spec -> spec.withId("export-format")), ExportFormat.XLSX);
        byte[] file = downloads(dialog);

        assertThat(_get(dialog, Anchor.class, spec -> spec.withId("export-download")).getText())
                .startsWith("Unduh pelanggan-").endsWith(".xlsx");
        List<List<Object>> rows = Spreadsheets.rows(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).startsWith("Nama", "Kategori", "WhatsApp");
        assertThat(rows.get(1)).startsWith("Siti Nurhaliza", "Umum", "0812-9999-0000");
        _click(_get(dialog, Button.class, spec -> spec.withText("Tutup")));
        assertThat(dialog.isOpened()).isFalse();
    }

    /** The list on the Pelanggan page (not the import preview's grid in the dialog above it). */
    @SuppressWarnings("unchecked")
    private static Grid<CustomerRow> customerGrid() {
        return _get(_get(CustomerListView.class), Grid.class);
    }
}
