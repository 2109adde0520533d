package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductRow;
import id.orderan.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** Issue 12: money in the order form is a {@code long} of rupiah end to end, never squeezed into an {@code int}. */
class OrderFormMoneyUiTest extends KaribuTest {

    @Test
    void a_product_above_two_billion_rupiah_is_priced_and_totalled_without_wrapping_around() {
        Product excavator = data.product("Ekskavator Mini", 2_500_000_000L, 1);
        login("cs", "CS");
        navigate(OrderFormView.class);

        @SuppressWarnings("unchecked")
        ComboBox<ProductRow> product = _get(ComboBox.class, spec -> spec.withId("line-product-0"));
        userSets(product, data.row(excavator));

        assertThat(_get(Span.class, spec -> spec.withId("order-total")).getText()).isEqualTo("Rp 2.500.000.000");
    }
}
