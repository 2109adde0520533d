package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.order.ui.OrderTimelineUi.timelineEntries;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.document.DocumentService;
import id.orderan.order.Courier;
import id.orderan.order.DiscountUnit;
import id.orderan.order.InvoiceNotes;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentKind;
import id.orderan.payment.ui.ConfirmPaymentDialog;
import id.orderan.payment.ui.PaymentDialog;
import id.orderan.shipping.ui.ResiDialog;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The life of an order as staff click through it: List Order's cells and bulk bar, the dialogs they open. */
class OrderLifecycleUiTest extends ListOrderUiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void the_order_form_explains_what_is_missing_and_adds_up_the_total_live() {
        Customer siti = data.customer().name("Siti Nurhaliza").category(CustomerCategory.DROPSHIPPER).create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("cs", "CS");
        navigate(OrderFormView.class);
        Button save = _get(Button.class, spec -> spec.withId("order-save"));

        _click(save);
        ComboBox<Customer> customer = _get(ComboBox.class, spec -> spec.withId("order-customer"));
        assertThat(customer.isInvalid()).isTrue();
        assertThat(customer.getErrorMessage()).isEqualTo("Pilih pelanggan atau buat pelanggan baru");

        assertThat(_find(TextField.class, spec -> spec.withLabel("Dikirim sebagai (nama)"))).isEmpty();
        userSets(customer, siti);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Dikirim sebagai (nama)")))
                .as("dropshippers get a sender").hasSize(1);
        _click(save);
        NotificationsKt.expectNotifications("Order harus berisi minimal satu produk.");

        userSets(_get(ComboBox.class, spec -> spec.withId("line-product-0")), data.row(kopi));
        userSets(_get(IntegerField.class, spec -> spec.withId("line-quantity-0")), 2);
        assertThat(money("line-price-0").getValue()).isEqualTo(85_000L);
        types(money("order-shipping"), "18.000");
        types(money("order-insurance"), "2000");
        types(money("order-other-fee"), "Rp 1.000");
        userSets(_get(RadioButtonGroup.class, spec -> spec.withId("order-discount-unit")), DiscountUnit.PERSEN);
        types(money("order-discount"), "10");
        userSets(_get(Checkbox.class, spec -> spec.withLabel("Pakai kode unik transfer")), true);
        userSets(_get(IntegerField.class, spec -> spec.withId("order-unique-code")), 123);
        assertThat(text("order-subtotal")).isEqualTo("Rp 170.000");
        assertThat(text("order-discount-amount")).isEqualTo("-Rp 17.000");
        assertThat(text("order-total")).isEqualTo("Rp 174.123");

        _click(save);

