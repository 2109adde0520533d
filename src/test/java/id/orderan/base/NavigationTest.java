package id.orderan.base;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.orderan.catalog.ui.ProductListView;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.ui.CustomerListView;
import id.orderan.order.ui.OrderListView;
import id.orderan.security.UserService;
import id.orderan.security.ui.SettingsView;
import id.orderan.support.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NavigationTest extends KaribuTest {

    @Autowired
    UserService users;

    @Autowired
    id.orderan.support.TestUsers testUsers;

    @Test
    void the_side_navigation_offers_every_back_office_page_in_indonesian() {
        login("admin", "ADMIN");
        navigate(OrderListView.class);

        List<String> labels = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        collect(LocatorJ._get(SideNav.class).getItems(), labels, paths);

        assertThat(labels).containsExactly("Penjualan", "List Order", "Order Cancel", "Order Retur", "Link Private",
                "Gudang", "Pelanggan", "Produk", "Pengaturan", "Toko", "Template Follow Up", "Form Order", "Kurir", "Anti-spam",
                "Pengguna", "Log masuk", "Ganti password");
        assertThat(paths).contains("orders", "gudang", "orders/cancel", "orders/retur", "orders/private-links", "customers",
                "products", "settings", "settings/order-forms", "settings/anti-spam",
                "settings/couriers", "settings/users", "settings/sign-in-log", "settings/password");
    }

    @Test
    void customers_and_products_are_listed_with_local_formatting() {
        data.customer().name("Rina Simanjuntak").category(CustomerCategory.DROPSHIPPER).phone("+62 856 1234 5678").create();
        data.product("Madu Hutan Sumbawa", 1_250_000);
        login("cs", "CS");

        Grid<?> customers = LocatorJ._get(navigate(CustomerListView.class), Grid.class);
        assertThat(_size(customers)).isEqualTo(1);
        assertThat(_getFormatted(customers, 0, "phone")).isEqualTo("0856-1234-5678");

        Grid<?> products = LocatorJ._get(navigate(ProductListView.class), Grid.class);
        assertThat(_getFormatted(products, 0, "price")).isEqualTo("Rp 1.250.000");
        assertThat(_getFormatted(products, 0, "weight")).isEqualTo("250 g");
    }

    @Test
    void choosing_english_in_settings_is_remembered_for_the_user() {
        testUsers.ensure("kasir", "kata-sandi-kasir", id.orderan.security.Role.CS);
        login("kasir", "CS");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Locale> language = LocatorJ._get(navigate(SettingsView.class), RadioButtonGroup.class);

        userSets(language, Locale.ENGLISH);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(id.orderan.support.TestData.as("kasir", "CS", users::currentUserLocale)).isEqualTo(Locale.ENGLISH);
    }

    private static void collect(List<SideNavItem> items, List<String> labels, List<String> paths) {
        for (SideNavItem item : items) {
            labels.add(item.getLabel());
            if (item.getPath() != null) {
                paths.add(item.getPath());
            }
            collect(item.getItems(), labels, paths);
        }
    }
}
