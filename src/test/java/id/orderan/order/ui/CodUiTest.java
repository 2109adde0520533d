package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11, defect 9 on List Order: the COD row action, the COD marker and the COD filter. */
class CodUiTest extends ListOrderUiTest {

    @Test
    void cs_packs_a_cod_order_unpaid_with_proses_cod_from_the_row_action() {
        SalesOrder order = data.codOrder(data.customer().create(), data.product("Kopi Gayo", 85_000, 10), 2);
        login("cs", "CS");
        navigate(OrderListView.class);

        clickInRow(0, "action", "open");
        assertThat(_find(Button.class, spec -> spec.withId("action-payment"))).as("paying stays possible").hasSize(1);
        _click(button("action-proses-cod"));

        assertThat(data.status(order)).isEqualTo("SEDANG_DIPROSES");
        NotificationsKt.expectNotifications("Order " + order.getOrderNumber() + " diproses sebagai COD.");
        assertThat(tabCount(OrderTab.SEDANG_DIPROSES)).isEqualTo(1);
        assertThat(tabCount(OrderTab.BELUM_BAYAR)).isZero();
    }

    @Test
    void an_order_that_is_not_cod_and_the_warehouse_get_no_proses_cod() {
        Customer buyer = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        data.order(buyer, OrderSource.MANUAL, kopi, 1);
        login("cs", "CS");
        navigate(OrderListView.class);

        clickInRow(0, "action", "open");

        assertThat(_find(Button.class, spec -> spec.withId("action-payment"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("action-proses-cod"))).isEmpty();
    }

    @Test
    void a_refused_cod_parcel_is_returned_from_the_row_action_with_its_stock_back() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        SalesOrder order = data.codOrder(data.customer().create(), kopi, 2);
        data.forceStatus(order, OrderStatus.PROSES_PENGIRIMAN, "");
        login("cs", "CS");
        navigate(OrderListView.class);

        clickInRow(0, "action", "open");
        _click(button("action-cod-refused"));
        _click(button("cod-refused-confirm"));

        assertThat(data.status(order)).isEqualTo("RETUR");
        assertThat(data.stock(kopi)).isEqualTo(10);
    }

    @Test
    void the_row_of_a_cod_order_shows_cod_and_the_amount_to_collect_and_the_cod_filter_lists_only_those() {
        Customer buyer = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        SalesOrder cod = data.codOrder(buyer, kopi, 2);
        SalesOrder transfer = data.order(buyer, OrderSource.MANUAL, kopi, 1);
        login("gudang", "GUDANG");
        navigate(OrderListView.class);
        assertThat(_size(grid())).isEqualTo(2);

        userSets(checkbox("filter-cod"), true);

        assertThat(rows()).extracting(OrderRow::orderNumber)
                .containsExactly(cod.getOrderNumber()).doesNotContain(transfer.getOrderNumber());
        assertThat(String.join(" ", _getFormattedRow(grid(), 0))).contains("COD Rp 190.000");
        assertThat(address().getParameters()).containsEntry("cod", List.of("1"));
    }

    @Test
    void the_order_page_tells_the_warehouse_what_the_courier_collects() {
        SalesOrder order = data.codOrder(data.customer().create(), data.product("Kopi Gayo", 85_000, 10), 2);
        login("gudang", "GUDANG");

        UI.getCurrent().navigate(OrderDetailView.class,
                new com.vaadin.flow.router.RouteParameters("number", order.getOrderNumber()));

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("detail-cod")).getText())
                .isEqualTo("COD Rp 190.000");
    }

    @Test
    void a_link_with_the_cod_filter_opens_the_list_filtered() {
        Customer buyer = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        SalesOrder cod = data.codOrder(buyer, kopi, 2);
        data.order(buyer, OrderSource.MANUAL, kopi, 1);
        login("cs", "CS");

        UI.getCurrent().navigate("orders", QueryParameters.simple(Map.of("cod", "1")));
        
        assertThat(checkbox("filter-cod").getValue()).isTrue();
        assertThat(rows()).extracting(OrderRow::orderNumber)
                .containsExactly(cod.getOrderNumber());
        assertThat(tabCount(OrderTab.SEMUA)).isEqualTo(1);
    }

}
