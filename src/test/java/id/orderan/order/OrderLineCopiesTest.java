package id.orderan.order;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.dataio.ProgressListener;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentKind;
import id.orderan.payment.PaymentService;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import id.orderan.warehouse.BulkResiPreview;
import id.orderan.warehouse.BulkResiService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The order lines' copies of their order's status and creation time (decision 0210) stay right through
 * every way an order moves, and the capped counts built on them say "more than" only when it is so.
 */
class OrderLineCopiesTest extends IntegrationTest {

    @Autowired
    OrderService orders;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    @Autowired
    BulkResiService bulkResi;

    @Autowired
    OrderQueryService queries;

    @Autowired
    OrderListQuery listQuery;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_kind_of_move_leaves_each_line_with_its_orders_status_and_date() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        Product teh = data.product("Teh Melati", 12_000);
        SalesOrder paidShippedDelivered = twoLines(budi, kopi, teh);
        SalesOrder confirmedRejectedDp = twoLines(budi, kopi, teh);
        SalesOrder cancelledA = twoLines(budi, kopi, teh);
        SalesOrder cancelledB = twoLines(budi, kopi, teh);
        SalesOrder bulkShipped = twoLines(budi, kopi, teh);
        SalesOrder cod = data.codOrder(budi, kopi, 1);
        assertThat(lineStatuses(paidShippedDelivered)).as("created").containsExactly("BELUM_BAYAR");
        assertCopiesMatch();

        String number = paidShippedDelivered.getOrderNumber();
        asAdmin(() -> payments.markPaid(number, "TRANSFER"));
        assertThat(lineStatuses(paidShippedDelivered)).as("paid").containsExactly("SEDANG_DIPROSES");
        asAdmin(() -> shipping.enterResi(new ResiCommand(number, Courier.JNE, "REG", "JN0000000101", false)));
        assertThat(lineStatuses(paidShippedDelivered)).as("resi").containsExactly("PROSES_PENGIRIMAN");
        asAdmin(() -> {
            shipping.markDelivered(List.of(number));
            return null;
        });
        assertThat(lineStatuses(paidShippedDelivered)).as("delivered").containsExactly("SUKSES");
        asAdmin(() -> orders.retur(List.of(number), "Barang rusak", false));
        assertThat(lineStatuses(paidShippedDelivered)).as("returned").containsExactly("RETUR");

        String second = confirmedRejectedDp.getOrderNumber();
        long confirmation = asAdmin(() -> payments.submit(new PaymentCommands.SubmitConfirmation(second, "BCA", "BUDI",
                100_000, LocalDate.now().minusDays(1), null, null))).getId();
        assertThat(lineStatuses(confirmedRejectedDp)).as("confirmation sent").containsExactly("KONFIRMASI");
        asAdmin(() -> payments.reject(confirmation, 0, "Transfer tidak masuk"));
        assertThat(lineStatuses(confirmedRejectedDp)).as("rejected").containsExactly("BELUM_BAYAR");
        asAdmin(() -> payments.record(new PaymentCommands.RecordPayment(second, PaymentKind.DP, "TRANSFER", 10_000,
                LocalDate.now(), null)));
        assertThat(lineStatuses(confirmedRejectedDp)).as("down payment").containsExactly("DOWN_PAYMENT");

        asAdmin(() -> orders.cancel(List.of(cancelledA.getOrderNumber(), cancelledB.getOrderNumber()), "Batal"));
        assertThat(lineStatuses(cancelledA)).as("bulk cancel").containsExactly("CANCEL");
        assertThat(lineStatuses(cancelledB)).as("bulk cancel").containsExactly("CANCEL");

        asAdmin(() -> payments.markPaid(bulkShipped.getOrderNumber(), "TRANSFER"));
        BulkResiPreview preview = as("gudang", "GUDANG", () -> bulkResi.preview(
                bulkShipped.getOrderNumber() + "\tJNE\tCGK300000001\tREG\n"));
        as("gudang", "GUDANG", () -> bulkResi.apply(preview, ProgressListener.NONE));
        assertThat(lineStatuses(bulkShipped)).as("bulk resi").containsExactly("PROSES_PENGIRIMAN");

        as("cs", "CS", () -> orders.processCod(cod.getOrderNumber()));
        asAdmin(() -> shipping.enterResi(new ResiCommand(cod.getOrderNumber(), Courier.JNE, "REG", "JN0000000102",
                false)));
        asAdmin(() -> orders.codRefused(cod.getOrderNumber()));
        assertThat(lineStatuses(cod)).as("COD refused at the door").containsExactly("RETUR");

