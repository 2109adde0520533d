package id.orderan.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A search matching more than 10,000 orders of a status (decision 0210): its tab says "10.000+" and
 * why, the header says "Lebih dari 10.000 order", and the grid still scrolls past row 10,000.
 */
class CappedCountsUiTest extends ListOrderUiTest {

    private static final int ORDERS = 10_005;

    @Test
    void a_search_past_ten_thousand_orders_shows_10_000_plus_and_the_grid_still_reaches_the_last_row() {
        SalesOrder first = wibisonosOrders();
        login("cs", "CS");
        navigate(OrderListView.class);
        assertThat(tabCount(OrderTab.BELUM_BAYAR)).as("no search: the exact counters").isEqualTo(ORDERS + 1);

        typeSearch("wibisono");

        assertThat(badge(OrderTab.BELUM_BAYAR).getText()).isEqualTo("10.000+");
        assertThat(badge(OrderTab.BELUM_BAYAR).getElement().getAttribute("title"))
                .isEqualTo("Lebih dari 10.000 order cocok; hitungan berhenti di sini supaya daftar tetap cepat");
        assertThat(badge(OrderTab.SEMUA).getText()).isEqualTo("10.000+");
        assertThat(badge(OrderTab.SUKSES).getText()).as("counts under the cap stay exact").isEqualTo("0");
        assertThat(badge(OrderTab.SUKSES).getElement().hasAttribute("title")).isFalse();
        assertThat(total()).isEqualTo("Lebih dari 10.000 order");
        assertThat(grid().getDataCommunicator().isDefinedSize()).as("no fixed size at the cap").isFalse();
        assertThat(GridKt._get(grid(), ORDERS - 1).orderNumber()).as("the oldest, past row 10,000")
                .isEqualTo(first.getOrderNumber());

        typeSearch("");

        assertThat(badge(OrderTab.BELUM_BAYAR).getText()).isEqualTo("10.006");
        assertThat(total()).isEqualTo("10.006 order");
        assertThat(grid().getDataCommunicator().isDefinedSize()).as("exact again").isTrue();
    }

    @Test
    void an_english_user_reads_more_than_10_000() {
        wibisonosOrders();
        login("admin", "ADMIN");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(OrderListView.class);

        typeSearch("wibisono");

        assertThat(badge(OrderTab.BELUM_BAYAR).getText()).isEqualTo("10,000+");
        assertThat(badge(OrderTab.BELUM_BAYAR).getElement().getAttribute("title"))
                .isEqualTo("More than 10,000 orders match; counting stops here so the list stays fast");
        assertThat(total()).isEqualTo("More than 10,000 orders");
    }

    /** 10,005 unpaid orders of Wibisono (the first one oldest) and one of another buyer. */
    private SalesOrder wibisonosOrders() {
        Customer wibisono = data.customer().name("Wibisono Lim").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder first = data.order(wibisono, OrderSource.MANUAL, kopi, 1);
        data.order(data.customer().name("Budi Santoso").phone("081299990000").create(), OrderSource.MANUAL, kopi, 1);
        data.copies(first, ORDERS - 1); // the copies are created in the same second: ids break the tie, newest first
        return first;
    }

    private static Span badge(OrderTab tab) {
        return (Span) tab(tab).getChildren().toList().getLast();
    }
}
