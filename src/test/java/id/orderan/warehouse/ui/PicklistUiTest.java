package id.orderan.warehouse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.SalesOrder;
import id.orderan.support.KaribuTest;
import id.orderan.support.WarehouseOrders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Picklist on the tablet: tick orders (or all of a courier), build, read the sums in rack order. */
class PicklistUiTest extends KaribuTest {

    @Autowired
    WarehouseOrders warehouse;

    private SalesOrder first;
    private SalesOrder second;
    private SalesOrder third;
    private SalesOrder notChosen;

    @BeforeEach
    void orders() {
        Customer buyer = warehouse.buyer();
        Product kaos = warehouse.product("KAOS-M", "Kaos Polos M", "B-10", "8990001");
        Product topi = warehouse.product("TOPI-01", "Topi Rajut", "A-2", null);
        Product tas = warehouse.product("TAS-KANVAS", "Tas Kanvas", null, null);
        first = warehouse.paid(buyer, Courier.JNE.code(), false, lines(kaos, 2, topi, 1));
        second = warehouse.paid(buyer, Courier.JNE.code(), true, lines(kaos, 3, tas, 1));
        third = warehouse.paid(buyer, Courier.SICEPAT.code(), false, lines(topi, 4));
        notChosen = warehouse.paid(buyer, Courier.SICEPAT.code(), false, lines(tas, 9));
    }

    @Test
    void gudang_picks_three_orders_and_gets_the_sums_by_sku_in_rack_order_without_money() {
        login("gudang", "GUDANG");
        navigate(PicklistView.class);

        for (SalesOrder order : new SalesOrder[] {first, second, third}) {
            userSets(_get(Checkbox.class, spec -> spec.withId("pick-" + order.getOrderNumber())), true);
        }
        assertThat(_get(Span.class, spec -> spec.withId("picklist-selected")).getText()).isEqualTo("3 order dipilih");
        _click(_get(Button.class, spec -> spec.withId("picklist-build")));

        assertThat(line(1)).contains("A-2", "TOPI-01", "×5", first.getOrderNumber(), third.getOrderNumber())
                .doesNotContain(second.getOrderNumber());
        assertThat(line(2)).contains("B-10", "KAOS-M", "×5", "8990001", first.getOrderNumber(),
                second.getOrderNumber());
        assertThat(line(3)).contains("Tanpa lokasi", "TAS-KANVAS", "×1").doesNotContain(notChosen.getOrderNumber());
        String result = _get(Div.class, spec -> spec.withId("picklist-result")).getElement().getTextRecursively();
        assertThat(result).contains("3 order · 11 pcs · 3 SKU").doesNotContain("Rp");
        assertThat(_get(Anchor.class, spec -> spec.withId("picklist-pdf-a4")).getHref())
                .startsWith("documents/picklist.pdf?paper=a4&orders=").contains(first.getOrderNumber());
    }

    @Test
    void select_all_for_a_courier_takes_every_order_of_that_courier() {
        login("gudang", "GUDANG");
        navigate(PicklistView.class);

        _click(_get(Button.class, spec -> spec.withId("picklist-courier-SICEPAT")));
        _click(_get(Button.class, spec -> spec.withId("picklist-select-all")));

        assertThat(_get(Span.class, spec -> spec.withId("picklist-selected")).getText()).isEqualTo("2 order dipilih");
        assertThat(_get(Checkbox.class, spec -> spec.withId("pick-" + third.getOrderNumber())).getValue()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("picklist-build")));
        assertThat(line(1)).contains("TOPI-01", "×4");
        assertThat(line(2)).contains("TAS-KANVAS", "×9");
    }

    private static String line(int n) {
        return _get(Div.class, spec -> spec.withId("picklist-line-" + n)).getElement().getTextRecursively();
    }

    private static Map<Product, Integer> lines(Object... productsAndQuantities) {
        Map<Product, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < productsAndQuantities.length; i += 2) {
            lines.put((Product) productsAndQuantities[i], (Integer) productsAndQuantities[i + 1]);
        }
        return lines;
    }
}
