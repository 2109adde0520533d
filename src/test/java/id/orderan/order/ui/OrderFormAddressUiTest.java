package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.catalog.Product;
import id.orderan.customer.ui.AddressField;
import id.orderan.customer.ui.AreaPicker;
import id.orderan.support.KaribuTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderFormAddressUiTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_customer_and_a_different_ship_to_are_both_picked_from_the_area_data() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("cs", "CS");
        OrderFormView form = navigate(OrderFormView.class);

        form.newCustomerForm.setOpened(true);
        userSets(form.customerName, "Budi Santoso");
        userSets(form.customerPhone, "0857-1234-5678");
        AddressField own = _get(AddressField.class, spec -> spec.withId("new-customer-address"));
        pick(_get(own, AreaPicker.class), "caturtunggal");
        userSets(_get(own, TextField.class, spec -> spec.withLabel("Alamat (jalan, no. rumah, RT/RW)")), "Jl. Kaliurang Km 5");
        _get(Button.class, spec -> spec.withText("Simpan pelanggan")).click();

        assertThat(form.customer.getValue()).isNotNull();
        assertThat(form.recipientName.getValue()).isEqualTo("Budi Santoso");
        assertThat(form.shipTo.getValue().village()).as("ship-to starts as the buyer's address").isEqualTo("Caturtunggal");

        userSets(form.recipientName, "Ibu Sari");
        pick(_get(form.shipTo, AreaPicker.class), "maguwoharjo depok");
        form.lines.getFirst().product.setValue(data.row(kopi));
        form.save();

        Map<String, Object> order = jdbc.queryForMap("SELECT recipient_name, ship_street, ship_village, ship_district,"
                + " ship_city, ship_province, ship_village_code FROM sales_order");
        assertThat(order).containsEntry("recipient_name", "Ibu Sari").containsEntry("ship_street", "Jl. Kaliurang Km 5")
                .containsEntry("ship_village", "Maguwoharjo").containsEntry("ship_district", "Depok")
                .containsEntry("ship_city", "Kab. Sleman").containsEntry("ship_province", "DI Yogyakarta")
                .containsEntry("ship_village_code", "34.04.07.2002");
        assertThat(jdbc.queryForObject("SELECT village_code FROM customer", String.class)).isEqualTo("34.04.07.2001");
    }

    private static void pick(AreaPicker picker, String typed) {
        ComboBoxKt.setUserInput(picker, typed);
        userSets(picker, ComboBoxKt.getSuggestionItems(picker).getFirst());
    }
}
