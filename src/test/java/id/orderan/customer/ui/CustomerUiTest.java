package id.orderan.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.support.KaribuTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CustomerUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_create_a_customer_in_the_dialog_by_picking_the_village_like_a_user() {
        login("cs", "CS");
        navigate(CustomerListView.class);

        _click(_get(Button.class, spec -> spec.withId("customer-add")));
        CustomerDialog dialog = _get(CustomerDialog.class);
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("Nama")), "Budi Santoso");
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("WhatsApp")), "0857-1234-5678");
        AreaPicker picker = _get(dialog, AreaPicker.class);
        ComboBoxKt.setUserInput(picker, "caturtunggal");
        List<String> suggestions = ComboBoxKt.getSuggestions(picker);
        assertThat(suggestions).containsExactly("Caturtunggal, Depok, Kab. Sleman, DI Yogyakarta");
        userSets(picker, ComboBoxKt.getSuggestionItems(picker).getFirst());
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("Alamat (jalan, no. rumah, RT/RW)")),
                "Jl. Kaliurang Km 5 Gg. Pandega No. 7");
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("Kode pos")), "55281");

        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Kecamatan")).getValue()).isEqualTo("Depok");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Kota / Kabupaten")).getValue())
                .isEqualTo("Kab. Sleman");
        _click(_get(dialog, Button.class, spec -> spec.withId("customer-save")));

        Map<String, Object> saved = jdbc.queryForMap("SELECT name, phone, street, village, district, city, province,"
                + " postal_code, village_code FROM customer");
        assertThat(saved).containsEntry("name", "Budi Santoso").containsEntry("phone", "6285712345678")
                .containsEntry("village", "Caturtunggal").containsEntry("district", "Depok")
                .containsEntry("city", "Kab. Sleman").containsEntry("province", "DI Yogyakarta")
                .containsEntry("postal_code", "55281").containsEntry("village_code", "34.04.07.2001");
        // the new customer opens
        assertThat(_get(Span.class, spec -> spec.withId("customer-address")).getText())
                .isEqualTo("Jl. Kaliurang Km 5 Gg. Pandega No. 7, Caturtunggal, Kec. Depok, Kab. Sleman, DI Yogyakarta 55281");
    }

    @Test
    void editing_keeps_the_picked_village_and_saves_on_the_version_it_loaded() {
        Customer budi = data.customer().name("Budi").address(new id.orderan.base.Address("Jl. Kaliurang Km 5", null,
                null, null, null, "55281", "34.04.07.2001")).create();
        login("cs", "CS");
        UI.getCurrent().navigate(CustomerDetailView.class, new RouteParameters("id", budi.getId().toString()));

        _click(_get(Button.class, spec -> spec.withId("customer-edit")));
        CustomerDialog dialog = _get(CustomerDialog.class);
        assertThat(_get(dialog, AreaPicker.class).getValue().label())
                .isEqualTo("Caturtunggal, Depok, Kab. Sleman, DI Yogyakarta");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Kecamatan")).isReadOnly()).isTrue();
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("Nama")), "Budi Santoso");
        _click(_get(dialog, Button.class, spec -> spec.withId("customer-save")));

        assertThat(jdbc.queryForMap("SELECT name, village_code, version FROM customer"))
                .containsEntry("name", "Budi Santoso").containsEntry("village_code", "34.04.07.2001")
                .containsEntry("version", 1L);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("customer-title")).getText())
                .isEqualTo("Budi Santoso");
    }

    @Test
    void the_dialog_warns_when_another_customer_has_the_number_and_still_saves() {
        data.customer().name("Ibu Sari").phone("081234567890").create();
        login("admin", "ADMIN");
        navigate(CustomerListView.class);

        _click(_get(Button.class, spec -> spec.withId("customer-add")));
        CustomerDialog dialog = _get(CustomerDialog.class);
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("Nama")), "Pak Joko");
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("WhatsApp")), "+62 812 3456 7890");

        Span warning = _get(dialog, Span.class, spec -> spec.withId("customer-phone-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("Ibu Sari");
        _click(_get(dialog, Button.class, spec -> spec.withId("customer-save")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE phone = '6281234567890'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void the_list_finds_a_customer_by_a_number_typed_as_08() {
        data.customer().name("Siti Nurhaliza").phone("+62 812 3456 7890").create();
        data.customer().name("Budi Santoso").phone("0857 1234 5678").create();
        login("cs", "CS");
        CustomerListView list = navigate(CustomerListView.class);
        Grid<?> grid = _get(list, Grid.class);
        assertThat(_size(grid)).isEqualTo(2);

        userSets(_get(TextField.class, spec -> spec.withId("customer-search")), "0812-3456");

        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "name")).isEqualTo("Siti Nurhaliza");
        assertThat(_getFormatted(grid, 0, "phone")).isEqualTo("0812-3456-7890");
    }

    @Test
    void the_detail_shows_the_customers_orders_with_count_value_and_a_link_to_each_order() {
        Customer budi = data.customer().name("Budi Santoso").category(CustomerCategory.RESELLER).create();
        SalesOrder order = data.order(budi, OrderSource.MANUAL, data.product("Kopi Gayo", 85_000), 2);
        login("cs", "CS");

        UI.getCurrent().navigate(CustomerDetailView.class, new RouteParameters("id", budi.getId().toString()));

        assertThat(_get(Span.class, spec -> spec.withId("customer-order-count")).getText()).isEqualTo("1");
        assertThat(_get(Span.class, spec -> spec.withId("customer-order-value")).getText())
                .isEqualTo(id.orderan.base.Rupiah.format(order.getGrandTotal()));
        Grid<?> orders = _get(Grid.class, spec -> spec.withId("customer-order-grid"));
        assertThat(_size(orders)).isEqualTo(1);
        RouterLink link = (RouterLink) _getCellComponent(orders, 0, "number");
        assertThat(link.getText()).isEqualTo(order.getOrderNumber());
        assertThat(link.getHref()).isEqualTo("orders/" + order.getOrderNumber());
    }

    @Test
    void the_warehouse_has_no_customer_screens() {
        data.customer().name("Budi Santoso").create();
        login("gudang", "GUDANG");

        navigate(id.orderan.order.ui.OrderListView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).doesNotContain("Pelanggan");
        UI.getCurrent().navigate("customers");
        assertThat(_get(id.orderan.base.ui.AccessDeniedView.class)).isNotNull();
        assertThat(_find(CustomerListView.class)).isEmpty();
    }
}
