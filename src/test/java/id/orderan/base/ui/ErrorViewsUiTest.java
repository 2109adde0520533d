package id.orderan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import id.orderan.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 13: a link whose route parameter names nothing, and a page of another role, get a
 * friendly page inside the app's shell with the way back, in the user's language.
 */
class ErrorViewsUiTest extends KaribuTest {

    @Test
    void an_unknown_order_number_says_order_tidak_ditemukan_with_the_way_back_to_list_order() {
        login("cs", "CS");

        UI.getCurrent().navigate("orders/INV-2611-99999");

        NotFoundView view = _get(NotFoundView.class);
        assertThat(view.title.getText()).isEqualTo("Order tidak ditemukan");
        assertThat(view.text.getText()).contains("INV-2611-99999");
        assertThat(view.back.getText()).isEqualTo("Kembali ke List Order");
        assertThat(view.back.getHref()).isEqualTo("orders");
        assertThat(_find(SideNav.class)).as("inside the app's layout").hasSize(1);
    }

    @Test
    void a_mangled_order_number_in_english_says_order_not_found() {
        login("admin", "ADMIN");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("orders/inv-2611-xx");

        NotFoundView view = _get(NotFoundView.class);
        assertThat(view.title.getText()).isEqualTo("Order not found");
        assertThat(view.back.getText()).isEqualTo("Back to List Order");
    }

    @Test
    void editing_an_unknown_order_is_not_found_too() {
        login("cs", "CS");

        UI.getCurrent().navigate("orders/INV-2611-99999/edit");

        assertThat(_get(NotFoundView.class).title.getText()).isEqualTo("Order tidak ditemukan");
    }

    @Test
    void an_unknown_or_mangled_customer_id_says_pelanggan_tidak_ditemukan() {
        login("cs", "CS");

        UI.getCurrent().navigate("customers/987654321");
        NotFoundView view = _get(NotFoundView.class);
        assertThat(view.title.getText()).isEqualTo("Pelanggan tidak ditemukan");
        assertThat(view.back.getHref()).isEqualTo("customers");

        UI.getCurrent().navigate("customers/abc");
        assertThat(_get(NotFoundView.class).text.getText()).contains("abc");
    }

    @Test
    void the_warehouse_opening_tambah_order_is_told_it_has_no_access_in_indonesian() {
        login("gudang", "GUDANG");

        UI.getCurrent().navigate("orders/new");

        AccessDeniedView view = _get(AccessDeniedView.class);
        assertThat(view.title.getText()).isEqualTo("Anda tidak punya akses ke halaman ini");
        assertThat(view.back.getText()).isEqualTo("Kembali ke List Order");
        assertThat(_find(SideNav.class)).as("inside the app's layout").hasSize(1);
    }

    @Test
    void no_access_in_english_too() {
        login("gudang", "GUDANG");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate("customers");

        assertThat(_get(AccessDeniedView.class).title.getText()).isEqualTo("You do not have access to this page");
    }

}
