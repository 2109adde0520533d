package id.orderan.shipping;

import id.orderan.order.Courier;
import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ResiTest extends IntegrationTest {

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_resi_is_cleaned_up_checked_and_sends_the_order_on_its_way() {
        SalesOrder order = paidOrder();

        assertThatThrownBy(() -> gudang(order, " jp-12#45 ")).hasMessageContaining("error.resi.characters");
        assertThatThrownBy(() -> gudang(order, "JP12")).hasMessageContaining("error.resi.length");
        Shipment shipment = gudang(order, " jp 1234-567 890 ");

        assertThat(shipment.getResi()).isEqualTo("JP1234567890");
        assertThat(data.status(order)).isEqualTo("PROSES_PENGIRIMAN");
    }

    @Test
    void the_same_resi_on_another_order_is_warned_and_can_be_confirmed() {
        SalesOrder first = paidOrder();
        SalesOrder second = paidOrder();
        gudang(first, "JP1234567890");

        assertThatThrownBy(() -> gudang(second, "jp1234567890")).isInstanceOf(DuplicateResiException.class);
        assertThat(data.status(second)).isEqualTo("SEDANG_DIPROSES");
        as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(second.getOrderNumber(), Courier.JNT, "EZ", "JP1234567890", true)));
        assertThat(data.status(second)).isEqualTo("PROSES_PENGIRIMAN");
    }

    @Test
    void a_corrected_resi_replaces_the_old_one_and_the_timeline_keeps_both() {
        SalesOrder order = paidOrder();
        gudang(order, "JP1234567890");

        gudang(order, "JP1234567899");

        assertThat(jdbc.queryForList("SELECT resi FROM shipment WHERE order_id = ?", String.class, order.getId()))
                .containsExactly("JP1234567899");
        assertThat(jdbc.queryForObject("SELECT note FROM order_status_change WHERE order_id = ? ORDER BY id DESC LIMIT 1",
                String.class, order.getId())).contains("JP1234567890", "JP1234567899");
        assertThat(data.status(order)).isEqualTo("PROSES_PENGIRIMAN");
    }

    @Test
    void delivered_parcels_complete_their_orders_in_bulk() {
        SalesOrder first = paidOrder();
        SalesOrder second = paidOrder();
        gudang(first, "JP1111111111");
        gudang(second, "JP2222222222");

        as("gudang", "GUDANG", () -> {
            shipping.markDelivered(List.of(first.getOrderNumber(), second.getOrderNumber()));
            return null;
        });

        assertThat(List.of(data.status(first), data.status(second))).containsOnly("SUKSES");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shipment WHERE delivered_at IS NOT NULL", Integer.class))
                .isEqualTo(2);
    }

    private Shipment gudang(SalesOrder order, String resi) {
        return as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), Courier.JNT, "EZ", resi, false)));
    }

    private SalesOrder paidOrder() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        return order;
    }
}
