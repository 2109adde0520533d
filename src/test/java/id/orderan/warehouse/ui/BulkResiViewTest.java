package id.orderan.warehouse.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.KaribuTest;
import id.orderan.warehouse.BulkResiRow;
import id.orderan.warehouse.BulkResiStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resi massal at the station, used as the warehouse uses it: paste, Periksa, Terapkan, read the summary. */
class BulkResiViewTest extends KaribuTest {

    private SalesOrder first;
    private SalesOrder second;
    private SalesOrder cancelled;

    @BeforeEach
    void threeOrders() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        first = data.order(budi, OrderSource.MANUAL, kopi, 1);
        second = data.order(budi, OrderSource.MANUAL, kopi, 2);
        cancelled = data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(first, OrderStatus.SEDANG_DIPROSES, "");
        data.forceStatus(second, OrderStatus.SEDANG_DIPROSES, "");
        data.forceStatus(cancelled, OrderStatus.CANCEL, "pembeli batal");
    }

    @Test
    void pasted_lines_are_checked_then_applied_and_the_refused_row_can_be_downloaded_with_its_reason() throws Exception {
        login("gudang", "GUDANG");
        BulkResiView view = navigate(BulkResiView.class);

        userSets(_get(TextArea.class, spec -> spec.withId("bulk-resi-text")), String.join("\n",
                "order\tkurir\tresi\tongkir",
                first.getOrderNumber() + "\tJNE\tCGK111111111\t15000",
                second.getOrderNumber() + "\tJ&T\tjp 2222 2222 22\t15000",
                cancelled.getOrderNumber() + "\tJNE\tCGK333333333\t15000"));
        _click(_get(Button.class, spec -> spec.withId("bulk-resi-preview")));

        Grid<BulkResiRow> grid = grid();
        assertThat(_findAll(grid)).extracting(BulkResiRow::row, BulkResiRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, BulkResiStatus.OK), org.assertj.core.groups.Tuple.tuple(3, BulkResiStatus.OK),
                org.assertj.core.groups.Tuple.tuple(4, BulkResiStatus.WRONG_STATUS));
        assertThat(_get(Span.class, spec -> spec.withId("bulk-resi-count-ok")).getText()).isEqualTo("Siap: 2");
        assertThat(_get(Span.class, spec -> spec.withId("bulk-resi-count-wrong-status")).getText()).isEqualTo("Status salah: 1");
        assertThat(grid.getColumnByKey("ongkir").isVisible()).as("the warehouse sees no money").isFalse();
        Button apply = _get(Button.class, spec -> spec.withId("bulk-resi-apply"));
        assertThat(apply.getText()).isEqualTo("Terapkan 2 baris");

        _click(apply);
        assertThat(apply.isEnabled()).as("a second tap cannot apply again").isFalse();
        String summary = awaitSummary(view);

        assertThat(summary).isEqualTo("Diterapkan 2 order ke Proses Pengiriman, 0 sudah selesai sebelumnya, 1 ditolak.");
        assertThat(data.status(first)).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(data.status(second)).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(data.status(cancelled)).isEqualTo("CANCEL");
        String refused = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("bulk-resi-refused-download"))),
                StandardCharsets.UTF_8);
        assertThat(refused).startsWith("\uFEFFbaris;order;kurir;resi;layanan;alasan")
                .contains("4;" + cancelled.getOrderNumber() + ";JNE;CGK333333333;;Order berstatus Cancel, bukan Sedang Diproses.")
                .doesNotContain("15000");
        assertThat(apply.isEnabled()).isFalse();
    }

    @Test
    void the_template_downloads_with_the_columns_the_page_reads_back() throws Exception {
        login("gudang", "GUDANG");
        navigate(BulkResiView.class);

        String template = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("bulk-resi-template"))),
                StandardCharsets.UTF_8);
        byte[] xlsx = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("bulk-resi-template-xlsx")));

        assertThat(template).startsWith("\uFEFForder;kurir;resi;layanan\r\nINV-2611-00001;JNE;CGK1234567890;REG");
        assertThat(id.orderan.support.Spreadsheets.rows(xlsx).getFirst()).containsExactly("order", "kurir", "resi", "layanan");
    }

    @Test
    void an_uploaded_booking_file_is_checked_as_soon_as_it_arrives() {
        login("gudang", "GUDANG");
        navigate(BulkResiView.class);

        byte[] csv = ("\uFEFFNo Invoice;Ekspedisi;No AWB\r\n" + first.getOrderNumber() + ";SiCepat;004455667788\r\n"
                + "INV-0000-00000;SiCepat;004455667799\r\n").getBytes(StandardCharsets.UTF_8);
        com.github.mvysny.kaributesting.v10.UploadKt._upload(
                _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("bulk-resi-upload")),
                "booking.csv", "text/csv", csv);

        assertThat(_findAll(grid())).extracting(BulkResiRow::status)
                .containsExactly(BulkResiStatus.OK, BulkResiStatus.UNKNOWN_ORDER);
        assertThat(_get(Button.class, spec -> spec.withId("bulk-resi-apply")).getText()).isEqualTo("Terapkan 1 baris");
        assertThat(data.status(first)).as("checking changes nothing").isEqualTo("SEDANG_DIPROSES");
    }

    @Test
    void cs_checks_a_list_but_cannot_apply_it() {
        login("cs", "CS");
        navigate(BulkResiView.class);

        userSets(_get(TextArea.class, spec -> spec.withId("bulk-resi-text")),
                first.getOrderNumber() + ";JNE;CGK111111111;REG;15.000");
        _click(_get(Button.class, spec -> spec.withId("bulk-resi-preview")));

        assertThat(_findAll(grid())).extracting(BulkResiRow::status).containsExactly(BulkResiStatus.OK);
        assertThat(grid().getColumnByKey("ongkir").isVisible()).as("CS sees money").isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("bulk-resi-apply")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "CS dapat memeriksa daftar; yang menerapkan resi adalah Gudang atau Admin.")).isVisible()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Grid<BulkResiRow> grid() {
        return _get(Grid.class, spec -> spec.withId("bulk-resi-grid"));
    }

    /** The apply runs in the background: wait, giving the UI its turn, until the summary shows. */
    private static String awaitSummary(BulkResiView view) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (view.summary.isVisible()) {
                return _get(Paragraph.class, spec -> spec.withId("bulk-resi-summary-text")).getText();
            }
            Thread.sleep(20);
            MockVaadin.clientRoundtrip(false);
        }
        throw new AssertionError("the summary never showed");
    }
}
