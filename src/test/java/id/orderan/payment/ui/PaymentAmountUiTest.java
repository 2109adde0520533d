package id.orderan.payment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.Product;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.order.ui.OrderDetailView;
import id.orderan.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 12: the payment dialog takes the whole rest of a large order, not what fits in an {@code int}. */
class PaymentAmountUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_prefilled_rest_of_a_three_billion_order_settles_it() {
        Product excavator = data.product("Ekskavator Mini", 3_000_000_000L, 1);
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, excavator, 1);
        login("cs", "CS");
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", order.getOrderNumber()));

        _click(_get(Button.class, spec -> spec.withId("detail-payment")));
        _click(_get(Button.class, spec -> spec.withId("payment-save")));

        assertThat(data.status(order)).isEqualTo("SEDANG_DIPROSES");
    }

    @Test
    void a_transfer_confirmed_on_the_buyers_behalf_keeps_an_amount_above_two_billion() {
        Product excavator = data.product("Ekskavator Mini", 2_750_000_000L, 1);
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, excavator, 1);
        login("cs", "CS");
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", order.getOrderNumber()));

        _click(_get(Button.class, spec -> spec.withId("detail-submit-confirmation")));
        SubmitConfirmationDialog dialog = _get(SubmitConfirmationDialog.class);
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("Bank")), "BCA");
        userSets(_get(dialog, TextField.class, spec -> spec.withLabel("Atas nama rekening")), "Budi Santoso");
        types(_get(dialog, RupiahField.class, spec -> spec.withId("submit-confirmation-amount")), "Rp 2.750.000.000");
        _click(_get(dialog, Button.class, spec -> spec.withText("Simpan")));

        assertThat(jdbc.queryForObject("SELECT amount FROM payment_confirmation", Long.class)).isEqualTo(2_750_000_000L);
    }
}
