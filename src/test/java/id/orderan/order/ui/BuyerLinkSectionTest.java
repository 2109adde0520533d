package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.order.ui.OrderTimelineUi.timelineEntries;
import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.order.BuyerLink;
import id.orderan.order.BuyerOrders;
import id.orderan.order.OrderChangedException;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.support.KaribuTest;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 13 (decision 0152): staff copy the buyer's link and re-issue it from the order detail. */
class BuyerLinkSectionTest extends KaribuTest {

    @Autowired
    BuyerOrders buyerOrders;

    @Autowired
    OrderService orders;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void customer_service_sees_the_buyer_link_and_re_issuing_it_kills_the_old_one() {
        SalesOrder order = anOrder();
        String oldToken = Objects.requireNonNull(order.getBuyerToken());
        open(order, "cs", "CS");
        assertThat(address().getValue()).isEqualTo("http://localhost:8080/o/" + oldToken);
        assertThat(_get(Button.class, spec -> spec.withId("buyer-link-copy")).getText())
                .isEqualTo("Salin link pembeli");

        _click(_get(Button.class, spec -> spec.withId("buyer-link-reissue")));
        _click(_get(Button.class, spec -> spec.withId("buyer-link-reissue-confirm")));

        NotificationsKt.expectNotifications("Link pembeli baru dibuat. Link lama sudah tidak berlaku.");
        String newToken = token(order);
        assertThat(newToken).isNotEqualTo(oldToken).matches("[A-Za-z0-9_-]{22}");
        assertThat(buyerOrders.forBuyer(oldToken)).as("the old link is dead at once").isEmpty();
        assertThat(buyerOrders.forBuyer(newToken)).isPresent();
        assertThat(address().getValue()).isEqualTo("http://localhost:8080/o/" + newToken);
        assertThat(timelineEntries().getFirst()).contains("cs", "Link pembeli dibuat ulang");
    }

    @Test
    void cancelling_the_confirmation_changes_nothing() {
        SalesOrder order = anOrder();
        String token = Objects.requireNonNull(order.getBuyerToken());
        int audit = data.auditRows(order);
        open(order, "admin", "ADMIN");

        _click(_get(Button.class, spec -> spec.withId("buyer-link-reissue")));
        _click(_get(Button.class, spec -> spec.withId("buyer-link-reissue-cancel")));

        assertThat(token(order)).isEqualTo(token);
        assertThat(data.auditRows(order)).isEqualTo(audit);
    }

    @Test
    void a_re_issue_against_an_order_changed_meanwhile_is_refused_and_keeps_the_link() {
        SalesOrder order = anOrder();
        BuyerLink loaded = as("cs", "CS", () -> orders.buyerLink(order.getOrderNumber()));
        as("admin", "ADMIN", () -> orders.reissueBuyerLink(order.getOrderNumber(), loaded.version()));
        String current = token(order);

        assertThatThrownBy(() -> as("cs", "CS", () -> orders.reissueBuyerLink(order.getOrderNumber(),
                loaded.version()))).isInstanceOf(OrderChangedException.class);
        assertThat(token(order)).isEqualTo(current);
    }

    @Test
    void the_warehouse_gets_no_buyer_link_on_screen_or_from_the_service() {
        SalesOrder order = anOrder();
        open(order, "gudang", "GUDANG");

        assertThat(_find(BuyerLinkSection.class)).isEmpty();
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> orders.reissueBuyerLink(order.getOrderNumber(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> orders.buyerLink(order.getOrderNumber())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private SalesOrder anOrder() {
        return data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi Gayo", 50_000), 1);
    }

    private void open(SalesOrder order, String user, String role) {
        login(user, role);
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", order.getOrderNumber()));
        _get(OrderDetailView.class);
    }

    private static TextField address() {
        return _get(TextField.class, spec -> spec.withId("buyer-link-address"));
    }

    private String token(SalesOrder order) {
        return jdbc.queryForObject("SELECT buyer_token FROM sales_order WHERE id = ?", String.class, order.getId());
    }
}
