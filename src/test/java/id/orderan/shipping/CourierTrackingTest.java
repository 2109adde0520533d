package id.orderan.shipping;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.order.BuyerOrders;
import id.orderan.order.Courier;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Issue 13 (decision 0151): per-courier tracking URL templates, unverified defaults, admin-edited. */
class CourierTrackingTest extends IntegrationTest {

    @Autowired
    ShippingService shipping;

    @Autowired
    BuyerOrders buyerOrders;

    @Test
    void on_an_empty_database_every_courier_has_its_built_in_template_marked_unverified() {
        List<TrackingTemplate> templates = asAdmin(shipping::trackingTemplates);

        assertThat(templates).extracting(TrackingTemplate::courier).containsExactly(Courier.values());
        TrackingTemplate jne = template(templates, Courier.JNE);
        assertThat(jne.template()).isEqualTo("https://www.jne.co.id/tracking-package?awb={resi}");
        assertThat(jne.builtIn()).isTrue();
        assertThat(jne.unverified()).isTrue();
        TrackingTemplate gosend = template(templates, Courier.GOSEND);
        assertThat(gosend.template()).isNull();
        assertThat(gosend.unverified()).as("no link is nothing to verify").isFalse();
    }

    @Test
    void a_saved_template_builds_the_buyers_tracking_link_and_a_reset_brings_the_default_back() {
        SalesOrder order = shippedWith(Courier.JNE, "JNE0123456789");
        TrackingTemplate saved = asAdmin(() -> shipping.saveTrackingTemplate(new TrackingTemplateCommand(Courier.JNE,
                "  https://cek.example.id/jne/{resi}?src=toko  ", TrackingTemplate.DEFAULT_VERSION)));

        assertThat(saved.builtIn()).isFalse();
        assertThat(saved.unverified()).isFalse();
        assertThat(saved.updatedBy()).isEqualTo("admin");
        assertThat(trackingUrl(order)).isEqualTo("https://cek.example.id/jne/JNE0123456789?src=toko");

        TrackingTemplate reset = asAdmin(() -> shipping.resetTrackingTemplate(Courier.JNE, saved.version()));

        assertThat(reset.unverified()).isTrue();
        assertThat(trackingUrl(order)).isEqualTo("https://www.jne.co.id/tracking-package?awb=JNE0123456789");
    }

    @Test
    void a_blank_template_means_no_tracking_link() {
        SalesOrder order = shippedWith(Courier.JNE, "JNE0123456789");

        asAdmin(() -> shipping.saveTrackingTemplate(new TrackingTemplateCommand(Courier.JNE, " ",
                TrackingTemplate.DEFAULT_VERSION)));

        assertThat(trackingUrl(order)).isNull();
    }

    @Test
    void invalid_templates_are_refused_with_a_reason_and_change_nothing() {
        assertRefused("http://cek.example.id/{resi}", "error.courier-tracking.https");
        assertRefused("javascript:alert('{resi}')", "error.courier-tracking.https");
        assertRefused("https:///lacak?resi={resi}", "error.courier-tracking.https");
        assertRefused("https://cek.example.id/lacak?resi=", "error.courier-tracking.placeholder");
        assertRefused("https://cek.example.id/lacak?resi={res}", "error.courier-tracking.placeholder");
        assertRefused("https://cek.example.id/{kurir}/{resi}", "error.courier-tracking.placeholder");
        assertRefused("https://cek.example.id/lacak?resi={resi} x", "error.courier-tracking.https");
        assertRefused("https://cek.example.id/" + "a".repeat(500) + "{resi}", "error.courier-tracking.too-long");

        assertThat(template(asAdmin(shipping::trackingTemplates), Courier.SICEPAT).builtIn()).isTrue();
    }

    @Test
    void a_save_over_a_template_another_admin_saved_meanwhile_is_refused() {
        asAdmin(() -> shipping.saveTrackingTemplate(new TrackingTemplateCommand(Courier.TIKI,
                "https://a.example.id/{resi}", TrackingTemplate.DEFAULT_VERSION)));

        assertThatThrownBy(() -> as("admin2", "ADMIN", () -> shipping.saveTrackingTemplate(new TrackingTemplateCommand(
                Courier.TIKI, "https://b.example.id/{resi}", TrackingTemplate.DEFAULT_VERSION))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("error.courier-tracking.changed"));
        assertThat(template(asAdmin(shipping::trackingTemplates), Courier.TIKI).template())
                .isEqualTo("https://a.example.id/{resi}");
    }

    @Test
    void only_admins_read_or_change_the_templates() {
        var command = new TrackingTemplateCommand(Courier.JNE, "https://a.example.id/{resi}",
                TrackingTemplate.DEFAULT_VERSION);
        for (String role : List.of("CS", "GUDANG")) {
            assertThatThrownBy(() -> as("staf", role, () -> shipping.saveTrackingTemplate(command)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("staf", role, shipping::trackingTemplates))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private void assertRefused(String typed, String key) {
        assertThatThrownBy(() -> asAdmin(() -> shipping.saveTrackingTemplate(
                new TrackingTemplateCommand(Courier.SICEPAT, typed, TrackingTemplate.DEFAULT_VERSION))))
                .as(typed).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).as(typed).isEqualTo(key));
    }

    private SalesOrder shippedWith(Courier courier, String resi) {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000), 1);
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        as("gudang", "GUDANG", () -> shipping.enterResi(new ResiCommand(order.getOrderNumber(), courier, "REG", resi,
                false)));
        return order;
    }

    private String trackingUrl(SalesOrder order) {
        return buyerOrders.forBuyer(Objects.requireNonNull(order.getBuyerToken())).orElseThrow().shipment()
                .trackingUrl();
    }

    private static TrackingTemplate template(List<TrackingTemplate> templates, Courier courier) {
        return templates.stream().filter(t -> t.courier() == courier).findFirst().orElseThrow();
    }
}
