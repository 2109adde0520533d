package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.ui.ExportDialog;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.Spreadsheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderExportUiTest extends ListOrderUiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ekspor_on_list_order_downloads_the_rows_of_the_current_tab_and_search_as_xlsx() throws Exception {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("081311112222").create();
        Customer budi = data.customer().name("Budi Santoso").phone("081399998888").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder older = data.order(siti, OrderSource.MANUAL, kopi, 1);
        SalesOrder newer = data.order(siti, OrderSource.FORM, kopi, 2);
        SalesOrder processed = data.order(siti, OrderSource.MANUAL, kopi, 3);
        data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(processed, OrderStatus.SEDANG_DIPROSES, "");
        jdbc.update("UPDATE sales_order SET created_at = '2026-11-20 01:00:00' WHERE id = ?", older.getId());
        jdbc.update("UPDATE sales_order SET created_at = '2026-11-26 01:00:00' WHERE id = ?", newer.getId());
        login("cs", "CS");
        navigate(OrderListView.class);
        clickTab(OrderTab.BELUM_BAYAR);
        typeSearch("siti");

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("export-orders")));
        ExportDialog dialog = _get(ExportDialog.class);
        userSets(_get(dialog, com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                spec -> spec.withId("export-format")), ExportFormat.XLSX);
        _click(_get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("export-start")));

        long deadline = System.currentTimeMillis() + 20_000;
        while (downloadLinks(dialog).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false); // runs the progress and "done" updates the export pushed
        }
        Anchor download = _get(dialog, Anchor.class, spec -> spec.withId("export-download"));
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getText()).startsWith("Unduh order-belum-bayar-").endsWith(".xlsx");
        Path file = dialog.exportedFile().orElseThrow();
        List<List<Object>> rows = Spreadsheets.rows(Files.readAllBytes(file));
        assertThat(rows.subList(1, rows.size())).extracting(List::getFirst)
                .containsExactly(newer.getOrderNumber(), older.getOrderNumber());

        dialog.close();
        MockVaadin.clientRoundtrip(false);
        assertThat(file).as("the temporary file goes with the dialog").doesNotExist();
    }

    private static List<Anchor> downloadLinks(ExportDialog dialog) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(dialog, Anchor.class,
                spec -> spec.withId("export-download"));
    }
}
