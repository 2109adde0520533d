package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.RenderersKt.renderLitTemplate;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributools.RenderersKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.catalog.Product;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.PlacedOrder;
import id.orderan.order.SalesOrder;
import id.orderan.security.Buyer;
import id.orderan.support.Placements;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, "perlu dicek": a form order that tripped a soft anti-spam rule is marked in List Order,
 * found by its own filter (also from a saved link), and cleared on the order page (decision 0147).
 */
class NeedsReviewUiTest extends ListOrderUiTest {

    private static final String REASON = "nama kurang dari 3 huruf; nomor/alamat ada di daftar blokir";

    @Autowired
    OrderService orders;

    @Autowired
    OrderQueryService queries;

    @Test
    void the_perlu_dicek_filter_lists_only_flagged_orders_marks_them_and_writes_the_address() {
        Product kopi = data.product("Kopi Gayo", 85_000, 20);
        PlacedOrder flagged = place(kopi, REASON);
        PlacedOrder clean = place(kopi, null);
        SalesOrder manual = data.order(data.customer().create(), OrderSource.MANUAL, kopi, 1);
        login("cs", "CS");
        navigate(OrderListView.class);
        assertThat(_size(grid())).isEqualTo(3);

        userSets(checkbox("filter-needs-review"), true);

        assertThat(rows()).extracting(OrderRow::orderNumber).containsExactly(flagged.orderNumber())
                .doesNotContain(clean.orderNumber(), manual.getOrderNumber());
        assertThat(_getFormatted(grid(), 0, "status")).contains("Perlu dicek");
        assertThat(reviewMarker(0).attr("title")).as("the reason is the marker's tooltip").isEqualTo(REASON);
        assertThat(tabCount(OrderTab.SEMUA)).isEqualTo(1);
        assertThat(tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(1);
        assertThat(address().getParameters()).containsEntry("perlu-dicek", List.of("1"));
    }

    @Test
    void an_unflagged_row_carries_no_marker() {
        Product kopi = data.product("Kopi Gayo", 85_000, 20);
        place(kopi, null);
        login("cs", "CS");
        navigate(OrderListView.class);

        assertThat(_getFormatted(grid(), 0, "status")).contains("Belum Bayar").doesNotContain("Perlu dicek");
        assertThat(reviewMarker(0).text()).as("an empty badge, hidden by the browser").isEmpty();
        assertThat(reviewMarker(0).attr("title")).isEmpty();
    }

    @Test
    void a_saved_link_with_perlu_dicek_opens_the_list_filtered() {
        Product kopi = data.product("Kopi Gayo", 85_000, 20);
        PlacedOrder flagged = place(kopi, REASON);
        place(kopi, null);
        login("admin", "ADMIN");

        UI.getCurrent().navigate("orders", QueryParameters.simple(Map.of("perlu-dicek", "1")));

        assertThat(checkbox("filter-needs-review").getValue()).isTrue();
        assertThat(rows()).extracting(OrderRow::orderNumber).containsExactly(flagged.orderNumber());
    }

    @Test
    void tandai_sudah_dicek_on_the_order_page_clears_the_flag_and_says_who_on_the_timeline() {
        Product kopi = data.product("Kopi Gayo", 85_000, 20);
        PlacedOrder flagged = place(kopi, REASON);
        login("cs", "CS");
        openDetail(flagged.orderNumber());
        OrderReviewBanner banner = _get(OrderReviewBanner.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.reason.getText()).isEqualTo(REASON);

        _click(banner.markReviewed);

        assertThat(asAdmin(() -> queries.getByNumber(flagged.orderNumber())).isNeedsReview()).isFalse();
        NotificationsKt.expectNotifications("Order " + flagged.orderNumber() + " ditandai sudah dicek.");
        assertThat(_find(OrderReviewBanner.class)).as("the page shows the order again, without the banner").isEmpty();
        assertThat(_find(ListItem.class)).anySatisfy(item -> assertThat(item.getElement().getTextRecursively())
                .contains("cs", "Sudah dicek (" + REASON + ")"));

        navigate(OrderListView.class);
        userSets(checkbox("filter-needs-review"), true);
        assertThat(_size(grid())).as("gone from the filter").isZero();
    }

    @Test
    void the_warehouse_sees_no_banner() {
        Product kopi = data.product("Kopi Gayo", 85_000, 20);
        PlacedOrder flagged = place(kopi, REASON);
        login("gudang", "GUDANG");

        openDetail(flagged.orderNumber());

        assertThat(_find(OrderReviewBanner.class)).isEmpty();
    }

    /** The row's "Perlu dicek" badge as the browser would render it from the status cell's template. */
    @SuppressWarnings("unchecked")
    private static Element reviewMarker(int row) {
        var renderer = (LitRenderer<OrderRow>) grid().getColumnByKey("status").getRenderer();
        String html = renderLitTemplate(RenderersKt.getTemplate(renderer), renderer.getValueProviders(),
                GridKt._get(grid(), row));
        return Jsoup.parseBodyFragment(html).body().getElementsByClass("orderan-badge--review").getFirst();
    }

    private void openDetail(String orderNumber) {
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", orderNumber));
    }

    private PlacedOrder place(Product product, @Nullable String reason) {
        Placements placement = Placements.of(product, 1);
        if (reason != null) {
            placement.needsReview(reason);
        }
        return Buyer.act(() -> orders.placeForBuyer(placement.build()));
    }
}
