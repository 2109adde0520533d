package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.ui.AreaPicker;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
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
        _get(Button.class, spec -> spec.withId("detail-edit")).click();
        OrderFormView form = _get(OrderFormView.class);
        userSets(_get(form.shipTo, TextField.class, spec -> spec.withLabel("Alamat (jalan, no. rumah, RT/RW)")),
                "Jl. Kaliurang Km 5");
        pick(_get(form.shipTo, AreaPicker.class), "caturtunggal");
        _get(Button.class, spec -> spec.withText("Simpan Order")).click();

        NotificationsKt.expectNotifications("Order " + order.getOrderNumber() + " disimpan.");
        assertThat(jdbc.queryForMap("SELECT ship_street, ship_village FROM sales_order WHERE id = ?", order.getId()))
                .containsEntry("ship_street", "Jl. Kaliurang Km 5").containsEntry("ship_village", "Caturtunggal");
        List<String> entries = _get(OrderDetailView.class).timeline.getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(entries.getFirst()).contains("Alamat kirim: Jl. Melati No. 12, Kec. Coblong, Kota Bandung, Jawa Barat 40132"
                + " → Jl. Kaliurang Km 5, Caturtunggal, Kec. Depok, Kab. Sleman, DI Yogyakarta");
    }

    private static void navigate(Class<OrderDetailView> view, SalesOrder order) {
        com.vaadin.flow.component.UI.getCurrent().navigate(view,
                new com.vaadin.flow.router.RouteParameters("number", order.getOrderNumber()));
    }

    private static void pick(AreaPicker picker, String typed) {
        ComboBoxKt.setUserInput(picker, typed);
        userSets(picker, ComboBoxKt.getSuggestionItems(picker).getFirst());
    }
}
