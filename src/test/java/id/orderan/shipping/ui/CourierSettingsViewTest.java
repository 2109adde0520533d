package id.orderan.shipping.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.AccessDeniedView;
import id.orderan.order.Courier;
import id.orderan.shipping.ShippingService;
import id.orderan.shipping.TrackingTemplate;
import id.orderan.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13 (decision 0151): Pengaturan › Kurir, as an admin uses it. */
class CourierSettingsViewTest extends KaribuTest {

    @Autowired
    ShippingService shipping;

    @Test
    void an_admin_replaces_an_unverified_default_and_resets_it() {
        login("admin", "ADMIN");
        navigate(CourierSettingsView.class);
        assertThat(state(Courier.JNE)).isEqualTo("Bawaan · belum diverifikasi");
        assertThat(field(Courier.JNE).getValue()).isEqualTo("https://www.jne.co.id/tracking-package?awb={resi}");
        assertThat(state(Courier.GOSEND)).isEqualTo("Tanpa link lacak");
        assertThat(button("tracking-reset-", Courier.JNE).isEnabled()).as("nothing to reset yet").isFalse();

        userSets(field(Courier.JNE), "https://cek.example.id/jne?awb={resi}");
        _click(button("tracking-save-", Courier.JNE));

        NotificationsKt.expectNotifications("Template JNE disimpan.");
        assertThat(state(Courier.JNE)).startsWith("Disimpan oleh admin, ");
        assertThat(saved(Courier.JNE).template()).isEqualTo("https://cek.example.id/jne?awb={resi}");
        assertThat(saved(Courier.JNE).builtIn()).isFalse();

        _click(button("tracking-reset-", Courier.JNE));

        assertThat(state(Courier.JNE)).isEqualTo("Bawaan · belum diverifikasi");
        assertThat(field(Courier.JNE).getValue()).isEqualTo("https://www.jne.co.id/tracking-package?awb={resi}");
        assertThat(saved(Courier.JNE).builtIn()).isTrue();
    }

    @Test
    void a_template_without_https_or_resi_is_refused_with_the_reason_and_the_typing_stays() {
        login("admin", "ADMIN");
        navigate(CourierSettingsView.class);

        userSets(field(Courier.SICEPAT), "https://www.sicepat.com/checkAwb");
        _click(button("tracking-save-", Courier.SICEPAT));

        NotificationsKt.expectNotifications(
                "Template harus memuat {resi} di tempat nomor resi, tanpa placeholder lain.");
        assertThat(field(Courier.SICEPAT).getValue()).isEqualTo("https://www.sicepat.com/checkAwb");
        assertThat(state(Courier.SICEPAT)).isEqualTo("Bawaan · belum diverifikasi");
        assertThat(saved(Courier.SICEPAT).builtIn()).isTrue();

        userSets(field(Courier.SICEPAT), "http://www.sicepat.com/checkAwb?awb={resi}");
        _click(button("tracking-save-", Courier.SICEPAT));

        NotificationsKt.expectNotifications("Template harus alamat lengkap yang diawali https://, mis."
                + " https://kurir.co.id/lacak?resi=... .");
        assertThat(saved(Courier.SICEPAT).builtIn()).isTrue();
    }

    @Test
    void customer_service_cannot_open_the_courier_settings() {
        login("cs", "CS");

        UI.getCurrent().navigate(CourierSettingsView.class);

        assertThat(_find(CourierSettingsView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }

    private static TextField field(Courier courier) {
        return _get(TextField.class, spec -> spec.withId("tracking-" + courier.name()));
    }

    private static Button button(String prefix, Courier courier) {
        return _get(Button.class, spec -> spec.withId(prefix + courier.name()));
    }

    private static String state(Courier courier) {
        return _get(Div.class, spec -> spec.withId("tracking-state-" + courier.name())).getElement()
                .getTextRecursively();
    }

    private TrackingTemplate saved(Courier courier) {
        return asAdmin(shipping::trackingTemplates).stream().filter(t -> t.courier() == courier).findFirst()
                .orElseThrow();
    }
}
