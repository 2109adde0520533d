package id.orderan.order;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentKind;
import id.orderan.payment.PaymentService;
import id.orderan.order.Courier;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every (from, to) pair of statuses, through the real service action that leads to "to": allowed
 * pairs succeed, all others are refused and change nothing. The expectation is written out here, from
 * the seller's manual, independently of {@link OrderTransitions}.
 */
class OrderLifecycleTest extends IntegrationTest {

    private static final Map<OrderStatus, Set<OrderStatus>> SELLERS_MANUAL = Map.of(
            OrderStatus.BELUM_BAYAR, EnumSet.of(OrderStatus.DOWN_PAYMENT, OrderStatus.KONFIRMASI,
                    OrderStatus.SEDANG_DIPROSES, OrderStatus.CANCEL),
            OrderStatus.DOWN_PAYMENT, EnumSet.of(OrderStatus.KONFIRMASI, OrderStatus.SEDANG_DIPROSES, OrderStatus.CANCEL),
            OrderStatus.KONFIRMASI, EnumSet.of(OrderStatus.BELUM_BAYAR, OrderStatus.DOWN_PAYMENT,
                    OrderStatus.SEDANG_DIPROSES, OrderStatus.CANCEL),
            OrderStatus.SEDANG_DIPROSES, EnumSet.of(OrderStatus.PROSES_PENGIRIMAN, OrderStatus.CANCEL),
            OrderStatus.PROSES_PENGIRIMAN, EnumSet.of(OrderStatus.SUKSES, OrderStatus.RETUR),
            OrderStatus.SUKSES, EnumSet.of(OrderStatus.RETUR),
            OrderStatus.CANCEL, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.RETUR, EnumSet.noneOf(OrderStatus.class));

