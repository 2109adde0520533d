package id.orderan.storefront;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.order.Courier;
import id.orderan.support.IntegrationTest;
import id.orderan.support.OrderForms;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 13 §1: the form settings' rules in the service, whatever screen or request calls it. */
class OrderFormServiceTest extends IntegrationTest {

    @Autowired
    OrderFormService forms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    id.orderan.order.CourierService couriers;

    @Test
    void a_save_on_top_of_someone_elses_changes_nothing_and_says_so() {
        Product kopi = data.product("Kopi Gayo", 85_000);
        OrderFormSettings saved = OrderForms.form().slug("promo-kopi").title("Promo").product(kopi).free().save(forms);
        asAdmin(() -> forms.save(withTitle(saved, "Promo baru")));

        assertThatThrownBy(() -> asAdmin(() -> forms.save(withTitle(saved, "Promo lama"))))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("error.order-form.changed");
        assertThat(asAdmin(() -> forms.list())).extracting(OrderFormSettings::title).containsExactly("Promo baru");
    }

    @Test
    void only_an_admin_may_read_or_save_forms() {
        Product kopi = data.product("Kopi Gayo", 85_000);
        OrderFormSettings form = OrderForms.form().product(kopi).free().build();

        assertThatThrownBy(() -> as("cs", "CS", () -> forms.save(form))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("cs", "CS", () -> forms.list())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_request_that_bypasses_the_screen_gets_the_same_refusals() {
        Product kopi = data.product("Kopi Gayo", 85_000);

        assertThatThrownBy(() -> OrderForms.form().slug("api").product(kopi).free().save(forms))
                .extracting("messageKey").isEqualTo("error.order-form.slug-reserved");
        assertThatThrownBy(() -> OrderForms.form().slug("a b").product(kopi).free().save(forms))
                .extracting("messageKey").isEqualTo("error.order-form.slug-invalid");
        assertThatThrownBy(() -> OrderForms.form().slug("promo").free().save(forms))
                .extracting("messageKey").isEqualTo("error.order-form.products-required");
        assertThatThrownBy(() -> OrderForms.form().slug("promo").product(kopi, -1L).free().save(forms))
                .extracting("messageKey").isEqualTo("error.order-form.price-invalid");
        assertThat(asAdmin(() -> forms.list())).isEmpty();
    }

    @Test
    void a_buyer_address_typed_by_hand_in_the_province_table_is_priced_by_its_province() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        OrderForms.form().slug("promo-kopi").product(kopi).byProvince("DI Yogyakarta", Courier.JNE, "REG", 9_000)
                .byProvince(null, Courier.JNE, "REG", 40_000).save(forms);
        var input = new FormInput(UUID.randomUUID().toString(), Map.of(kopi.getId(), "1"), "Rina Kartika",
                "0812-7777-1234", "", "Jl. Melati No. 7", "", "Depok", "Kab. Sleman", "Daerah Istimewa Yogyakarta",
                "", "", "0", "", "");

        FormOutcome outcome = forms.place("promo-kopi", input, "10.0.0.9");

        assertThat(outcome).isInstanceOf(FormOutcome.Placed.class);
        assertThat(jdbc.queryForObject("SELECT shipping_cost FROM sales_order", Long.class)).isEqualTo(9_000);
        assertThat(jdbc.queryForObject("SELECT grand_total FROM sales_order", Long.class)).isEqualTo(94_000);
    }

    @Test
    void a_courier_deactivated_after_the_form_was_saved_is_no_longer_offered_to_buyers() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        OrderForms.form().slug("promo-kopi").product(kopi).flat(Courier.JNE, "REG", 18_000)
                .flat(Courier.WAHANA, "Normal", 15_000).save(forms);
        var wahana = asAdmin(couriers::all).stream().filter(c -> c.code().equals("WAHANA")).findFirst().orElseThrow();

        asAdmin(() -> couriers.setActive("WAHANA", false, wahana.version()));

        assertThat(forms.page("promo-kopi").orElseThrow().options()).extracting(FormPage.Option::label)
                .containsExactly("JNE REG");
    }

    private static OrderFormSettings withTitle(OrderFormSettings form, String title) {
        return new OrderFormSettings(form.id(), form.slug(), title, form.description(), form.active(), form.products(),
                form.chooseQuantity(), form.shippingRule(), form.shipping(), form.uniqueCode(), form.bankAccounts(),
                form.afterOrder(), form.version());
    }
}