        assertCopiesMatch();
    }

    @Test
    void lines_written_by_an_edit_carry_the_orders_current_status() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        Product teh = data.product("Teh Melati", 12_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        long confirmation = asAdmin(() -> payments.submit(new PaymentCommands.SubmitConfirmation(
                order.getOrderNumber(), "BCA", "BUDI", 100_000, LocalDate.now().minusDays(1), null, null))).getId();
        asAdmin(() -> payments.reject(confirmation, 0, "Transfer tidak masuk"));
        SalesOrder loaded = asAdmin(() -> queries.getByNumber(order.getOrderNumber()));

        asAdmin(() -> orders.update(order.getOrderNumber(), loaded.getVersion(), new CreateOrderCommand(budi.getId(),
                OrderSource.MANUAL, List.of(new CreateOrderCommand.Line(teh.getId(), 2, null),
                new CreateOrderCommand.Line(kopi.getId(), 1, null)), 0, 15_000, 0, 0, 0, null),
                new ShippingDetails("Budi", "081234567890", loaded.getShippingAddress())));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_line WHERE order_id = ?", Integer.class,
                order.getId())).isEqualTo(2);
        assertThat(lineStatuses(order)).containsExactly("BELUM_BAYAR");
        assertCopiesMatch();
    }

    @Test
    void the_admins_repair_rewrites_copies_that_bulk_sql_left_behind() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        jdbc.update("UPDATE sales_order SET status = 'SUKSES', created_at = '2025-01-02 03:04:05' WHERE id = ?",
                order.getId());
        assertThat(lineStatuses(order)).as("bulk SQL passes the application by").containsExactly("BELUM_BAYAR");

        asAdmin(() -> {
            orders.recountStatusCounters();
            return null;
        });

        assertThat(lineStatuses(order)).containsExactly("SUKSES");
        assertCopiesMatch();
    }

    @Test
    void a_product_search_finds_each_order_once_newest_first_in_its_tab_and_pages_on_by_keyset() {
        Customer budi = data.customer().create();
        Product rendang = data.product("Rendang Sapi", 95_000);
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder old = data.order(new CreateOrderCommand(budi.getId(), OrderSource.MANUAL, List.of(
                new CreateOrderCommand.Line(rendang.getId(), 1, null), new CreateOrderCommand.Line(rendang.getId(), 2,
                        null)), 0, 0, 0, 0, 0, null));
        SalesOrder other = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder paid = data.order(budi, OrderSource.MANUAL, rendang, 1);
        SalesOrder newest = data.order(budi, OrderSource.MANUAL, rendang, 3);
        setCreatedAt(old, "2026-11-01 03:00:00");
        setCreatedAt(other, "2026-11-02 03:00:00");
        setCreatedAt(paid, "2026-11-03 03:00:00");
        setCreatedAt(newest, "2026-11-04 03:00:00");
        asAdmin(() -> payments.markPaid(paid.getOrderNumber(), "TRANSFER"));
        OrderFilter search = OrderFilter.all().withSearch("rendang sapi");

        OrderPage first = asAdmin(() -> queries.page(search.withStatuses(OrderStatus.ACTIVE_FLOW),
                OrderSort.newestFirst(), 0, 2));
        OrderPage rest = asAdmin(() -> queries.pageAfter(search.withStatuses(OrderStatus.ACTIVE_FLOW), first.next(), 2));

        assertThat(first.rows()).extracting(OrderRow::orderNumber)
                .containsExactly(newest.getOrderNumber(), paid.getOrderNumber());
        assertThat(rest.rows()).extracting(OrderRow::orderNumber).as("two lines of the product, one row")
                .containsExactly(old.getOrderNumber());
        assertThat(asAdmin(() -> queries.page(search.withStatuses(Set.of(OrderStatus.BELUM_BAYAR)),
                OrderSort.newestFirst(), 0, 50)).rows()).extracting(OrderRow::orderNumber)
                .containsExactly(newest.getOrderNumber(), old.getOrderNumber());
        StatusCounts counts = asAdmin(() -> queries.counts(search));
        assertThat(counts.of(OrderStatus.BELUM_BAYAR)).isEqualTo(2);
        assertThat(counts.of(OrderStatus.SEDANG_DIPROSES)).isEqualTo(1);
        assertThat(counts.capped(Set.of())).isFalse();
    }

    @Test
    void counts_stop_just_past_the_cap_for_buyers_products_and_both_and_stay_exact_below_it() {
        Customer rendangLover = data.customer().name("Rina Rendang").create();
        Customer budi = data.customer().create();
        Product rendang = data.product("Rendang Sapi", 95_000);
        Product kopi = data.product("Kopi Gayo", 85_000);
        for (int i = 0; i < 5; i++) {
            data.order(budi, OrderSource.MANUAL, rendang, 1);
        }
        data.order(rendangLover, OrderSource.MANUAL, kopi, 1);
        data.order(rendangLover, OrderSource.MANUAL, kopi, 1);
        data.order(budi, OrderSource.MANUAL, kopi, 1);

        Map<OrderStatus, Long> products = listQuery.countByStatus(OrderFilter.all().withSearch("sapi"), 3);
        Map<OrderStatus, Long> buyers = listQuery.countByStatus(OrderFilter.all().withSearch("rina"), 3);
        Map<OrderStatus, Long> both = listQuery.countByStatus(OrderFilter.all().withSearch("rendang"), 10);
        Map<OrderStatus, Long> bothCapped = listQuery.countByStatus(OrderFilter.all().withSearch("rendang"), 6);

        assertThat(products.get(OrderStatus.BELUM_BAYAR)).as("5 orders, cap 3: 'more than 3'").isEqualTo(4);
        assertThat(new StatusCounts(products, 3).capped(OrderStatus.ACTIVE_FLOW)).isTrue();
        assertThat(buyers.get(OrderStatus.BELUM_BAYAR)).as("2 orders, under the cap: exact").isEqualTo(2);
        assertThat(new StatusCounts(buyers, 3).capped(OrderStatus.ACTIVE_FLOW)).isFalse();
        assertThat(both.get(OrderStatus.BELUM_BAYAR)).as("5 by product + 2 by buyer").isEqualTo(7);
        assertThat(bothCapped.get(OrderStatus.BELUM_BAYAR)).isEqualTo(7);
        assertThat(new StatusCounts(bothCapped, 6).capped(Set.of(OrderStatus.BELUM_BAYAR))).isTrue();
        assertThat(both.get(OrderStatus.SUKSES)).isZero();
    }

    @Test
    void a_broad_filter_gives_up_the_single_pass_and_counts_each_status_up_to_the_cap() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        for (int i = 0; i < 60; i++) {
            data.order(budi, OrderSource.FORM, kopi, 1);
        }
        SalesOrder paid = data.order(budi, OrderSource.FORM, kopi, 1);
        asAdmin(() -> payments.markPaid(paid.getOrderNumber(), "TRANSFER"));
        data.order(budi, OrderSource.MANUAL, kopi, 1);
        OrderFilter form = OrderFilter.all().withSources(Set.of(OrderSource.FORM));

        // cap 1: a single pass only up to 20 orders (estimated), stopped past 40 examined
        Map<OrderStatus, Long> capped = listQuery.countByStatus(form, 1);
        Map<OrderStatus, Long> roomy = listQuery.countByStatus(form, 100);

        assertThat(capped.get(OrderStatus.BELUM_BAYAR)).as("60 unpaid: 'more than 1'").isEqualTo(2);
        assertThat(capped.get(OrderStatus.SEDANG_DIPROSES)).as("under the cap: exact").isEqualTo(1);
        assertThat(capped.getOrDefault(OrderStatus.SUKSES, 0L)).isZero();
        assertThat(roomy.get(OrderStatus.BELUM_BAYAR)).as("one exact pass").isEqualTo(60);
    }

    @Test
    void a_search_past_ten_thousand_orders_says_more_than_ten_thousand_and_export_still_counts_exactly() {
        Customer wibisono = data.customer().name("Wibisono Lim").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder order = data.order(wibisono, OrderSource.MANUAL, kopi, 1);
        data.copies(order, OrderQueryService.COUNT_CAP + 4);
        OrderFilter search = OrderFilter.all().withSearch("wibisono");

        StatusCounts counts = asAdmin(() -> queries.counts(search));

        assertThat(counts.capped(Set.of(OrderStatus.BELUM_BAYAR))).isTrue();
        assertThat(counts.of(OrderStatus.BELUM_BAYAR)).isEqualTo(OrderQueryService.COUNT_CAP + 1);
        assertThat(counts.capped(Set.of(OrderStatus.SUKSES))).isFalse();
        assertThat(asAdmin(() -> queries.count(search))).as("exact for an export").isEqualTo(
                OrderQueryService.COUNT_CAP + 5);
        assertThat(asAdmin(() -> queries.counts(OrderFilter.all())).capped(Set.of())).as("the counters are exact")
                .isFalse();
    }

    private SalesOrder twoLines(Customer customer, Product a, Product b) {
        return data.order(new CreateOrderCommand(customer.getId(), OrderSource.MANUAL, List.of(
                new CreateOrderCommand.Line(a.getId(), 1, null), new CreateOrderCommand.Line(b.getId(), 2, null)),
                0, 15_000, 0, 0, 0, null));
    }

    private List<String> lineStatuses(SalesOrder order) {
        return jdbc.queryForList("SELECT DISTINCT order_status FROM order_line WHERE order_id = ?", String.class,
                order.getId());
    }

    private void assertCopiesMatch() {
        assertThat(jdbc.queryForList("SELECT CONCAT(o.order_number, ' ', o.status, ' ', COALESCE(l.order_status, '-'))"
                + " FROM order_line l JOIN sales_order o ON o.id = l.order_id"
                + " WHERE NOT (l.order_status <=> o.status AND l.order_created_at <=> o.created_at)", String.class))
                .as("lines whose copies differ from their order").isEmpty();
    }

    /** As a shop whose order came in then: the order and its lines' copy (what the application writes together). */
    private void setCreatedAt(SalesOrder order, String utc) {
        jdbc.update("UPDATE sales_order SET created_at = ? WHERE id = ?", utc, order.getId());
        jdbc.update("UPDATE order_line SET order_created_at = ? WHERE order_id = ?", utc, order.getId());
    }
}
