package id.orderan.shipping;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.order.BuyerOrders;
import id.orderan.order.Courier;
import id.orderan.order.CourierCommand;
import id.orderan.order.CourierDetails;
import id.orderan.order.CourierService;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 (decision 0151), now from the courier list (decisions 0160, 0161): the buyer's tracking
 * link comes from the courier's template, and a parcel keeps its courier's name.
 */
class CourierTrackingTest extends IntegrationTest {

    @Autowired
    ShippingService shipping;

    @Autowired
    CourierService couriers;

    @Autowired
    BuyerOrders buyerOrders;

    @Test
    void the_buyers_link_follows_the_built_in_template_until_an_admin_saves_another() {
        SalesOrder order = shippedWith(Courier.JNE, "JNE0123456789");
        assertThat(trackingUrl(order)).isEqualTo("https://www.jne.co.id/tracking-package?awb=JNE0123456789");

        save("JNE", "  https://cek.example.id/jne/{resi}?src=toko  ");

        assertThat(trackingUrl(order)).isEqualTo("https://cek.example.id/jne/JNE0123456789?src=toko");
    }

    @Test
    void a_blank_template_means_no_tracking_link() {
        SalesOrder order = shippedWith(Courier.JNE, "JNE0123456789");

        save("JNE", " ");

        assertThat(trackingUrl(order)).isNull();
    }

    @Test
    void a_parcel_of_an_admin_added_courier_shows_its_name_and_link_even_after_it_is_deactivated() {
        CourierDetails paxel = asAdmin(() -> couriers.save(new CourierCommand("PAXEL", "Paxel", List.of("Same Day"),
                "https://paxel.co/id/track?awb={resi}", true, null)));
        SalesOrder order = shippedWith(Courier.of("PAXEL", "Paxel"), "PXL00012345");
        asAdmin(() -> couriers.setActive("PAXEL", false, paxel.version()));

        var parcel = buyerOrders.forBuyer(Objects.requireNonNull(order.getBuyerToken())).orElseThrow().shipment();
        assertThat(Objects.requireNonNull(parcel).courier().label()).isEqualTo("Paxel");
        assertThat(parcel.trackingUrl()).isEqualTo("https://paxel.co/id/track?awb=PXL00012345");
    }

    @Test
    void a_resi_with_a_courier_that_is_not_in_the_list_is_refused_and_nothing_ships() {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000), 1);
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), Courier.of("KILAT", "Kilat"), "REG", "KLT00012345", false))))
                .isInstanceOf(id.orderan.base.BusinessException.class)
                .satisfies(e -> assertThat(((id.orderan.base.BusinessException) e).messageKey())
                        .isEqualTo("error.courier.unknown"));
        assertThat(asAdmin(() -> shipping.latestShipments(List.of(order.getId())))).isEmpty();
    }

    private void save(String code, String template) {
        CourierDetails loaded = asAdmin(couriers::all).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow();
        asAdmin(() -> couriers.save(new CourierCommand(code, loaded.name(), loaded.services(), template, true,
                loaded.version())));
    }

    private SalesOrder shippedWith(Courier courier, String resi) {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000), 1);
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        as("gudang", "GUDANG", () -> shipping.enterResi(new ResiCommand(order.getOrderNumber(), courier, "REG", resi,
                false)));
        return order;
    }

    private @Nullable String trackingUrl(SalesOrder order) {
        return Objects.requireNonNull(buyerOrders.forBuyer(Objects.requireNonNull(order.getBuyerToken())).orElseThrow()
                .shipment()).trackingUrl();
    }
}
