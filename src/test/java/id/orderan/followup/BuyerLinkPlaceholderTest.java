package id.orderan.followup;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.order.Courier;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13: {link_konfirmasi} and {link_lacak} carry the buyer's order page (orderan.public-url + /o/token). */
class BuyerLinkPlaceholderTest extends IntegrationTest {

    @Autowired
    PlaceholderValues placeholders;

    @Autowired
    ShippingService shipping;

    @Test
    void the_payment_link_is_the_buyers_order_page_and_the_tracking_link_waits_for_the_resi() {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi Gayo", 50_000), 1);
        String page = "http://localhost:8080/o/" + order.getBuyerToken();

        Map<String, String> unpaid = asAdmin(() -> placeholders.of(order));
        assertThat(unpaid).containsEntry("link_konfirmasi", page).containsEntry("link_lacak", "");
        assertThat(FollowUpTemplates.render("Bayar: {link_konfirmasi}\nLacak: {link_lacak}", unpaid))
                .isEqualTo("Bayar: " + page);

        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), Courier.SICEPAT, "REG", "SCP1234567890", false)));
        Map<String, String> shipped = asAdmin(() -> placeholders.of(order));
        assertThat(shipped).containsEntry("link_lacak", page);
    }

    @Test
    void the_default_pesanan_dikirim_notice_carries_the_order_page_as_its_tracking_link() {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi Gayo", 50_000), 1);
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        as("gudang", "GUDANG", () -> shipping.enterResi(
                new ResiCommand(order.getOrderNumber(), Courier.JNE, "REG", "JNE0123456789", false)));
        Map<String, String> values = asAdmin(() -> placeholders.of(order));

        for (FollowUpChannel channel : FollowUpChannel.values()) {
            String body = FollowUpTemplates.defaultFor(channel, FollowUpStage.SHIPPED).body();
            assertThat(body).as(channel.name()).contains("{link_lacak}");
            assertThat(FollowUpTemplates.render(body, values)).as(channel.name())
                    .contains("Lacak paketnya di sini: http://localhost:8080/o/" + order.getBuyerToken(),
                            "JNE0123456789");
        }
    }
}
