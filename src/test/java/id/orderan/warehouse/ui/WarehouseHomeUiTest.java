package id.orderan.warehouse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.SalesOrder;
import id.orderan.support.KaribuTest;
import id.orderan.support.WarehouseOrders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Gudang home as the warehouse sees it on a tablet: landing, counts, filters, cards, live updates. */
class WarehouseHomeUiTest extends KaribuTest {

    @Autowired
    WarehouseOrders warehouse;

    private Customer buyer;
    private Product kaos;

    @BeforeEach
    void orders() {
        buyer = warehouse.buyer();
        kaos = warehouse.product("KAOS-M", "Kaos M", "A-1", null);
    }

    @Test
    void gudang_lands_on_the_station_and_sees_the_counts_per_courier() {
        paid(Courier.JNE, false);
        paid(Courier.JNE, false);
        SalesOrder sicepat = paid(Courier.SICEPAT, false);
        login("gudang", "GUDANG");

        UI.getCurrent().navigate("");

        assertThat(_find(WarehouseHomeView.class)).as("GUDANG's home is the station").hasSize(1);
        assertThat(text("home-ready-count")).isEqualTo("3");
        assertThat(text("home-age-today")).isEqualTo("Hari ini 3");
        assertThat(text("home-packed-count")).isEqualTo("0");
        assertThat(_get(Button.class, spec -> spec.withId("home-courier-JNE")).getText()).isEqualTo("JNE 2");
        assertThat(_find(Anchor.class, spec -> spec.withId("queue-card-" + sicepat.getOrderNumber()))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("home-courier-JNE")));

        assertThat(text("home-ready-count")).isEqualTo("2");
        assertThat(_find(Anchor.class, spec -> spec.withId("queue-card-" + sicepat.getOrderNumber()))).isEmpty();
    }

    @Test
    void an_admin_keeps_list_order_as_home() {
        login("admin", "ADMIN");

        UI.getCurrent().navigate("");

        assertThat(_find(WarehouseHomeView.class)).isEmpty();
    }

    @Test
    void tapping_an_order_to_pack_opens_it_at_the_packing_table() {
        SalesOrder order = paid(Courier.JNE, false);
        login("gudang", "GUDANG");
        navigate(WarehouseHomeView.class);

        // the packing view is another slice's: where the card leads is what this screen decides
        Anchor card = _get(Anchor.class, spec -> spec.withId("queue-card-" + order.getOrderNumber()));

        assertThat(card.getHref()).isEqualTo("gudang/kemas?order=" + order.getOrderNumber());
    }

    @Test
    void the_warehouse_sees_no_money_but_the_cod_amount_to_collect() {
        paid(Courier.JNE, false);
        paid(Courier.JNE, true);
        login("gudang", "GUDANG");
        navigate(WarehouseHomeView.class);

        String screen = _get(WarehouseHomeView.class).getElement().getTextRecursively();

        Matcher amounts = Pattern.compile("Rp\\s?[0-9.]+").matcher(screen);
        int found = 0;
        while (amounts.find()) {
            assertThat(amounts.group()).as("the COD amount, kaos 85.000 + ongkir 20.000").isEqualTo("Rp 105.000");
            found++;
        }
        assertThat(found).isEqualTo(1);
    }

    @Test
    void a_newly_paid_order_appears_on_an_open_home_without_reloading() throws Exception {
        paid(Courier.JNE, false);
        login("gudang", "GUDANG");
        navigate(WarehouseHomeView.class);
        assertThat(text("home-ready-count")).isEqualTo("1");

        SalesOrder fresh = paid(Courier.SICEPAT, false); // another user's work: status change event, then a push

        long deadline = System.currentTimeMillis() + 3000;
        while (!text("home-ready-count").equals("2") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(text("home-ready-count")).isEqualTo("2");
        assertThat(_find(Anchor.class, spec -> spec.withId("queue-card-" + fresh.getOrderNumber()))).hasSize(1);
    }

    private String text(String id) {
        Component component = _get(Component.class, spec -> spec.withId(id));
        return component instanceof Span span ? span.getText() : component.getElement().getTextRecursively();
    }

    private SalesOrder paid(Courier courier, boolean cod) {
        Map<Product, Integer> lines = new LinkedHashMap<>();
        lines.put(kaos, 1);
        return warehouse.paid(buyer, courier.code(), cod, lines);
    }
}
