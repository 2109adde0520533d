package id.orderan.order;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.payment.PaymentService;
import id.orderan.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-buyer counters (decision 0220) follow every new order, move and change of buyer, and answer the
 * tab counts of a search that matched buyers only; any other filter counts the orders themselves.
 */
class BuyerCountersTest extends IntegrationTest {

    @Autowired
    OrderService orders;

    @Autowired
    PaymentService payments;

    @Autowired
    OrderQueryService queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void new_orders_moves_and_a_change_of_buyer_keep_each_buyers_counts_equal_to_their_orders() {
        Customer siti = data.customer().name("Siti Nasution").create();
        Customer rina = data.customer().name("Rina Lubis").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder paid = data.order(siti, OrderSource.MANUAL, kopi, 1);
        SalesOrder cancelled = data.order(siti, OrderSource.MANUAL, kopi, 1);
        SalesOrder rebought = data.order(siti, OrderSource.FORM, kopi, 1);
        data.order(rina, OrderSource.MANUAL, kopi, 2);

        asAdmin(() -> payments.markPaid(paid.getOrderNumber(), "TRANSFER"));
        asAdmin(() -> orders.cancel(List.of(cancelled.getOrderNumber()), "Batal"));
        SalesOrder loaded = asAdmin(() -> queries.getByNumber(rebought.getOrderNumber()));
        asAdmin(() -> orders.update(rebought.getOrderNumber(), loaded.getVersion(), new CreateOrderCommand(rina.getId(),
                OrderSource.FORM, List.of(new CreateOrderCommand.Line(kopi.getId(), 1, null)), 0, 0, 0, 0, 0, null),
                new ShippingDetails("Rina", "081234567891", loaded.getShippingAddress())));

        assertThat(counters(siti)).containsExactlyInAnyOrderEntriesOf(Map.of("SEDANG_DIPROSES", 1L, "CANCEL", 1L,
                "BELUM_BAYAR", 0L));
        assertThat(counters(rina)).containsExactlyInAnyOrderEntriesOf(Map.of("BELUM_BAYAR", 2L));
        assertThat(allCounters()).isEqualTo(countedFromOrders());
    }

    @Test
    void a_name_word_that_several_buyers_share_is_counted_from_their_counters_exactly_past_the_cap() {
        Product kopi = data.product("Kopi Gayo", 85_000);
        Customer siti = data.customer().name("Siti Nasution").create();
        Customer budi = data.customer().name("Budi Nasution").create();
        data.customer().name("Andi Lubis").create();
        SalesOrder sitis = data.order(siti, OrderSource.MANUAL, kopi, 1);
        data.order(budi, OrderSource.FORM, kopi, 1);
        asAdmin(() -> payments.markPaid(sitis.getOrderNumber(), "TRANSFER"));
        data.copies(sitis, OrderQueryService.COUNT_CAP + 4); // by SQL, then the admin's repair recounts everything

        StatusCounts counts = asAdmin(() -> queries.counts(OrderFilter.all().withSearch("nasution")));

        assertThat(counts.of(OrderStatus.BELUM_BAYAR)).isEqualTo(1);
        assertThat(counts.of(OrderStatus.SEDANG_DIPROSES)).as("10,005 orders: shown as more than the cap")
                .isEqualTo(OrderQueryService.COUNT_CAP + 1);
        assertThat(counts.capped(Set.of(OrderStatus.SEDANG_DIPROSES))).isTrue();
        assertThat(asAdmin(() -> queries.count(OrderFilter.all().withSearch("nasution")))).as("the export's exact count")
                .isEqualTo(OrderQueryService.COUNT_CAP + 6);

        // proof of where the answer comes from: counters set wrong by hand show through, until the repair
        jdbc.update("UPDATE order_buyer_count SET order_count = 7 WHERE customer_id = ? AND status = 'BELUM_BAYAR'",
                budi.getId());
        assertThat(asAdmin(() -> queries.counts(OrderFilter.all().withSearch("nasution"))).of(OrderStatus.BELUM_BAYAR))
                .isEqualTo(7);
        asAdmin(() -> {
            orders.recountStatusCounters();
            return null;
        });
        assertThat(asAdmin(() -> queries.counts(OrderFilter.all().withSearch("nasution"))).of(OrderStatus.BELUM_BAYAR))
                .isEqualTo(1);
    }

    @Test
    void a_name_search_with_another_filter_counts_the_orders_themselves() {
        Product kopi = data.product("Kopi Gayo", 85_000);
        Customer reseller = data.customer().name("Siti Nasution").category(CustomerCategory.RESELLER).create();
        Customer umum = data.customer().name("Budi Nasution").category(CustomerCategory.UMUM).create();
        data.order(reseller, OrderSource.MANUAL, kopi, 1);
        data.order(umum, OrderSource.FORM, kopi, 1);
        jdbc.update("UPDATE order_buyer_count SET order_count = 50");

        OrderFilter search = OrderFilter.all().withSearch("nasution");
        assertThat(asAdmin(() -> queries.counts(search.withCategories(Set.of(CustomerCategory.RESELLER))))
                .of(OrderStatus.BELUM_BAYAR)).isEqualTo(1);
        assertThat(asAdmin(() -> queries.counts(search.withSources(Set.of(OrderSource.FORM)))).of(OrderStatus.BELUM_BAYAR))
                .isEqualTo(1);
        assertThat(asAdmin(() -> queries.counts(search)).of(OrderStatus.BELUM_BAYAR)).as("the search alone: counters")
                .isEqualTo(100);
    }

    @Test
    void an_order_number_prefix_is_counted_per_status_and_paged_newest_first() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder first = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder second = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder third = data.order(budi, OrderSource.MANUAL, kopi, 1);
        asAdmin(() -> orders.cancel(List.of(second.getOrderNumber()), "Batal"));
        String prefix = first.getOrderNumber().substring(0, 8); // INV-yymm: this month's orders

        StatusCounts counts = asAdmin(() -> queries.counts(OrderFilter.all().withSearch(prefix)));
        OrderPage page = asAdmin(() -> queries.page(OrderFilter.all().withSearch(prefix)
                .withStatuses(OrderStatus.ACTIVE_FLOW), OrderSort.newestFirst(), 0, 50));

        assertThat(counts.of(OrderStatus.BELUM_BAYAR)).isEqualTo(2);
        assertThat(counts.of(OrderStatus.CANCEL)).isEqualTo(1);
        assertThat(page.rows()).extracting(OrderRow::orderNumber)
                .containsExactly(third.getOrderNumber(), first.getOrderNumber());
    }

    private Map<String, Long> counters(Customer customer) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("SELECT status, order_count FROM order_buyer_count WHERE customer_id = ?",
                rs -> {
                    rows.put(rs.getString(1), rs.getLong(2));
                }, customer.getId());
        return rows;
    }

    private List<String> allCounters() {
        return jdbc.queryForList("SELECT CONCAT(customer_id, ' ', status, ' ', order_count) FROM order_buyer_count"
                + " WHERE order_count <> 0 ORDER BY customer_id, status", String.class);
    }

    private List<String> countedFromOrders() {
        return jdbc.queryForList("SELECT CONCAT(customer_id, ' ', status, ' ', COUNT(*)) FROM sales_order"
                + " GROUP BY customer_id, status ORDER BY customer_id, status", String.class);
    }
}