    @Autowired
    OrderService orders;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_status_pair_is_allowed_or_refused_exactly_as_the_sellers_manual_says() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000, 10_000);
        StringBuilder mismatches = new StringBuilder();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                if (from == to) {
                    continue;
                }
                SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
                if (from != OrderStatus.BELUM_BAYAR) {
                    data.forceStatus(order, from, "");
                }
                long confirmation = data.pendingConfirmation(order, order.getGrandTotal());
                int auditBefore = data.auditRows(order);
                boolean expected = SELLERS_MANUAL.get(from).contains(to);
                boolean succeeded;
                try {
                    asAdmin(() -> {
                        actionLeadingTo(to, order, confirmation);
                        return null;
                    });
                    succeeded = true;
                } catch (BusinessException | AccessDeniedException e) {
                    succeeded = false;
                }
                String now = data.status(order);
                if (succeeded != expected || !now.equals((expected ? to : from).name())
                        || (!expected && data.auditRows(order) != auditBefore)) {
                    mismatches.append("%s → %s: expected %s, succeeded %s, now %s%n".formatted(from, to,
                            expected ? "allowed" : "refused", succeeded, now));
                }
            }
        }
        assertThat(mismatches.toString()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT SUM(order_count) FROM order_status_count", Long.class))
                .as("counters still add up to the orders").isEqualTo(
                        jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Long.class));
    }

    private void actionLeadingTo(OrderStatus to, SalesOrder order, long confirmation) {
        String number = order.getOrderNumber();
        switch (to) {
            case BELUM_BAYAR -> payments.reject(confirmation, 0, "Transfer tidak masuk");
            case DOWN_PAYMENT -> payments.record(new PaymentCommands.RecordPayment(number, PaymentKind.DP, "TRANSFER",
                    10_000, LocalDate.now(), null));
            case KONFIRMASI -> payments.submit(new PaymentCommands.SubmitConfirmation(number, "BCA", "BUDI", 100_000,
                    LocalDate.now().minusDays(1), null, null));
            case SEDANG_DIPROSES -> payments.markPaid(number, "TRANSFER");
            case PROSES_PENGIRIMAN -> shipping.enterResi(new ResiCommand(number, Courier.JNE, "REG",
                    "JN" + (10_000_000 + order.getId()), false));
            case SUKSES -> shipping.markDelivered(List.of(number));
            case CANCEL -> orders.cancel(List.of(number), "Pembeli minta batal");
            case RETUR -> orders.retur(List.of(number), "Paket kembali", false);
        }
    }

    @Test
    void the_warehouse_enters_resi_but_cannot_touch_money_and_cs_cannot_ship() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> payments.markPaid(order.getOrderNumber(), "CASH")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> orders.cancel(List.of(order.getOrderNumber()), "x")))
                .isInstanceOf(AccessDeniedException.class);
        as("cs", "CS", () -> payments.markPaid(order.getOrderNumber(), "CASH"));
        assertThatThrownBy(() -> as("cs", "CS", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), Courier.JNE, "REG", "JN1234567890", false))))
                .isInstanceOf(AccessDeniedException.class);
        as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), Courier.JNE, "REG", "JN1234567890", false)));

        assertThat(data.status(order)).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(jdbc.queryForList("SELECT changed_by FROM order_status_change WHERE order_id = ? ORDER BY id",
                String.class, order.getId())).containsExactly("admin", "cs", "gudang");
    }

    @Test
    void a_down_payment_is_for_manual_orders_only_and_the_rest_completes_it() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder manual = data.order(budi, OrderSource.MANUAL, kopi, 2);
        SalesOrder form = data.order(budi, OrderSource.FORM, kopi, 1);

        assertThatThrownBy(() -> asAdmin(() -> payments.record(dp(form, 50_000))))
                .hasMessageContaining("error.payment.dp-manual-only");
        assertThatThrownBy(() -> asAdmin(() -> payments.record(dp(manual, 200_000))))
                .hasMessageContaining("error.payment.dp-too-large");
        asAdmin(() -> payments.record(dp(manual, 50_000)));
        assertThat(data.status(manual)).isEqualTo("DOWN_PAYMENT");
        asAdmin(() -> payments.record(dp(manual, 50_000)));
        assertThat(data.status(manual)).as("a second partial payment stays DP").isEqualTo("DOWN_PAYMENT");
        assertThatThrownBy(() -> asAdmin(() -> payments.record(new PaymentCommands.RecordPayment(
                manual.getOrderNumber(), PaymentKind.FULL, "CASH", 99_999, LocalDate.now(), null))))
                .hasMessageContaining("error.payment.not-enough");
        asAdmin(() -> payments.record(new PaymentCommands.RecordPayment(manual.getOrderNumber(), PaymentKind.FULL,
                "CASH", 100_000, LocalDate.now(), null)));

        assertThat(data.status(manual)).isEqualTo("SEDANG_DIPROSES");
        assertThat(jdbc.queryForObject("SELECT amount_paid FROM sales_order WHERE id = ?", Long.class, manual.getId()))
                .isEqualTo(200_000);
        assertThat(asAdmin(() -> payments.payments(manual.getId()))).hasSize(3);
    }

    @Test
    void stock_is_taken_on_create_refused_when_short_and_given_back_on_cancel_and_restocked_retur() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000, 5);

        SalesOrder first = data.order(budi, OrderSource.MANUAL, kopi, 3);
        assertThat(data.stock(kopi)).isEqualTo(2);
        long ordersBefore = jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Long.class);
        assertThatThrownBy(() -> data.order(budi, OrderSource.MANUAL, kopi, 3))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.order.stock-insufficient");
        assertThat(data.stock(kopi)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Long.class)).isEqualTo(ordersBefore);

        asAdmin(() -> orders.cancel(List.of(first.getOrderNumber()), "Stok salah hitung"));
        assertThat(data.stock(kopi)).isEqualTo(5);

        SalesOrder shipped = data.order(budi, OrderSource.MANUAL, kopi, 4);
        data.forceStatus(shipped, OrderStatus.PROSES_PENGIRIMAN, "");
        asAdmin(() -> orders.retur(List.of(shipped.getOrderNumber()), "Alamat tidak ditemukan", true));
        assertThat(data.stock(kopi)).isEqualTo(5);
        SalesOrder damaged = data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(damaged, OrderStatus.SUKSES, "");
        asAdmin(() -> orders.retur(List.of(damaged.getOrderNumber()), "Barang rusak", false));
        assertThat(data.stock(kopi)).as("damaged goods do not go back on the shelf").isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT status_reason FROM sales_order WHERE id = ?", String.class,
                damaged.getId())).isEqualTo("Barang rusak");
    }

    @Test
    void four_buyers_racing_for_the_last_item_leave_exactly_one_order_and_no_negative_stock() throws Exception {
        Customer budi = data.customer().create();
        Product lastOne = data.product("Batik Tulis Edisi Terbatas", 750_000, 1);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        data.order(budi, OrderSource.MANUAL, lastOne, 1);
                        return "ok";
                    } catch (BusinessException e) {
                        return e.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> results = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("ok").filteredOn(r -> !r.equals("ok"))
                    .containsOnly("error.order.stock-insufficient");
            assertThat(data.stock(lastOne)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bulk_cancel_is_all_or_nothing() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder open = data.order(budi, OrderSource.MANUAL, kopi, 1);
        SalesOrder shipped = data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(shipped, OrderStatus.PROSES_PENGIRIMAN, "");

        assertThatThrownBy(() -> asAdmin(() -> orders.cancel(List.of(open.getOrderNumber(), shipped.getOrderNumber()),
                "Salah input"))).hasMessageContaining("error.order.move-not-allowed");

        assertThat(data.status(open)).as("rolled back with the refused one").isEqualTo("BELUM_BAYAR");
    }

    @Test
    void a_second_edit_on_a_stale_version_names_who_changed_the_order_and_overwrites_nothing() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        long loaded = order.getVersion();
        var shippingTo = new ShippingDetails("Budi", "081234567890", order.getShippingAddress());
        var edit = new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 15_000, 0, 0, 0, "Rina's edit");

        as("rina", "CS", () -> orders.update(order.getOrderNumber(), loaded, edit, shippingTo));
        var other = new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 5, null)), 0, 0, 0, 0, 0, "Budi's edit");

        assertThatThrownBy(() -> as("budi", "CS", () -> orders.update(order.getOrderNumber(), loaded, other, shippingTo)))
                .isInstanceOf(OrderChangedException.class)
                .satisfies(e -> assertThat(((BusinessException) e).args()).contains("rina"));
        assertThat(jdbc.queryForObject("SELECT note FROM sales_order WHERE id = ?", String.class, order.getId()))
                .isEqualTo("Rina's edit");
        assertThat(jdbc.queryForObject("SELECT grand_total FROM sales_order WHERE id = ?", Long.class, order.getId()))
                .isEqualTo(215_000);
    }

    @Test
    void after_payment_only_the_note_and_address_can_change() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        asAdmin(() -> payments.markPaid(order.getOrderNumber(), "CASH"));
        long version = jdbc.queryForObject("SELECT version FROM sales_order WHERE id = ?", Long.class, order.getId());
        var address = new id.orderan.base.Address("Jl. Baru 1", null, "Kec. Lowokwaru", "Kota Malang", "Jawa Timur",
                "65141", null);
        Consumer<Integer> editQuantity = quantity -> asAdmin(() -> orders.update(order.getOrderNumber(), version,
                new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                        List.of(new CreateOrderCommand.Line(kopi.getId(), quantity, null)), 0, 0, 0, 0, 0, "Kirim pagi"),
                new ShippingDetails("Budi", "081234567890", address)));

        assertThatThrownBy(() -> editQuantity.accept(3)).hasMessageContaining("error.order.locked-after-payment");
        editQuantity.accept(1);

        assertThat(jdbc.queryForObject("SELECT ship_city FROM sales_order WHERE id = ?", String.class, order.getId()))
                .isEqualTo("Kota Malang");
    }

    private static PaymentCommands.RecordPayment dp(SalesOrder order, long amount) {
        return new PaymentCommands.RecordPayment(order.getOrderNumber(), PaymentKind.DP, "TRANSFER", amount,
                LocalDate.now(), null);
    }
}
