package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductRow;
import id.orderan.customer.Customer;
import id.orderan.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 12: money in the order form is a {@code long} of rupiah end to end, never squeezed into an {@code int}. */
@SuppressWarnings("unchecked")
class OrderFormMoneyUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_product_above_two_billion_rupiah_is_priced_and_totalled_without_wrapping_around() {
        Product excavator = data.product("Ekskavator Mini", 2_500_000_000L, 1);
        login("cs", "CS");
        navigate(OrderFormView.class);

        ComboBox<ProductRow> product = _get(ComboBox.class, spec -> spec.withId("line-product-0"));
        userSets(product, data.row(excavator));

        assertThat(_get(Span.class, spec -> spec.withId("order-total")).getText()).isEqualTo("Rp 2.500.000.000");
    }

    @Test
    void a_negative_shipping_cost_is_explained_on_the_field_and_nothing_is_saved() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        Customer budi = data.customer().create();
        login("cs", "CS");
        navigate(OrderFormView.class);
        userSets(_get(ComboBox.class, spec -> spec.withId("order-customer")), budi);
        userSets(_get(ComboBox.class, spec -> spec.withId("line-product-0")), data.row(kopi));
        RupiahField shipping = _get(RupiahField.class, spec -> spec.withId("order-shipping"));

        types(shipping, "-18.000");
        _click(_get(Button.class, spec -> spec.withId("order-save")));

        assertThat(shipping.isInvalid()).isTrue();
        assertThat(shipping.getErrorMessage()).isEqualTo("Jumlah uang tidak boleh negatif.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
    }

    @Test
    void amounts_typed_the_indonesian_way_add_up_and_are_shown_grouped_when_the_field_is_left() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("cs", "CS");
        navigate(OrderFormView.class);
        userSets(_get(ComboBox.class, spec -> spec.withId("line-product-0")), data.row(kopi));
        RupiahField shipping = _get(RupiahField.class, spec -> spec.withId("order-shipping"));
        TextField typed = _get(shipping, TextField.class);

        types(shipping, "1250000");
        assertThat(_get(Span.class, spec -> spec.withId("order-total")).getText()).isEqualTo("Rp 1.335.000");
        ComponentUtil.fireEvent(typed, new BlurNotifier.BlurEvent<>(typed, true));

        assertThat(typed.getValue()).isEqualTo("1.250.000");
        assertThat(shipping.getValue()).isEqualTo(1_250_000L);
    }
}
