package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.order.ui.OrderTimelineUi.timelineEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.BusinessException;
import id.orderan.base.ui.RupiahField;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.ui.AddressField;
import id.orderan.customer.ui.AreaPicker;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.order.ShippingDetails;
import id.orderan.payment.PaymentService;
import id.orderan.support.KaribuTest;
import id.orderan.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 11, defect 3: an edit is applied as far as the order's status allows, and shows on the timeline. */
class OrderEditUiTest extends KaribuTest {

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_address_of_a_paid_order_is_changed_in_the_form_and_the_timeline_shows_before_and_after() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        TestData.as("cs", "CS", () -> payments.markPaid(order.getOrderNumber(), "CASH"));

        login("cs", "CS");
        navigate(OrderDetailView.class, order);
        _click(_get(Button.class, spec -> spec.withId("detail-edit")));
        AddressField shipTo = _get(AddressField.class, spec -> spec.withId("order-ship-to"));
        userSets(_get(shipTo, TextField.class, spec -> spec.withLabel("Alamat (jalan, no. rumah, RT/RW)")),
                "Jl. Kaliurang Km 5");
        pick(_get(shipTo, AreaPicker.class), "caturtunggal");
        _click(_get(Button.class, spec -> spec.withText("Simpan Order")));

        NotificationsKt.expectNotifications("Order " + order.getOrderNumber() + " disimpan.");
        assertThat(jdbc.queryForMap("SELECT ship_street, ship_village FROM sales_order WHERE id = ?", order.getId()))
                .containsEntry("ship_street", "Jl. Kaliurang Km 5").containsEntry("ship_village", "Caturtunggal");
        _get(OrderDetailView.class);
        List<String> entries = timelineEntries();
        assertThat(entries.getFirst()).contains("Alamat kirim: Jl. Melati No. 12, Kec. Coblong, Kota Bandung, Jawa Barat 40132"
                + " → Jl. Kaliurang Km 5, Caturtunggal, Kec. Depok, Kab. Sleman, DI Yogyakarta");
    }

    @Test
    void a_paid_order_shows_its_money_read_only_and_saving_it_unchanged_says_nothing_changed() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        TestData.as("cs", "CS", () -> payments.markPaid(order.getOrderNumber(), "CASH"));
        int auditRows = data.auditRows(order);

        login("cs", "CS");
        navigate(OrderDetailView.class, order);
        _click(_get(Button.class, spec -> spec.withId("detail-edit")));

        assertThat(_get(IntegerField.class, spec -> spec.withId("line-quantity-0")).isReadOnly()).isTrue();
        assertThat(_get(RupiahField.class, spec -> spec.withId("line-price-0")).isReadOnly()).isTrue();
        assertThat(_get(RupiahField.class, spec -> spec.withId("order-shipping")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Tambah produk"))).isEmpty();
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Kurir")).isReadOnly())
                .as("the courier may still change").isFalse();
        assertThat(_get(AddressField.class, spec -> spec.withId("order-ship-to")).isReadOnly()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("order-locked-hint")).getText())
                .isEqualTo("Order berstatus Sedang Diproses: Pelanggan, Produk, Harga satuan, Diskon, Ongkir, Asuransi,"
                        + " Biaya lain, Kode unik, COD tidak bisa diubah lagi.");

        _click(_get(Button.class, spec -> spec.withText("Simpan Order")));

        NotificationsKt.expectNotifications("Tidak ada perubahan.");
        assertThat(data.auditRows(order)).isEqualTo(auditRows);
    }

    @Test
    void a_refused_edit_names_the_fields_in_the_users_language() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        TestData.as("cs", "CS", () -> payments.markPaid(order.getOrderNumber(), "CASH"));
        long version = jdbc.queryForObject("SELECT version FROM sales_order WHERE id = ?", Long.class, order.getId());
        login("cs", "CS");
        OrderDetailView view = navigate(OrderDetailView.class, order);

        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> TestData.as("cs", "CS",
                () -> orders.update(order.getOrderNumber(), version, new CreateOrderCommand(budi.getId(),
                        OrderSource.MANUAL, List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 9_000, 0, 0, 0,
                        null), new ShippingDetails("", "0812-3456-7890", budi.getAddress()))));

        assertThat(view.getTranslation(refused.messageKey(), UiErrorHandler.translatedArgs(view, refused.args())))
                .isEqualTo("Tidak bisa diubah setelah dibayar: Produk, Ongkir.");
    }

    @Test
    void staff_read_an_edit_of_the_charges_with_its_amounts() {
        SalesOrder order = orderWithNewShippingCost();

        login("cs", "CS");
        navigate(OrderDetailView.class, order);
        assertThat(timelineEntries().getFirst())
                .contains("Order diubah: Ongkir: Rp 0 → Rp 18.000").contains("Catatan: (kosong) → Kirim pagi")
                .contains("Total: Rp 100.000 → Rp 118.000");
    }

    @Test
    void the_warehouse_reads_that_the_shipping_cost_changed_but_not_the_amounts() {
        SalesOrder order = orderWithNewShippingCost();

        login("gudang", "GUDANG");
        navigate(OrderDetailView.class, order);
        String entry = timelineEntries().getFirst();

        assertThat(entry).contains("Ongkir diubah").contains("Total diubah").contains("Catatan: (kosong) → Kirim pagi")
                .doesNotContain("Rp");
    }

    @Autowired
    OrderService orders;

    private SalesOrder orderWithNewShippingCost() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        TestData.as("cs", "CS", () -> orders.update(order.getOrderNumber(), order.getVersion(),
                new CreateOrderCommand(budi.getId(), OrderSource.MANUAL, List.of(new CreateOrderCommand.Line(kopi.getId(),
                        1, null)), 0, 18_000, 0, 0, 0, "Kirim pagi"), new ShippingDetails("", "0812-3456-7890",
                        budi.getAddress())));
        return order;
    }

    private static OrderDetailView navigate(Class<OrderDetailView> view, SalesOrder order) {
        com.vaadin.flow.component.UI.getCurrent().navigate(view,
                new com.vaadin.flow.router.RouteParameters("number", order.getOrderNumber()));
        return _get(view);
    }

    private static void pick(AreaPicker picker, String typed) {
        ComboBoxKt.setUserInput(picker, typed);
        userSets(picker, ComboBoxKt.getSuggestionItems(picker).getFirst());
    }
}
