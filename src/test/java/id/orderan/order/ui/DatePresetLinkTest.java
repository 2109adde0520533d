package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.orderan.base.JakartaTime;
import id.orderan.order.OrderSource;
import id.orderan.support.KaribuTest;
import id.orderan.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, defect 11: a saved List Order link keeps its date preset and evaluates it when opened. */
class DatePresetLinkTest extends KaribuTest {

    @Autowired
    MutableClock clock;

    @BeforeEach
    void oneOrderToday() {
        data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi Gayo", 100_000), 1);
        login("cs", "CS");
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void a_link_saved_with_hari_ini_shows_the_day_it_is_opened() {
        OrderListView view = navigate(OrderListView.class);
        userSets(view.datePreset, DatePreset.TODAY);
        assertThat(_size(view.grid)).isEqualTo(1);
        QueryParameters link = view.queryParameters();
        assertThat(link.getParameters()).containsKey(AbstractOrderListView.P_DATE)
                .doesNotContainKeys(AbstractOrderListView.P_FROM, AbstractOrderListView.P_TO);

        clock.advance(Duration.ofDays(1));
        OrderListView opened = open(link);

        LocalDate tomorrow = JakartaTime.today(clock);
        assertThat(opened.datePreset.getValue()).isEqualTo(DatePreset.TODAY);
        assertThat(opened.from.getValue()).isEqualTo(tomorrow);
        assertThat(opened.to.getValue()).isEqualTo(tomorrow);
        assertThat(_size(opened.grid)).as("yesterday's order is not today's").isZero();
    }

    @Test
    void a_link_saved_with_7_hari_moves_its_range_with_the_day() {
        OrderListView view = navigate(OrderListView.class);
        userSets(view.datePreset, DatePreset.LAST_7_DAYS);
        QueryParameters link = view.queryParameters();

        clock.advance(Duration.ofDays(1));
        OrderListView opened = open(link);

        LocalDate today = JakartaTime.today(clock);
        assertThat(opened.from.getValue()).isEqualTo(today.minusDays(6));
        assertThat(opened.to.getValue()).isEqualTo(today);
        assertThat(_size(opened.grid)).isEqualTo(1);
    }

    @Test
    void a_link_with_a_custom_range_keeps_its_dates() {
        OrderListView view = navigate(OrderListView.class);
        LocalDate today = JakartaTime.today(clock);
        userSets(view.from, today.minusDays(3));
        userSets(view.to, today);
        assertThat(view.datePreset.getValue()).isEqualTo(DatePreset.CUSTOM);
        QueryParameters link = view.queryParameters();

        clock.advance(Duration.ofDays(1));
        OrderListView opened = open(link);

        assertThat(opened.datePreset.getValue()).isEqualTo(DatePreset.CUSTOM);
        assertThat(opened.from.getValue()).isEqualTo(today.minusDays(3));
        assertThat(opened.to.getValue()).isEqualTo(today);
        assertThat(_size(opened.grid)).isEqualTo(1);
    }

    /** Another page first, so the link builds a fresh List Order as a new tab would. */
    private static OrderListView open(QueryParameters link) {
        UI.getCurrent().navigate(OrderCancelView.class);
        UI.getCurrent().navigate("orders", link);
        return _get(OrderListView.class);
    }
}
