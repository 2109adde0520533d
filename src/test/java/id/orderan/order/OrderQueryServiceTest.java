package id.orderan.order;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestData;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderQueryServiceTest extends IntegrationTest {

    @Autowired
    OrderQueryService queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void pages_come_newest_first_with_a_product_summary_per_row() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        Product teh = data.product("Teh Melati", 12_000);
        SalesOrder older = data.order(budi, OrderSource.MANUAL, kopi, 2);
        SalesOrder newer = data.order(new CreateOrderCommand(budi.getId(), OrderSource.FORM, List.of(
                new CreateOrderCommand.Line(teh.getId(), 1, null), new CreateOrderCommand.Line(kopi.getId(), 3, null)),
                0, 15_000, 0, 0, 0, null));
        setCreatedAt(older, "2026-11-01 03:00:00");
        setCreatedAt(newer, "2026-11-02 03:00:00");

        List<OrderRow> rows = asAdmin(() -> queries.page(OrderFilter.all(), OrderSort.newestFirst(), 0, 50));

        assertThat(rows).extracting(OrderRow::orderNumber).containsExactly(newer.getOrderNumber(), older.getOrderNumber());
        assertThat(rows.getFirst().products()).containsExactly(
                new OrderRow.ProductQuantity("Teh Melati", 1), new OrderRow.ProductQuantity("Kopi Gayo", 3));
        assertThat(rows.getFirst().grandTotal()).isEqualTo(12_000 + 3 * 85_000 + 15_000);
        assertThat(rows.getFirst().customerName()).isEqualTo("Budi Santoso");
        assertThat(rows.getFirst().customerPhone()).isEqualTo("6281234567890");
    }

    @Test
    void a_page_costs_two_queries_however_many_rows_it_has() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        for (int i = 0; i < 30; i++) {
            data.order(budi, OrderSource.MANUAL, kopi, 1 + i % 3);
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        List<OrderRow> rows = asAdmin(() -> queries.page(OrderFilter.all(), OrderSort.newestFirst(), 0, 25));

        assertThat(rows).hasSize(25).allSatisfy(row -> assertThat(row.products()).hasSize(1));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void filters_by_status_category_source_and_date_and_counts_agree() {
        Customer reseller = data.customer().name("Rina Reseller").category(CustomerCategory.RESELLER).create();
        Customer umum = data.customer().name("Umar Umum").category(CustomerCategory.UMUM).create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder a = data.order(reseller, OrderSource.MANUAL, kopi, 1);
        SalesOrder b = data.order(umum, OrderSource.FORM, kopi, 1);
        SalesOrder c = data.order(umum, OrderSource.PRIVATE, kopi, 1);
        setStatus(c, OrderStatus.SUKSES);
        setCreatedAt(a, "2026-11-10 01:00:00"); // 08:00 in Jakarta, 10 Nov
        setCreatedAt(b, "2026-11-10 18:00:00"); // 01:00 in Jakarta, 11 Nov
        setCreatedAt(c, "2026-11-12 05:00:00");

        assertThat(numbers(OrderFilter.all().withCategories(Set.of(CustomerCategory.RESELLER))))
                .containsExactly(a.getOrderNumber());
        assertThat(numbers(OrderFilter.all().withSources(Set.of(OrderSource.FORM, OrderSource.PRIVATE))))
                .containsExactly(c.getOrderNumber(), b.getOrderNumber());
        assertThat(numbers(OrderFilter.all().withStatuses(Set.of(OrderStatus.SUKSES)))).containsExactly(c.getOrderNumber());
        assertThat(numbers(OrderFilter.all().withDates(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11))))
                .as("dates are Jakarta dates").containsExactly(b.getOrderNumber());
        assertThat(asAdmin(() -> queries.count(OrderFilter.all().withStatuses(Set.of(OrderStatus.BELUM_BAYAR)))))
                .isEqualTo(2);
    }

    @Test
    void the_warehouse_sees_orders_but_not_their_money() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        data.order(budi, OrderSource.MANUAL, kopi, 1);

        List<OrderRow> rows = TestData.as("gudang", "GUDANG",
                () -> queries.page(OrderFilter.all(), OrderSort.newestFirst(), 0, 10));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.grandTotal()).isNull();
            assertThat(row.customerName()).isEqualTo("Budi Santoso");
        });
    }

    private List<String> numbers(OrderFilter filter) {
        return asAdmin(() -> queries.page(filter, OrderSort.newestFirst(), 0, 50)).stream()
                .map(OrderRow::orderNumber).toList();
    }

    private void setCreatedAt(SalesOrder order, String utc) {
        jdbc.update("UPDATE sales_order SET created_at = ? WHERE id = ?", utc, order.getId());
    }

    private void setStatus(SalesOrder order, OrderStatus status) {
        jdbc.update("UPDATE sales_order SET status = ? WHERE id = ?", status.name(), order.getId());
    }
}
