package id.orderan.warehouse;

import static id.orderan.support.TestData.as;
import static id.orderan.warehouse.HandoverFixtures.paid;
import static id.orderan.warehouse.HandoverFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Diterima in bulk: scanned parcels checked one by one, then Sukses together through the shipping rule. */
class DeliveredServiceTest extends IntegrationTest {

    @Autowired
    DeliveredService delivered;

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scanned_parcels_become_sukses_together() {
        SalesOrder first = shipped(data, shipping, Courier.JNT, "JP1111111111");
        SalesOrder second = shipped(data, shipping, Courier.JNE, "JN2222222222");

        DeliveredParcel byResi = gudang(() -> delivered.check("jp1111111111"));
        DeliveredParcel byNumber = gudang(() -> delivered.check(second.getOrderNumber()));
        int done = gudang(() -> delivered.apply(List.of(byResi.orderNumber(), byNumber.orderNumber())));

        assertThat(byResi.orderNumber()).isEqualTo(first.getOrderNumber());
        assertThat(byNumber.courierLabel()).isEqualTo("JNE");
        assertThat(done).isEqualTo(2);
        assertThat(List.of(data.status(first), data.status(second))).containsOnly("SUKSES");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shipment WHERE delivered_at IS NOT NULL", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void unknown_codes_and_orders_not_on_their_way_are_refused_clearly() {
        SalesOrder packing = paid(data);

        assertRefused(() -> delivered.check("NOPE12345678"), "error.handover.unknown");
        assertRefused(() -> delivered.check(packing.getOrderNumber()), "error.delivered.wrong-status");
        assertThat(data.status(packing)).isEqualTo("SEDANG_DIPROSES");
    }

    @Test
    void an_order_moved_after_it_was_scanned_refuses_the_whole_batch() {
        SalesOrder first = shipped(data, shipping, Courier.JNT, "JP1111111111");
        SalesOrder second = shipped(data, shipping, Courier.JNT, "JP2222222222");
        gudang(() -> delivered.check("JP1111111111"));
        gudang(() -> delivered.check("JP2222222222"));
        data.forceStatus(second, OrderStatus.CANCEL, "dibatalkan pembeli");

        assertThatThrownBy(() -> gudang(() -> delivered.apply(List.of(first.getOrderNumber(), second.getOrderNumber()))))
                .isInstanceOf(BusinessException.class);
        assertThat(data.status(first)).isEqualTo("PROSES_PENGIRIMAN");
    }

    @Test
    void a_cod_parcel_shows_what_the_courier_collects_and_delivering_records_it_as_paid() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder cod = data.codOrder(budi, kopi, 1);
        data.forceStatus(cod, OrderStatus.SEDANG_DIPROSES, "");
        as("gudang", "GUDANG", () -> shipping.enterResi(new ResiCommand(cod.getOrderNumber(), Courier.JNE, "REG",
                "JN5555555555", false)));

        DeliveredParcel parcel = gudang(() -> delivered.check("JN5555555555"));
        gudang(() -> delivered.apply(List.of(parcel.orderNumber())));

        // the one amount the warehouse sees: what the courier collects
        assertThat(parcel.codToCollect()).isEqualTo(cod.getGrandTotal()).isPositive();
        assertThat(data.status(cod)).isEqualTo("SUKSES");
        assertThat(jdbc.queryForObject("SELECT amount_paid FROM sales_order WHERE id = ?", Long.class, cod.getId()))
                .isEqualTo(cod.getGrandTotal());
    }

    private void assertRefused(Supplier<?> action, String key) {
        assertThatThrownBy(() -> gudang(action)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo(key));
    }

    private static <T> T gudang(Supplier<T> action) {
        return as("gudang", "GUDANG", action);
    }
}
