package id.orderan.shipping.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.AccessDeniedView;
import id.orderan.order.Courier;
import id.orderan.order.CourierDetails;
import id.orderan.order.CourierService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.shipping.ShippingService;
import id.orderan.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14 §6 (decision 0160): Pengaturan › Kurir as the courier list, as an admin uses it. */
class CourierSettingsViewTest extends KaribuTest {

    @Autowired
    CourierService couriers;

    @Autowired
    ShippingService shipping;

    @Autowired
    OrderQueryService orderQueries;

    @Test
    void the_list_shows_every_courier_with_its_services_and_whether_its_link_is_verified() {
        login("admin", "ADMIN");
        navigate(CourierSettingsView.class);

        @SuppressWarnings("unchecked")
        Grid<CourierDetails> grid = _get(Grid.class, spec -> spec.withId("couriers-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(14);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("JNE");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("REG, YES, OKE, JTR");
        assertThat(state("JNE")).isEqualTo("Bawaan · belum diverifikasi");
        assertThat(state("GOSEND")).isEqualTo("Tanpa link lacak");
    }

    @Test
    void an_admin_adds_paxel_through_the_dialog_and_the_resi_dialog_then_offers_it_with_its_services() {
        login("admin", "ADMIN");
        navigate(CourierSettingsView.class);

        _click(_get(Button.class, spec -> spec.withId("courier-add")));
        userSets(field("courier-code"), "paxel");
        userSets(field("courier-name"), "Paxel");
        userSets(field("courier-services"), "Same Day, Instant");
        userSets(field("courier-template"), "https://paxel.co/id/track?awb={resi}");
        _click(_get(Button.class, spec -> spec.withId("courier-save")));

        NotificationsKt.expectNotifications("Kurir Paxel disimpan.");
        assertThat(state("PAXEL")).isEqualTo("Link lacak terverifikasi");
        assertThat(asAdmin(() -> couriers.find("PAXEL"))).contains(Courier.of("PAXEL", "Paxel"));

        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000), 1);
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        var dialog = new ResiDialog(shipping, asAdmin(() -> orderQueries.sheet(order.getOrderNumber())), () -> { });
        dialog.open();
        List<Courier> offered = ComboBoxItems.of(dialog.courier);
        assertThat(offered).extracting(Courier::label).contains("JNE", "Paxel");
        userSets(dialog.courier, Courier.of("PAXEL", "Paxel"));
        assertThat(ComboBoxItems.of(dialog.service)).containsExactly("Same Day", "Instant");
    }

    @Test
    void a_template_without_resi_is_refused_with_the_reason_and_the_typing_stays() {
        login("admin", "ADMIN");
        navigate(CourierSettingsView.class);

        _click(rowButton("SICEPAT", "courier-edit-"));
        userSets(field("courier-template"), "https://www.sicepat.com/checkAwb");
        _click(_get(Button.class, spec -> spec.withId("courier-save")));

        NotificationsKt.expectNotifications(
                "Template harus memuat {resi} di tempat nomor resi, tanpa placeholder lain.");
        assertThat(field("courier-template").getValue()).isEqualTo("https://www.sicepat.com/checkAwb");
        assertThat(state("SICEPAT")).isEqualTo("Bawaan · belum diverifikasi");
    }

    @Test
    void a_deactivated_courier_leaves_the_resi_dialog_list() {
        login("admin", "ADMIN");
        navigate(CourierSettingsView.class);

        _click(rowButton("WAHANA", "courier-toggle-"));

        NotificationsKt.expectNotifications("Kurir Wahana dinonaktifkan.");
        assertThat(asAdmin(couriers::active)).doesNotContain(Courier.WAHANA);
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000), 1);
        var dialog = new ResiDialog(shipping, asAdmin(() -> orderQueries.sheet(order.getOrderNumber())), () -> { });
        assertThat(ComboBoxItems.of(dialog.courier)).contains(Courier.JNE).doesNotContain(Courier.WAHANA);
        assertThat(rowButton("WAHANA", "courier-toggle-").getText()).isEqualTo("Aktifkan");
    }

    @Test
    void customer_service_cannot_open_the_courier_settings() {
        login("cs", "CS");

        UI.getCurrent().navigate(CourierSettingsView.class);

        assertThat(_find(CourierSettingsView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    /** The tracking-link badge in the courier's row, as rendered in the grid. */
    private static String state(String code) {
        Span badge = (Span) GridKt._getCellComponent(grid(), row(code), "state");
        assertThat(badge.getId()).contains("courier-state-" + code);
        return badge.getElement().getTextRecursively();
    }

    /** A button of the courier's row (edit or activate/deactivate), found by its id like a user by its place. */
    private static Button rowButton(String code, String prefix) {
        var cell = GridKt._getCellComponent(grid(), row(code), "actions");
        return _get(cell, Button.class, spec -> spec.withId(prefix + code));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CourierDetails> grid() {
        return _get(Grid.class, spec -> spec.withId("couriers-grid"));
    }

    private static int row(String code) {
        Grid<CourierDetails> grid = grid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    /** What a combo box offers (its in-memory items). */
    static final class ComboBoxItems {
        static <T> List<T> of(ComboBox<T> box) {
            return box.getListDataView().getItems().toList();
        }
    }
}