        assertThat(jdbc.queryForObject("SELECT grand_total FROM sales_order", Long.class)).isEqualTo(174_123);
        assertThat(jdbc.queryForObject("SELECT source FROM sales_order", String.class)).isEqualTo("MANUAL");
        assertThat(data.stock(kopi)).isEqualTo(8);
        _get(OrderDetailView.class);
    }

    @Test
    void the_confirmation_popup_shows_the_difference_and_approving_moves_the_order_on() {
        SalesOrder order = formOrder();
        data.forceStatus(order, OrderStatus.KONFIRMASI, "");
        data.pendingConfirmation(order, order.getGrandTotal() + 1_000);
        login("cs", "CS");
        navigate(OrderListView.class);

        clickInRow(rowOf(order.getOrderNumber()), "status", "statusClicked");

        ConfirmPaymentDialog dialog = _get(ConfirmPaymentDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, Span.class, spec -> spec.withId("confirm-difference")).getText()).isEqualTo("+Rp 1.000");
        _click(button("confirm-approve"));
        assertThat(data.status(order)).isEqualTo("SEDANG_DIPROSES");
        assertThat(tabCount(OrderTab.SEDANG_DIPROSES)).isEqualTo(1);
        assertThat(tabCount(OrderTab.KONFIRMASI)).isZero();
    }

    @Test
    void rejecting_asks_for_a_reason_first() {
        SalesOrder order = formOrder();
        data.forceStatus(order, OrderStatus.KONFIRMASI, "");
        data.pendingConfirmation(order, order.getGrandTotal());
        login("cs", "CS");
        navigate(OrderListView.class);
        clickInRow(rowOf(order.getOrderNumber()), "status", "statusClicked");
        ConfirmPaymentDialog dialog = _get(ConfirmPaymentDialog.class);

        _click(button("confirm-reject"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("confirm-reject-reason"));
        assertThat(reason.isVisible()).isTrue();
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");
        userSets(reason, "Dana belum masuk ke rekening");
        _click(button("confirm-reject"));

        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void the_resi_dialog_checks_the_number_and_ships_the_order() {
        SalesOrder order = formOrder();
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        login("gudang", "GUDANG");
        navigate(OrderListView.class);
        clickInRow(rowOf(order.getOrderNumber()), "action", "open");
        _click(button("action-resi"));
        _get(ResiDialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<Courier> courier = _get(ComboBox.class, spec -> spec.withId("resi-courier"));
        TextField resi = _get(TextField.class, spec -> spec.withId("resi-number"));

        userSets(courier, Courier.JNT);
        userSets(resi, "jp12");
        _click(button("resi-save"));
        assertThat(resi.isInvalid()).isTrue();
        assertThat(resi.getErrorMessage()).isEqualTo("Nomor resi harus 8–30 karakter.");

        userSets(resi, "jp 1234 5678 90");
        assertThat(resi.getValue()).isEqualTo("JP1234567890");
        _click(button("resi-save"));

        assertThat(data.status(order)).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(tabCount(OrderTab.PROSES_PENGIRIMAN)).isEqualTo(1);
    }

    @Test
    void ticked_orders_are_cancelled_together_with_a_reason() {
        SalesOrder first = formOrder();
        SalesOrder second = formOrder();
        login("cs", "CS");
        navigate(OrderListView.class);
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("bulk-bar"))).as("nothing ticked yet").isEmpty();
        tickAll();

        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("bulk-bar")).isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withText("2 order dipilih")).isVisible()).isTrue();
        _click(button("bulk-cancel"));
        Dialog dialog = _get(Dialog.class);
        Button confirm = _get(dialog, Button.class, spec -> spec.withText("Cancel Order"));
        _click(confirm);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> reason = _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Alasan"));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(List.of(data.status(first), data.status(second))).containsOnly("BELUM_BAYAR");
        userSets(reason, reason.getListDataView().getItems()
                .filter(item -> reason.getItemLabelGenerator().apply(item).equals("Stok habis")).findFirst().orElseThrow());
        userSets(_get(dialog, TextArea.class, spec -> spec.withLabel("Keterangan (opsional)")), "Supplier telat");
        _click(confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(List.of(data.status(first), data.status(second))).containsOnly("CANCEL");
        assertThat(jdbc.queryForObject("SELECT status_reason FROM sales_order WHERE id = ?", String.class,
                first.getId())).isEqualTo("Stok habis — Supplier telat");
        assertThat(rows()).isEmpty();
        assertThat(total()).isEqualTo("0 order");
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("bulk-bar"))).as("bulk bar hidden").isEmpty();
    }

    @Test
    void each_role_is_offered_only_what_it_may_do() {
        SalesOrder paid = formOrder();
        data.forceStatus(paid, OrderStatus.SEDANG_DIPROSES, "");
        formOrder();

        login("gudang", "GUDANG");
        navigate(OrderListView.class);
        assertThat(_find(Button.class, spec -> spec.withId("add-order"))).as("no Tambah Order for the warehouse").isEmpty();
        openAksi(paid);
        assertThat(buttonIds()).contains("action-detail", "action-resi")
                .doesNotContain("action-payment", "action-cancel", "action-edit");
        _find(Dialog.class).forEach(Dialog::close);
        tickAll();
        assertThat(_find(Button.class, spec -> spec.withId("bulk-cancel"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("bulk-delivered"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("bulk-whatsapp"))).as("no follow-up for the warehouse")
                .isEmpty();
        assertThat(_find(Checkbox.class, spec -> spec.withId("filter-not-followed-up"))).isEmpty();

        login("cs", "CS");
        navigate(OrderListView.class);
        openAksi(paid);
        assertThat(buttonIds()).contains("action-cancel", "action-edit").doesNotContain("action-resi");
    }

    @Test
    void a_down_payment_is_only_offered_for_manual_orders() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder manual = data.order(budi, OrderSource.MANUAL, kopi, 1);
        login("cs", "CS");
        navigate(OrderListView.class);
        openAksi(manual);
        _click(button("action-payment"));
        _get(PaymentDialog.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PaymentKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("payment-kind"));

        assertThat(kind.getListDataView().getItems()).hasSize(2);
        userSets(kind, PaymentKind.DP);
        types(money("payment-amount"), "40.000");
        _click(button("payment-save"));

        assertThat(data.status(manual)).isEqualTo("DOWN_PAYMENT");
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", manual.getOrderNumber()));
        _get(OrderDetailView.class);
        assertThat(timelineEntries())
                .anyMatch(text -> text.contains("Belum Bayar → Down Payment"))
                .anyMatch(text -> text.contains("Rp 40.000"));
    }

    @Test
    void bulk_print_opens_one_labels_pdf_for_the_ticked_orders_and_they_leave_belum_dicetak() {
        SalesOrder first = formOrder();
        SalesOrder second = formOrder();
        login("gudang", "GUDANG");
        navigate(OrderListView.class);
        userSets(checkbox("filter-unprinted"), true);
        assertThat(total()).isEqualTo("2 order");
        tickAll();

        assertThat(_find(Button.class, spec -> spec.withId("bulk-invoices"))).as("no invoices for the warehouse").isEmpty();
        _click(button("bulk-labels"));

        // newest first, as the grid shows them
        String expected = "documents/labels.pdf?orders=" + second.getOrderNumber() + "%2C" + first.getOrderNumber();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(invocation ->
                assertThat(invocation.getInvocation().getParameters()).contains(expected));
        // the staff action records the print (the PDF's GET changes nothing), and the list shows it at once
        assertThat(rows()).as("Belum dicetak").isEmpty();
        assertThat(total()).as("Belum dicetak").isEqualTo("0 order");
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("bulk-bar"))).as("nothing ticked any more").isEmpty();
        assertThat(data.auditRows(first)).as("Label dicetak on the timeline").isEqualTo(2);
    }

    @Autowired
    DocumentService documents;

    @Autowired
    InvoiceNotes invoiceNotes;

    @Test
    void printing_one_invoice_can_add_a_note_for_this_print_which_never_travels_in_the_link() throws Exception {
        SalesOrder order = formOrder();
        login("cs", "CS");
        navigate(OrderListView.class);
        openAksi(order);
        _click(button("action-print-invoice"));

        userSets(_get(TextField.class, spec -> spec.withId("invoice-note")), "Bonus stiker & gantungan kunci");
        _click(button("invoice-print"));

        String prefix = "documents/invoice/" + order.getOrderNumber() + ".pdf?noteToken=";
        String link = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .filter(p -> p instanceof String s && s.startsWith(prefix)).map(String.class::cast)
                .findFirst().orElseThrow();
        assertThat(link).doesNotContain("Bonus").doesNotContain("stiker");
        // what the PDF address does with the token, as the same signed-in user
        String note = invoiceNotes.note(URLDecoder.decode(link.substring(prefix.length()), StandardCharsets.UTF_8))
                .orElseThrow();
        byte[] pdf = documents.invoice(order.getOrderNumber(), note, Locale.ROOT);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Bonus stiker & gantungan kunci");
        }
        assertThat(data.auditRows(order)).as("Invoice dicetak on the timeline").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT printed_at FROM sales_order WHERE id = ?", Timestamp.class,
                order.getId())).as("printed by the staff action").isNotNull();
    }

    /** A click on the order's Aksi button: its menu opens. */
    private static void openAksi(SalesOrder order) {
        clickInRow(rowOf(order.getOrderNumber()), "action", "open");
        assertThat(_get(Dialog.class).getHeaderTitle()).startsWith(order.getOrderNumber());
    }

    private static Set<String> buttonIds() {
        return _find(Button.class).stream().map(b -> b.getId().orElse("")).filter(id -> id.startsWith("action-"))
                .collect(Collectors.toSet());
    }

    private SalesOrder formOrder() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        return data.order(budi, OrderSource.FORM, kopi, 1);
    }

    private static RupiahField money(String id) {
        return _get(RupiahField.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
