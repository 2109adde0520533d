package id.orderan.storefront.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.order.ui.OrderFormView;
import id.orderan.security.Buyer;
import id.orderan.storefront.PrivateLinkRow;
import id.orderan.storefront.PrivateLinkService;
import id.orderan.storefront.PrivateLinkStatus;
import id.orderan.storefront.ShipToForm;
import id.orderan.support.KaribuTest;
import id.orderan.support.PrivateLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 13 §2, staff side: Tambah Order › "Kirim sebagai link private", and the list of links. */
@SuppressWarnings("unchecked")
class PrivateLinkUiTest extends KaribuTest {

    @Autowired
    PrivateLinkService links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_draft_sent_as_a_private_link_shows_a_link_that_opens_those_lines_and_makes_no_order() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("cs", "CS");
        UI.getCurrent().navigate(OrderFormView.class);
        userSets(_get(ComboBox.class, spec -> spec.withId("order-customer")), budi);
        userSets(_get(ComboBox.class, spec -> spec.withId("line-product-0")), data.row(kopi));
        types(_get(RupiahField.class, spec -> spec.withId("line-price-0")), "70.000");
        types(_get(RupiahField.class, spec -> spec.withId("order-shipping")), "18.000");

        _click(_get(Button.class, spec -> spec.withId("draft-private-link")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("private-link-days")).getValue()).isEqualTo(3);
        _click(_get(Button.class, spec -> spec.withId("private-link-create")));

        String url = _get(TextField.class, spec -> spec.withId("private-link-url")).getValue();
        assertThat(url).contains("/p/");
        String token = url.substring(url.indexOf("/p/") + 3);
        PrivateLinkRow link = as("cs", "CS", () -> links.find(token)).orElseThrow();
        assertThat(link.items()).containsExactly(new PrivateLinkRow.Item("Kopi Gayo", 1, 70_000));
        assertThat(link.grandTotal()).isEqualTo(88_000);
        assertThat(link.recipientName()).isEqualTo("Budi Santoso");
        assertThat(link.status()).isEqualTo(PrivateLinkStatus.AKTIF);
        assertThat(_get(Anchor.class, spec -> spec.withId("private-link-whatsapp")).getHref())
                .startsWith("https://wa.me/6281234567890?text=")
                .contains(URLEncoder.encode(url, StandardCharsets.UTF_8), "Rp%2088.000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
    }

    @Test
    void an_existing_order_being_edited_offers_no_private_link() {
        Customer budi = data.customer().create();
        SalesOrder order = data.order(budi, OrderSource.MANUAL, data.product("Kopi Gayo", 85_000, 10), 1);
        login("cs", "CS");

        UI.getCurrent().navigate("orders/" + order.getOrderNumber() + "/edit");

        assertThat(_get(H2.class, spec -> spec.withText("Edit Order " + order.getOrderNumber()))).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withId("draft-private-link"))).isEmpty(); // only visible ones count
    }

    @Test
    void the_list_shows_each_links_status_and_cancelling_an_open_link_closes_it() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        PrivateLinkRow used = as("cs", "CS", () -> links.create(PrivateLinks.of(kopi, 1, 80_000).build()));
        Buyer.act(() -> links.confirm(used.token(), new ShipToForm("Dewi Lestari", "0857-3333-4444",
                "Jl. Dago No. 10", "Dago", "Coblong", "Kota Bandung", "Jawa Barat", "40135", "")));
        PrivateLinkRow open = as("cs", "CS", () -> links.create(PrivateLinks.of(kopi, 2, 80_000).build()));
        login("cs", "CS");

        navigate(PrivateLinkListView.class);
        Grid<PrivateLinkRow> grid = _get(Grid.class, spec -> spec.withId("private-links"));

        assertThat(_size(grid)).isEqualTo(2);
        assertThat(((Span) _getCellComponent(grid, 0, "status")).getText()).isEqualTo("Aktif");
        assertThat(((Span) _getCellComponent(grid, 1, "status")).getText()).isEqualTo("Dipakai");
        assertThat(_getFormattedRow(grid, 0)).contains("Rp 160.000");
        assertThat(_getFormattedRow(grid, 1)).anyMatch(cell -> cell.startsWith("INV-"));
        assertThat(_getCellComponent(grid, 1, "actions").getChildren()).isEmpty(); // a used link: nothing to do
        Button cancel = (Button) _getCellComponent(grid, 0, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals("cancel-" + open.token())).findFirst().orElseThrow();
        _click(cancel);

        assertThat(as("cs", "CS", () -> links.find(open.token())).orElseThrow().status())
                .isEqualTo(PrivateLinkStatus.DIBATALKAN);
        assertThat(as("cs", "CS", () -> links.find(used.token())).orElseThrow().status())
                .isEqualTo(PrivateLinkStatus.DIPAKAI);
    }
}
