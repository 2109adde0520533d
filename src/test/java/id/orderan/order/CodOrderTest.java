package id.orderan.order;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderRow;
import id.orderan.order.Courier;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 11, defect 9: a COD order is packed unpaid ("Proses COD"), the courier's collection is
 * recorded as its payment on delivery, and a parcel the buyer refuses goes to Retur with its stock
 * back. Other orders cannot take these moves.
 */
class CodOrderTest extends IntegrationTest {

    @Autowired
    OrderService orders;

    @Autowired
    OrderQueryService queries;

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void proses_cod_moves_a_cod_order_to_sedang_diproses_without_a_payment() {
        SalesOrder order = codOrder();

        as("cs", "CS", () -> orders.processCod(order.getOrderNumber()));

        assertThat(data.status(order)).isEqualTo("SEDANG_DIPROSES");
        assertThat(paidAmount(order)).isZero();
        assertThat(paymentRows(order)).isZero();
        assertThat(lastMove(order)).containsEntry("from_status", "BELUM_BAYAR")
                .containsEntry("to_status", "SEDANG_DIPROSES").containsEntry("changed_by", "cs")
                .containsEntry("note", "Proses COD");
    }

    @Test
    void proses_cod_is_refused_for_an_order_that_is_not_cod_and_nothing_changes() {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000, 10), 1);
        int audit = data.auditRows(order);

        assertThatThrownBy(() -> asAdmin(() -> orders.processCod(order.getOrderNumber())))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.order.not-cod");
        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(data.auditRows(order)).isEqualTo(audit);
    }

    @Test
    void the_warehouse_may_not_proses_cod() {
        SalesOrder order = codOrder();

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> orders.processCod(order.getOrderNumber())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
    }

    @Test
    void delivering_a_cod_order_records_the_cod_payment_by_the_courier_handover_and_makes_it_sukses() {
        SalesOrder order = codOrder();
        as("cs", "CS", () -> orders.processCod(order.getOrderNumber()));
        as("gudang", "GUDANG", () -> shipping.enterResi(resi(order)));

        as("gudang", "GUDANG", () -> {
            shipping.markDelivered(List.of(order.getOrderNumber()));
            return null;
        });

        assertThat(data.status(order)).isEqualTo("SUKSES");
        assertThat(paidAmount(order)).isEqualTo(order.getGrandTotal());
        assertThat(jdbc.queryForList("SELECT kind, method, amount, recorded_by FROM payment WHERE order_id = ?",
                order.getId())).containsExactly(Map.of("kind", "FULL", "method", "COD", "amount", order.getGrandTotal(),
                "recorded_by", "gudang"));
        assertThat(lastMove(order)).containsEntry("to_status", "SUKSES").containsEntry("changed_by", "gudang")
                .containsEntry("note", "COD Rp 190.000");
    }

    @Test
    void delivering_an_order_that_is_not_cod_records_no_payment() {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000, 10), 1);
        data.forceStatus(order, OrderStatus.PROSES_PENGIRIMAN, "");

        as("gudang", "GUDANG", () -> {
            shipping.markDelivered(List.of(order.getOrderNumber()));
            return null;
        });

        assertThat(data.status(order)).isEqualTo("SUKSES");
        assertThat(paymentRows(order)).isZero();
    }

    @Test
    void a_refused_cod_parcel_goes_to_retur_with_the_reason_cod_ditolak_and_its_stock_back() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        SalesOrder order = data.codOrder(data.customer().create(), kopi, 2);
        as("cs", "CS", () -> orders.processCod(order.getOrderNumber()));
        as("gudang", "GUDANG", () -> shipping.enterResi(resi(order)));
        assertThat(data.stock(kopi)).isEqualTo(8);

        as("cs", "CS", () -> orders.codRefused(order.getOrderNumber()));

        assertThat(data.status(order)).isEqualTo("RETUR");
        assertThat(jdbc.queryForObject("SELECT status_reason FROM sales_order WHERE id = ?", String.class,
                order.getId())).isEqualTo("COD ditolak");
        assertThat(data.stock(kopi)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE reason = 'RETUR' AND order_number = ?",
                Integer.class, order.getOrderNumber())).isEqualTo(1);
        assertThat(paymentRows(order)).isZero();
    }

    @Test
    void a_parcel_that_is_not_cod_cannot_be_refused_as_cod() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, kopi, 2);
        data.forceStatus(order, OrderStatus.PROSES_PENGIRIMAN, "");

        assertThatThrownBy(() -> asAdmin(() -> orders.codRefused(order.getOrderNumber())))
                .isInstanceOf(BusinessException.class);
        assertThat(data.status(order)).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(data.stock(kopi)).isEqualTo(8);
    }

    @Test
    void the_cod_filter_lists_only_cod_orders_and_their_amount_to_collect_even_for_the_warehouse() {
        Customer buyer = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        SalesOrder cod = data.codOrder(buyer, kopi, 2);
        data.order(buyer, OrderSource.MANUAL, kopi, 1);

        OrderFilter codOnly = OrderFilter.all().withCodOnly(true);
        OrderPage page = as("gudang", "GUDANG", () -> queries.page(codOnly, OrderSort.newestFirst(), 0, 50));

        assertThat(page.rows()).extracting(OrderRow::orderNumber).containsExactly(cod.getOrderNumber());
        assertThat(page.rows().getFirst().grandTotal()).as("no totals for the warehouse").isNull();
        assertThat(page.rows().getFirst().codAmount()).isEqualTo(190_000L);
        assertThat(as("cs", "CS", () -> queries.counts(codOnly)).sum(Set.of(OrderStatus.BELUM_BAYAR))).isEqualTo(1);
    }

    private SalesOrder codOrder() {
        return data.codOrder(data.customer().create(), data.product("Kopi Gayo", 85_000, 10), 2);
    }

    private static ResiCommand resi(SalesOrder order) {
        return new ResiCommand(order.getOrderNumber(), Courier.JNE, "REG", "JN" + (10_000_000 + order.getId()), false);
    }

    private long paidAmount(SalesOrder order) {
        return jdbc.queryForObject("SELECT amount_paid FROM sales_order WHERE id = ?", Long.class, order.getId());
    }

    private long paymentRows(SalesOrder order) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Long.class, order.getId());
    }

    private Map<String, Object> lastMove(SalesOrder order) {
        return jdbc.queryForMap("SELECT from_status, to_status, changed_by, note FROM order_status_change"
                + " WHERE order_id = ? AND from_status <> to_status ORDER BY id DESC LIMIT 1", order.getId());
    }
}
