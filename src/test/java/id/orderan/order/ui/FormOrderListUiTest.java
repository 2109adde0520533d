package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.catalog.Product;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.order.ShippingDetails;
import id.orderan.storefront.FormInput;
import id.orderan.storefront.FormOutcome;
import id.orderan.storefront.OrderFormService;
import id.orderan.support.KaribuTest;
import id.orderan.support.OrderForms;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 13 §1 as staff see it: a form order arrives live in an open List Order; ongkir-to-confirm is marked until set. */
class FormOrderListUiTest extends KaribuTest {

    @Autowired
    OrderFormService forms;

    @Autowired
    OrderService orders;

    @Autowired
    OrderQueryService queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_open_list_order_shows_a_new_form_order_live_as_belum_bayar_from_the_form() throws Exception {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        OrderForms.form().slug("promo-kopi").product(kopi).free().save(forms);
        login("cs", "CS");
        OrderGrid grid = LocatorJ._get(navigate(OrderListView.class), OrderGrid.class);
        assertThat(_size(grid)).isZero();

        FormOutcome outcome = forms.place("promo-kopi", buyer(kopi, "1"), "10.0.0.7");
        assertThat(outcome).isInstanceOf(FormOutcome.Placed.class);

        long deadline = System.currentTimeMillis() + 5_000;
        while (_size(grid) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false); // runs what the broadcaster queued with ui.access
        }
        assertThat(_size(grid)).as("the open screen got the new order without a reload").isEqualTo(1);
        assertThat(_get(grid, 0).source()).isEqualTo(OrderSource.FORM);
        assertThat(_get(grid, 0).status()).isEqualTo(OrderStatus.BELUM_BAYAR);
        assertThat(_getFormatted(grid, 0, "status")).contains("Belum Bayar").doesNotContain("Ongkir belum dikonfirmasi");
        assertThat(_getFormatted(grid, 0, "customer")).contains("Rina Kartika");
    }

    @Test
    void ongkir_to_confirm_is_marked_in_list_order_and_detail_until_staff_save_a_shipping_cost() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        OrderForms.form().slug("promo-ongkir").product(kopi).confirmShipping().save(forms);
        forms.place("promo-ongkir", buyer(kopi, "2"), "10.0.0.8");
        String number = jdbc.queryForObject("SELECT order_number FROM sales_order", String.class);
        login("admin", "ADMIN");

        OrderGrid grid = LocatorJ._get(navigate(OrderListView.class), OrderGrid.class);
        assertThat(_getFormatted(grid, 0, "status")).contains("Ongkir belum dikonfirmasi");
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", number));
        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("detail-shipping-to-confirm")).getText())
                .isEqualTo("Ongkir belum dikonfirmasi");

        SalesOrder order = asAdmin(() -> queries.getByNumber(number));
        var command = new CreateOrderCommand(order.getCustomerId(), OrderSource.FORM,
                order.getLines().stream().map(l -> new CreateOrderCommand.Line(l.getProductId(), l.getQuantity(),
                        l.getUnitPrice())).toList(), 0, 22_000, 0, 0, order.getUniqueCode(), order.getNote(),
                order.getCourier(), order.getCourierService(), null, null, false);
        asAdmin(() -> orders.update(number, order.getVersion(), command, new ShippingDetails(order.getRecipientName(),
                order.getRecipientPhone(), order.getShippingAddress())));

        assertThat(jdbc.queryForObject("SELECT shipping_to_confirm FROM sales_order", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("SELECT grand_total FROM sales_order", Long.class)).isEqualTo(2 * 85_000 + 22_000);
        OrderGrid after = LocatorJ._get(navigate(OrderListView.class), OrderGrid.class);
        assertThat(_getFormatted(after, 0, "status")).doesNotContain("Ongkir belum dikonfirmasi");
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", number));
        assertThat(LocatorJ._find(Span.class, spec -> spec.withId("detail-shipping-to-confirm"))).isEmpty();
    }

    private static FormInput buyer(Product product, String quantity) {
        return new FormInput(UUID.randomUUID().toString(), Map.of(product.getId(), quantity), "Rina Kartika",
                "0812-7777-1234", "", "Jl. Melati No. 7", "Caturtunggal", "Depok", "Kab. Sleman", "DI Yogyakarta",
                "55281", "", "", "", "");
    }
}
