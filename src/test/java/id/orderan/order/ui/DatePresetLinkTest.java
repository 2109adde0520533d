package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.orderan.base.JakartaTime;
import id.orderan.order.OrderSource;
import id.orderan.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, defect 11: a saved List Order link keeps its date preset and evaluates it when opened. */
class DatePresetLinkTest extends ListOrderUiTest {

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
        navigate(OrderListView.class);
        userSets(datePreset(), DatePreset.TODAY);
        assertThat(_size(grid())).isEqualTo(1);
        QueryParameters link = address();
        assertThat(link.getParameters()).containsKey(OrderListUrl.P_DATE)
                .doesNotContainKeys(OrderListUrl.P_FROM, OrderListUrl.P_TO);

        clock.advance(Duration.ofDays(1));
        open(link);

        LocalDate tomorrow = JakartaTime.today(clock);
        assertThat(datePreset().getValue()).isEqualTo(DatePreset.TODAY);
        assertThat(from().getValue()).isEqualTo(tomorrow);
        assertThat(to().getValue()).isEqualTo(tomorrow);
        assertThat(_size(grid())).as("yesterday's order is not today's").isZero();
    }

    @Test
    void a_link_saved_with_7_hari_moves_its_range_with_the_day() {
        navigate(OrderListView.class);
        userSets(datePreset(), DatePreset.LAST_7_DAYS);
        QueryParameters link = address();

        clock.advance(Duration.ofDays(1));
        open(link);

        LocalDate today = JakartaTime.today(clock);
        assertThat(from().getValue()).isEqualTo(today.minusDays(6));
        assertThat(to().getValue()).isEqualTo(today);
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void a_link_with_a_custom_range_keeps_its_dates() {
        navigate(OrderListView.class);
        LocalDate today = JakartaTime.today(clock);
        userSets(from(), today.minusDays(3));
        userSets(to(), today);
        assertThat(datePreset().getValue()).isEqualTo(DatePreset.CUSTOM);
        QueryParameters link = address();

        clock.advance(Duration.ofDays(1));
        open(link);

        assertThat(datePreset().getValue()).isEqualTo(DatePreset.CUSTOM);
        assertThat(from().getValue()).isEqualTo(today.minusDays(3));
        assertThat(to().getValue()).isEqualTo(today);
        assertThat(_size(grid())).isEqualTo(1);
    }

    /** Another page first, so the link builds a fresh List Order as a new tab would. */
    private static void open(QueryParameters link) {
        UI.getCurrent().navigate(OrderCancelView.class);
        UI.getCurrent().navigate("orders", link);
    }
}
