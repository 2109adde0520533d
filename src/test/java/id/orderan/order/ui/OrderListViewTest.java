package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderListViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lists_orders_newest_first_with_rupiah_totals_and_jakarta_dates() {
        Customer siti = data.customer().name("Siti Nurhaliza").category(CustomerCategory.RESELLER)
                .phone("081311112222").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        Product teh = data.product("Teh Melati", 12_500);
        Product gula = data.product("Gula Aren", 30_000);
        SalesOrder older = data.order(siti, OrderSource.MANUAL, kopi, 1);
        SalesOrder newer = data.order(CreateOrderCommand.simple(siti.getId(), OrderSource.FORM, List.of(
                new CreateOrderCommand.Line(kopi.getId(), 2, null),
                new CreateOrderCommand.Line(teh.getId(), 1, null),
                new CreateOrderCommand.Line(gula.getId(), 4, null))));
        jdbc.update("UPDATE sales_order SET created_at = '2026-11-26 07:05:00' WHERE id = ?", newer.getId());
        jdbc.update("UPDATE sales_order SET created_at = '2026-11-20 01:00:00' WHERE id = ?", older.getId());
        login("cs", "CS");

        OrderGrid grid = LocatorJ._get(navigate(OrderListView.class), OrderGrid.class);

        assertThat(_size(grid)).isEqualTo(2);
        OrderRow first = _get(grid, 0);
        assertThat(first.orderNumber()).isEqualTo(newer.getOrderNumber());
        assertThat(_getFormatted(grid, 0, "orderNumber")).isEqualTo(newer.getOrderNumber());
        assertThat(_getFormatted(grid, 0, "grandTotal")).isEqualTo("Rp 302.500");
        assertThat(_getFormatted(grid, 0, "createdAt")).isEqualTo("26 Nov 2026 14:05");
        assertThat(_getFormatted(grid, 0, "products")).isEqualTo("Kopi Gayo ×2, Teh Melati ×1 +1 lainnya");
        assertThat(_getFormatted(grid, 1, "products")).isEqualTo("Kopi Gayo ×1");
        assertThat(_getFormatted(grid, 0, "customer")).contains("Siti Nurhaliza", "Reseller", "0813-1111-2222");
        assertThat(_getFormatted(grid, 0, "status")).contains("Belum Bayar");
    }

    @Test
    void cancel_and_retur_lists_show_only_their_own_orders() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder open = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder cancelled = data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(cancelled, id.orderan.order.OrderStatus.CANCEL, "Pembeli tidak jadi order");
        login("admin", "ADMIN");

        OrderGrid cancelGrid = LocatorJ._get(navigate(OrderCancelView.class), OrderGrid.class);
        assertThat(_size(cancelGrid)).isEqualTo(1);
        assertThat(_get(cancelGrid, 0).orderNumber()).isEqualTo(cancelled.getOrderNumber());
        assertThat(_getFormatted(cancelGrid, 0, "status")).contains("Cancel");
        assertThat(_getFormatted(cancelGrid, 0, "reason")).isEqualTo("Pembeli tidak jadi order");

        OrderGrid returGrid = LocatorJ._get(navigate(OrderReturView.class), OrderGrid.class);
        assertThat(_size(returGrid)).isZero();
        assertThat(open.getOrderNumber()).isNotEqualTo(cancelled.getOrderNumber());
    }

    @Test
    void the_warehouse_sees_no_amounts() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        data.order(budi, OrderSource.MANUAL, kopi, 1);
        login("gudang", "GUDANG");

        OrderGrid grid = LocatorJ._get(navigate(OrderListView.class), OrderGrid.class);

        assertThat(_getFormatted(grid, 0, "grandTotal")).isEmpty();
        assertThat(grid.getColumnByKey("grandTotal").isVisible()).isFalse();
    }

    @Test
    void an_english_user_gets_english_labels() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        data.order(budi, OrderSource.MANUAL, kopi, 1);
        login("admin", "ADMIN");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);

        OrderGrid grid = LocatorJ._get(navigate(OrderListView.class), OrderGrid.class);

        assertThat(grid.getColumnByKey("createdAt").getHeaderText()).isEqualTo("Order date");
        assertThat(_getFormatted(grid, 0, "status")).contains("Unpaid");
    }

    @Test
    void an_empty_shop_says_so() {
        login("admin", "ADMIN");

        OrderGrid grid = LocatorJ._get(navigate(OrderListView.class), OrderGrid.class);

        assertThat(_size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("Belum ada order");
    }
}
