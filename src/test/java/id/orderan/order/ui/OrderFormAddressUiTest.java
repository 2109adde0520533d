package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
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
    @SuppressWarnings("unchecked")
    void a_new_customer_and_a_different_ship_to_are_both_picked_from_the_area_data() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        login("cs", "CS");
        navigate(OrderFormView.class);

        Details newCustomer = _get(Details.class, spec -> spec.withId("order-new-customer"));
        newCustomer.setOpened(true);
        userSets(_get(newCustomer, TextField.class, spec -> spec.withLabel("Nama")), "Budi Santoso");
        userSets(_get(newCustomer, TextField.class, spec -> spec.withLabel("WhatsApp")), "0857-1234-5678");
        AddressField own = _get(AddressField.class, spec -> spec.withId("new-customer-address"));
        pick(_get(own, AreaPicker.class), "caturtunggal");
        userSets(_get(own, TextField.class, spec -> spec.withLabel("Alamat (jalan, no. rumah, RT/RW)")), "Jl. Kaliurang Km 5");
        _click(_get(Button.class, spec -> spec.withText("Simpan pelanggan")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("order-customer")).getValue()).isNotNull();
        TextField recipient = _get(TextField.class, spec -> spec.withId("order-recipient-name"));
        AddressField shipTo = _get(AddressField.class, spec -> spec.withId("order-ship-to"));
        assertThat(recipient.getValue()).isEqualTo("Budi Santoso");
        assertThat(shipTo.getValue().village()).as("ship-to starts as the buyer's address").isEqualTo("Caturtunggal");

        userSets(recipient, "Ibu Sari");
        pick(_get(shipTo, AreaPicker.class), "maguwoharjo depok");
        userSets(_get(ComboBox.class, spec -> spec.withId("line-product-0")), data.row(kopi));
        _click(_get(Button.class, spec -> spec.withId("order-save")));

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
