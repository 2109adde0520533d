package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.DiscountUnit;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.payment.ui.ConfirmPaymentDialog;
import id.orderan.payment.ui.PaymentDialog;
import id.orderan.shipping.ui.ResiDialog;
import id.orderan.support.KaribuTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderLifecycleUiTest extends KaribuTest {

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
        OrderListView view = navigate(OrderListView.class);
        OrderRow row = _findAll(view.grid).getFirst();

        ConfirmPaymentDialog dialog = (ConfirmPaymentDialog) view.openConfirmation(row);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, Span.class, spec -> spec.withId("confirm-difference")).getText()).isEqualTo("+Rp 1.000");
        button("confirm-approve").click();
        assertThat(data.status(order)).isEqualTo("SEDANG_DIPROSES");
        assertThat(ListOrderUiTest.tabCount(OrderTab.SEDANG_DIPROSES)).isEqualTo(1);
        assertThat(ListOrderUiTest.tabCount(OrderTab.KONFIRMASI)).isZero();
    }

    @Test
    void rejecting_asks_for_a_reason_first() {
        SalesOrder order = formOrder();
        data.forceStatus(order, OrderStatus.KONFIRMASI, "");
        data.pendingConfirmation(order, order.getGrandTotal());
        login("cs", "CS");
        OrderListView view = navigate(OrderListView.class);
        ConfirmPaymentDialog dialog = (ConfirmPaymentDialog) view.openConfirmation(_findAll(view.grid).getFirst());

        button("confirm-reject").click();
        TextArea reason = _get(TextArea.class, spec -> spec.withId("confirm-reject-reason"));
        assertThat(reason.isVisible()).isTrue();
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");
        reason.setValue("Dana belum masuk ke rekening");
        button("confirm-reject").click();

        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void the_resi_dialog_checks_the_number_and_ships_the_order() {
        SalesOrder order = formOrder();
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        login("gudang", "GUDANG");
        OrderListView view = navigate(OrderListView.class);
        view.openActions(_findAll(view.grid).getFirst());
        _get(Button.class, spec -> spec.withId("action-resi")).click();
        _get(ResiDialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<id.orderan.order.Courier> courier = _get(ComboBox.class, spec -> spec.withId("resi-courier"));
        TextField resi = _get(TextField.class, spec -> spec.withId("resi-number"));

        courier.setValue(id.orderan.order.Courier.JNT);
        resi.setValue("jp12");
        button("resi-save").click();
        assertThat(resi.isInvalid()).isTrue();
        assertThat(resi.getErrorMessage()).isEqualTo("Nomor resi harus 8–30 karakter.");

        resi.setValue("jp 1234 5678 90");
        assertThat(resi.getValue()).isEqualTo("JP1234567890");
        button("resi-save").click();

        assertThat(data.status(order)).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(ListOrderUiTest.tabCount(OrderTab.PROSES_PENGIRIMAN)).isEqualTo(1);
    }

    @Test
    void ticked_orders_are_cancelled_together_with_a_reason() {
        SalesOrder first = formOrder();
        SalesOrder second = formOrder();
        login("cs", "CS");
        OrderListView view = navigate(OrderListView.class);
        _findAll(view.grid).forEach(view.grid::select);

        assertThat(view.bulk.isVisible()).isTrue();
        _get(Button.class, spec -> spec.withId("bulk-cancel")).click();
        ReasonDialog dialog = _get(ReasonDialog.class);
        dialog.confirm.click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        dialog.reason.setValue("cancel.reason.stock");
        dialog.details.setValue("Supplier telat");
        dialog.confirm.click();

        assertThat(List.of(data.status(first), data.status(second))).containsOnly("CANCEL");
        assertThat(jdbc.queryForObject("SELECT status_reason FROM sales_order WHERE id = ?", String.class,
                first.getId())).isEqualTo("Stok habis — Supplier telat");
        assertThat(_findAll(view.grid)).isEmpty();
        assertThat(view.bulk.isVisible()).isFalse();
    }

    @Test
    void each_role_is_offered_only_what_it_may_do() {
        SalesOrder paid = formOrder();
        data.forceStatus(paid, OrderStatus.SEDANG_DIPROSES, "");
        formOrder();

        login("gudang", "GUDANG");
        OrderListView gudangView = navigate(OrderListView.class);
        assertThat(_find(Button.class, spec -> spec.withId("add-order"))).as("no Tambah Order for the warehouse").isEmpty();
        view(gudangView, paid);
        assertThat(buttonIds()).contains("action-detail", "action-resi")
                .doesNotContain("action-payment", "action-cancel", "action-edit");
        _findAll(gudangView.grid).forEach(gudangView.grid::select);
        assertThat(_find(Button.class, spec -> spec.withId("bulk-cancel"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("bulk-delivered"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("bulk-whatsapp"))).as("no follow-up for the warehouse")
                .isEmpty();
        assertThat(_find(Checkbox.class, spec -> spec.withId("filter-not-followed-up"))).isEmpty();

        _find(com.vaadin.flow.component.dialog.Dialog.class).forEach(com.vaadin.flow.component.dialog.Dialog::close);
        login("cs", "CS");
        OrderListView csView = navigate(OrderListView.class);
        view(csView, paid);
        assertThat(buttonIds()).contains("action-cancel", "action-edit").doesNotContain("action-resi");
    }

    @Test
    void a_down_payment_is_only_offered_for_manual_orders() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder manual = data.order(budi, OrderSource.MANUAL, kopi, 1);
        login("cs", "CS");
        OrderListView view = navigate(OrderListView.class);
        view.openActions(_findAll(view.grid).getFirst());
        _get(Button.class, spec -> spec.withId("action-payment")).click();
        _get(PaymentDialog.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<id.orderan.payment.PaymentKind> kind = _get(RadioButtonGroup.class,
                spec -> spec.withId("payment-kind"));

        assertThat(kind.getListDataView().getItems()).hasSize(2);
        kind.setValue(id.orderan.payment.PaymentKind.DP);
        types(money("payment-amount"), "40.000");
        button("payment-save").click();

        assertThat(data.status(manual)).isEqualTo("DOWN_PAYMENT");
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", manual.getOrderNumber()));
        OrderDetailView detail = _get(OrderDetailView.class);
        assertThat(detail.timeline.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .anyMatch(text -> text.contains("Belum Bayar → Down Payment"))
                .anyMatch(text -> text.contains("Rp 40.000"));
    }

    @Test
    void bulk_print_opens_one_labels_pdf_for_the_ticked_orders_and_they_leave_belum_dicetak() {
        SalesOrder first = formOrder();
        SalesOrder second = formOrder();
        login("gudang", "GUDANG");
        OrderListView view = navigate(OrderListView.class);
        userSets(ListOrderUiTest.checkbox("filter-unprinted"), true);
        _findAll(view.grid).forEach(view.grid::select);

        assertThat(_find(Button.class, spec -> spec.withId("bulk-invoices"))).as("no invoices for the warehouse").isEmpty();
        button("bulk-labels").click();

        // newest first, as the grid shows them
        String expected = "documents/labels.pdf?orders=" + second.getOrderNumber() + "%2C" + first.getOrderNumber();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(invocation ->
                assertThat(invocation.getInvocation().getParameters()).contains(expected));
        // the staff action records the print (the PDF's GET changes nothing)
        view.refreshLive();
        assertThat(_findAll(view.grid)).as("Belum dicetak").isEmpty();
        assertThat(data.auditRows(first)).as("Label dicetak on the timeline").isEqualTo(2);
    }

    @Autowired
    id.orderan.document.DocumentService documents;

    @Autowired
    id.orderan.order.InvoiceNotes invoiceNotes;

    @Test
    void printing_one_invoice_can_add_a_note_for_this_print_which_never_travels_in_the_link() throws Exception {
        SalesOrder order = formOrder();
        login("cs", "CS");
        OrderListView view = navigate(OrderListView.class);
        view.openActions(_findAll(view.grid).getFirst());
        button("action-print-invoice").click();

        _get(TextField.class, spec -> spec.withId("invoice-note")).setValue("Bonus stiker & gantungan kunci");
        button("invoice-print").click();

        String prefix = "documents/invoice/" + order.getOrderNumber() + ".pdf?noteToken=";
        String link = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .filter(p -> p instanceof String s && s.startsWith(prefix)).map(String.class::cast)
                .findFirst().orElseThrow();
        assertThat(link).doesNotContain("Bonus").doesNotContain("stiker");
        // what the PDF address does with the token, as the same signed-in user
        String note = invoiceNotes.note(java.net.URLDecoder.decode(link.substring(prefix.length()),
                java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
        byte[] pdf = documents.invoice(order.getOrderNumber(), note, java.util.Locale.ROOT);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Bonus stiker & gantungan kunci");
        }
        assertThat(data.auditRows(order)).as("Invoice dicetak on the timeline").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT printed_at FROM sales_order WHERE id = ?", java.sql.Timestamp.class,
                order.getId())).as("printed by the staff action").isNotNull();
    }

    private void view(OrderListView view, SalesOrder order) {
        OrderRow row = _findAll(view.grid).stream().filter(r -> r.orderNumber().equals(order.getOrderNumber()))
                .findFirst().orElseThrow();
        view.openActions(row);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static Set<String> buttonIds() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class).stream()
                .map(b -> b.getId().orElse("")).filter(id -> id.startsWith("action-"))
                .collect(java.util.stream.Collectors.toSet());
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
