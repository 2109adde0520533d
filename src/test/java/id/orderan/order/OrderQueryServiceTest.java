package id.orderan.order;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderQueryServiceTest extends IntegrationTest {

    @Autowired
    OrderQueryService queries;

    @Autowired
    JdbcTemplate jdbc;

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

        List<OrderRow> rows = page(OrderFilter.all());

        assertThat(rows).extracting(OrderRow::orderNumber).containsExactly(newer.getOrderNumber(), older.getOrderNumber());
        assertThat(rows.getFirst().products()).containsExactly(
                new OrderRow.ProductQuantity("Teh Melati", 1), new OrderRow.ProductQuantity("Kopi Gayo", 3));
        assertThat(rows.getFirst().grandTotal()).isEqualTo(12_000 + 3 * 85_000 + 15_000);
        assertThat(rows.getFirst().customerName()).isEqualTo("Budi Santoso");
        assertThat(rows.getFirst().customerPhone()).isEqualTo("6281234567890");
        assertThat(rows.getFirst().createdAt()).isEqualTo(java.time.Instant.parse("2026-11-02T03:00:00Z"));
    }

    @Test
    void belum_di_follow_up_keeps_unpaid_orders_no_reminder_reached_failed_sends_included() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder reminded = data.order(budi, OrderSource.FORM, kopi, 1);
        SalesOrder onlyFailed = data.order(budi, OrderSource.FORM, kopi, 1);
        SalesOrder untouched = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder downPayment = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder paid = data.order(budi, OrderSource.FORM, kopi, 1);
        data.forceStatus(downPayment, OrderStatus.DOWN_PAYMENT, "");
        data.forceStatus(paid, OrderStatus.SEDANG_DIPROSES, "");
        followUp(reminded, "SENT");
        followUp(onlyFailed, "FAILED");
        OrderFilter filter = OrderFilter.all().withNotFollowedUpOnly(true);

        StatusCounts counts = asAdmin(() -> queries.counts(filter));

        assertThat(counts.sum(Set.of(OrderStatus.BELUM_BAYAR))).isEqualTo(2);
        assertThat(counts.sum(Set.of(OrderStatus.DOWN_PAYMENT))).isEqualTo(1);
        assertThat(counts.sum(Set.of(OrderStatus.SEDANG_DIPROSES))).isZero();
        assertThat(page(filter)).extracting(OrderRow::orderNumber).containsExactlyInAnyOrder(
                onlyFailed.getOrderNumber(), untouched.getOrderNumber(), downPayment.getOrderNumber());
        assertThat(page(filter.withSources(Set.of(OrderSource.MANUAL)))).extracting(OrderRow::orderNumber)
                .containsExactlyInAnyOrder(untouched.getOrderNumber(), downPayment.getOrderNumber());
    }

    private void followUp(SalesOrder order, String state) {
        jdbc.update("INSERT INTO follow_up (order_id, channel, stage, message, state, sent_by, sent_at)"
                + " VALUES (?, 'WHATSAPP', 'FU_1', 'Halo', ?, 'cs', NOW(6))", order.getId(), state);
    }

    @Test
    void a_page_costs_two_queries_however_many_rows_it_has() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        for (int i = 0; i < 30; i++) {
            data.order(budi, OrderSource.MANUAL, kopi, 1 + i % 3);
        }
        // the counter is server-wide: a live refresh of some open screen can only add, so take the best of three
        long fewest = Long.MAX_VALUE;
        OrderPage page = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = selectsSoFar();
            page = asAdmin(() -> queries.page(OrderFilter.all(), OrderSort.newestFirst(), 0, 25));
            fewest = Math.min(fewest, selectsSoFar() - before);
        }

        assertThat(page.rows()).hasSize(25).allSatisfy(row -> assertThat(row.products()).hasSize(1));
        assertThat(fewest).as("SELECT statements for one page").isEqualTo(2);
    }

    @Test
    void continuing_after_a_cursor_gives_the_same_rows_as_offset_paging_for_every_sort() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        for (int i = 0; i < 23; i++) {
            SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1 + i % 4);
            // equal timestamps in pairs: the id must break ties
            setCreatedAt(order, "2026-11-%02d 03:00:00".formatted(1 + i / 2));
        }
        for (OrderSort.Field field : OrderSort.Field.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                OrderSort sort = new OrderSort(field, ascending);
                List<String> byOffset = new ArrayList<>();
                for (int offset = 0; offset < 23; offset += 5) {
                    asAdmin(() -> queries.page(OrderFilter.all(), sort, 0, 100)); // warm, irrelevant
                    int o = offset;
                    byOffset.addAll(asAdmin(() -> queries.page(OrderFilter.all(), sort, o, 5)).rows().stream()
                            .map(OrderRow::orderNumber).toList());
                }
                List<String> byCursor = new ArrayList<>();
                OrderPage page = asAdmin(() -> queries.page(OrderFilter.all(), sort, 0, 5));
                byCursor.addAll(page.rows().stream().map(OrderRow::orderNumber).toList());
                while (page.next() != null) {
                    OrderCursor next = page.next();
                    page = asAdmin(() -> queries.pageAfter(OrderFilter.all(), next, 5));
                    byCursor.addAll(page.rows().stream().map(OrderRow::orderNumber).toList());
                }
                assertThat(byCursor).as(sort.toString()).hasSize(23).doesNotHaveDuplicates().isEqualTo(byOffset);
            }
        }
    }

    @Test
    void filters_by_status_category_source_and_date_and_counts_agree() {
        Customer reseller = data.customer().name("Rina Reseller").category(CustomerCategory.RESELLER).create();
        Customer umum = data.customer().name("Umar Umum").category(CustomerCategory.UMUM).create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder a = data.order(reseller, OrderSource.MANUAL, kopi, 1);
        SalesOrder b = data.order(umum, OrderSource.FORM, kopi, 1);
        SalesOrder c = data.order(umum, OrderSource.PRIVATE, kopi, 1);
        data.forceStatus(c, OrderStatus.SUKSES, "");
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

        StatusCounts umumCounts = asAdmin(() -> queries.counts(OrderFilter.all().withCategories(Set.of(CustomerCategory.UMUM))));
        assertThat(umumCounts.of(OrderStatus.BELUM_BAYAR)).isEqualTo(1);
        assertThat(umumCounts.of(OrderStatus.SUKSES)).isEqualTo(1);
        assertThat(asAdmin(() -> queries.count(OrderFilter.all().withStatuses(Set.of(OrderStatus.BELUM_BAYAR)))))
                .isEqualTo(2);
    }

    @Test
    void unfiltered_counts_come_from_counters_kept_in_step_with_new_orders() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        for (int i = 0; i < 12; i++) {
            data.order(budi, OrderSource.FORM, kopi, 1);
        }

        StatusCounts counts = asAdmin(() -> queries.counts(OrderFilter.all()));

        assertThat(counts.of(OrderStatus.BELUM_BAYAR)).isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_status_count WHERE order_count <> 0", Integer.class))
                .as("spread over slots").isGreaterThan(1);
        assertThat(counts.of(OrderStatus.BELUM_BAYAR))
                .isEqualTo(asAdmin(() -> queries.counts(OrderFilter.all().withSearch("Budi"))).of(OrderStatus.BELUM_BAYAR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812-3456-7890", "081234567890", "6281234567890", "+62 812-3456-7890", "0812 3456",
        "Siti", "nurhaliza", "siti nur", "siti@tokoku.id", "SITI@TOKOKU", "Kopi Gay", "KOP-GAY", "JP12345678",
        "jp1234", "ORDER_NUMBER"})
    void one_search_box_finds_an_order_by_every_kind_of_term(String term) {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").email("siti@tokoku.id").create();
        Customer other = data.customer().name("Budi Santoso").phone("0857-1111-2222").email("budi@example.com").create();
        Product kopi = data.productWithSku("KOP-GAYO-250", "Kopi Gayo Arabika", 85_000);
        Product teh = data.productWithSku("TEH-MLT-50", "Teh Melati", 12_000);
        SalesOrder wanted = data.order(siti, OrderSource.FORM, kopi, 1);
        data.order(other, OrderSource.FORM, teh, 1);
        jdbc.update("INSERT INTO shipment (order_id, courier, resi, created_by, created_at, version) "
                + "VALUES (?, 'JNT', 'JP1234567890', 'gudang', NOW(6), 0)", wanted.getId());
        String search = term.equals("ORDER_NUMBER") ? wanted.getOrderNumber().substring(4) : term;

        List<String> found = numbers(OrderFilter.all().withSearch(search));

        assertThat(found).containsExactly(wanted.getOrderNumber());
        assertThat(asAdmin(() -> queries.count(OrderFilter.all().withSearch(search)))).isEqualTo(1);
    }

    @Test
    void a_search_for_something_nobody_bought_finds_nothing() {
        Customer budi = data.customer().create();
        data.order(budi, OrderSource.MANUAL, data.product("Kopi Gayo", 85_000), 1);

        assertThat(numbers(OrderFilter.all().withSearch("Rendang"))).isEmpty();
        assertThat(numbers(OrderFilter.all().withSearch("0899 9999"))).isEmpty();
        assertThat(numbers(OrderFilter.all().withSearch("%"))).isEmpty();
    }

    @Test
    void the_warehouse_sees_orders_but_not_their_money_and_cannot_sort_by_it() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        data.order(budi, OrderSource.MANUAL, kopi, 1);

        OrderPage page = TestData.as("gudang", "GUDANG",
                () -> queries.page(OrderFilter.all(), new OrderSort(OrderSort.Field.GRAND_TOTAL, true), 0, 10));

        assertThat(page.rows()).singleElement().satisfies(row -> {
            assertThat(row.grandTotal()).isNull();
            assertThat(row.customerName()).isEqualTo("Budi Santoso");
        });
    }

    @Test
    void the_aksi_menu_reads_number_status_and_cod_flag_in_one_query_for_every_role() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder cod = data.codOrder(budi, kopi, 2);
        SalesOrder transfer = data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(transfer, OrderStatus.SEDANG_DIPROSES, "");

        // the counter is server-wide: a live refresh of some open screen can only add, so take the best of three
        long fewest = Long.MAX_VALUE;
        OrderHeading heading = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = selectsSoFar();
            heading = TestData.as("gudang", "GUDANG", () -> queries.heading(cod.getOrderNumber()));
            fewest = Math.min(fewest, selectsSoFar() - before);
        }

        assertThat(heading).isEqualTo(new OrderHeading(cod.getOrderNumber(), cod.getStatus(), true));
        assertThat(fewest).as("SELECT statements for the menu's read").isEqualTo(1);
        assertThat(asAdmin(() -> queries.heading(transfer.getOrderNumber())))
                .isEqualTo(new OrderHeading(transfer.getOrderNumber(), OrderStatus.SEDANG_DIPROSES, false));
        assertThatThrownBy(() -> asAdmin(() -> queries.heading("ORD-NOPE")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.order.not-found"));
        assertThat(asAdmin(() -> queries.exists(transfer.getOrderNumber()))).isTrue();
        assertThat(asAdmin(() -> queries.exists("ORD-NOPE"))).isFalse();
    }

    private List<OrderRow> page(OrderFilter filter) {
        return asAdmin(() -> queries.page(filter, OrderSort.newestFirst(), 0, 50)).rows();
    }

    private List<String> numbers(OrderFilter filter) {
        return page(filter).stream().map(OrderRow::orderNumber).toList();
    }

    private long selectsSoFar() {
        return jdbc.queryForObject("SHOW GLOBAL STATUS LIKE 'Com_select'", (rs, n) -> rs.getLong(2));
    }

    private void setCreatedAt(SalesOrder order, String utc) {
        jdbc.update("UPDATE sales_order SET created_at = ? WHERE id = ?", utc, order.getId());
    }
}
