package id.orderan.storefront.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductService;
import id.orderan.order.Courier;
import id.orderan.storefront.OrderFormService;
import id.orderan.storefront.OrderFormSettings;
import id.orderan.storefront.ShippingRule;
import id.orderan.support.KaribuTest;
import id.orderan.support.OrderForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pengaturan › Form Order used like an admin would on an empty shop: type, pick, click save. */
class OrderFormsUiTest extends KaribuTest {

    @Autowired
    OrderFormService forms;

    @Autowired
    ProductService products;

    Product kopi;

    @BeforeEach
    void signIn() {
        login("admin", "ADMIN");
        kopi = data.product("Kopi Gayo", 85_000, 10);
    }

    @Test
    void an_admin_creates_a_form_by_typing_and_picking_and_gets_its_public_address() {
        OrderFormsView view = navigate(OrderFormsView.class);
        assertThat(_get(view, Paragraph.class, spec -> spec.withText(
                "Belum ada form order. Buat form, pilih produknya, lalu bagikan alamatnya ke pembeli.")).isVisible())
                .isTrue();

        _click(_get(Button.class, spec -> spec.withId("order-form-new")));
        OrderFormEditor editor = _get(OrderFormEditor.class);
        userSets(editor.slug, "promo-kopi");
        userSets(editor.title, "Promo Kopi Akhir Tahun");
        userSets(editor.products.picker, products.findById(kopi.getId()).orElseThrow());
        types(editor.products.lines.getFirst().formPrice, "75.000");
        userSets(editor.shippingRule, ShippingRule.FLAT);
        _click(editor.shipping.addRow);
        userSets(editor.shipping.lines.getFirst().courier, Courier.JNE);
        userSets(editor.shipping.lines.getFirst().service, "REG");
        types(editor.shipping.lines.getFirst().cost, "18.000");
        userSets(editor.uniqueCode, true);
        _click(editor.save);

        assertThat(asAdmin(() -> forms.list())).singleElement().satisfies(form -> {
            assertThat(form.slug()).isEqualTo("promo-kopi");
            assertThat(form.title()).isEqualTo("Promo Kopi Akhir Tahun");
            assertThat(form.products()).containsExactly(new OrderFormSettings.Product(kopi.getId(), 75_000L));
            assertThat(form.shippingRule()).isEqualTo(ShippingRule.FLAT);
            assertThat(form.shipping()).containsExactly(new OrderFormSettings.Shipping(null, Courier.JNE, "REG", 18_000));
            assertThat(form.uniqueCode()).isTrue();
            assertThat(form.active()).isTrue();
        });
        assertThat(editor.publicUrl.getValue()).endsWith("/f/promo-kopi");
        assertThat(editor.openForm.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isTrue();
        NotificationsKt.expectNotifications("Form tersimpan.");
    }

    @Test
    void a_slug_with_spaces_or_symbols_or_a_reserved_word_is_refused_next_to_the_field_and_nothing_is_saved() {
        navigate(OrderFormsView.class);
        _click(_get(Button.class, spec -> spec.withId("order-form-new")));
        OrderFormEditor editor = _get(OrderFormEditor.class);
        userSets(editor.title, "Promo");
        userSets(editor.products.picker, products.findById(kopi.getId()).orElseThrow());
        userSets(editor.shippingRule, ShippingRule.FREE);

        userSets(editor.slug, "Promo Lebaran!");
        _click(editor.save);
        assertThat(editor.slug.isInvalid()).isTrue();
        assertThat(editor.slug.getErrorMessage())
                .isEqualTo("Alamat form hanya boleh huruf kecil, angka dan tanda hubung (3–60 karakter).");

        userSets(editor.slug, "admin");
        _click(editor.save);
        assertThat(editor.slug.getErrorMessage()).isEqualTo("Alamat form \"admin\" tidak boleh dipakai. Pilih alamat lain.");
        assertThat(asAdmin(() -> forms.list())).isEmpty();

        userSets(editor.slug, "Promo-Lebaran");
        _click(editor.save);
        assertThat(editor.slug.isInvalid()).isFalse();
        assertThat(asAdmin(() -> forms.list())).extracting(OrderFormSettings::slug).containsExactly("promo-lebaran");
    }

    @Test
    void a_slug_another_form_uses_is_refused_with_a_message_and_the_typing_stays() {
        OrderForms.form().slug("promo-kopi").product(kopi).free().save(forms);
        navigate(OrderFormsView.class);
        _click(_get(Button.class, spec -> spec.withId("order-form-new")));
        OrderFormEditor editor = _get(OrderFormEditor.class);
        userSets(editor.slug, "promo-kopi");
        userSets(editor.title, "Form kedua");
        userSets(editor.products.picker, products.findById(kopi.getId()).orElseThrow());
        userSets(editor.shippingRule, ShippingRule.FREE);

        _click(editor.save);

        NotificationsKt.expectNotifications("Alamat form \"promo-kopi\" sudah dipakai form lain.");
        assertThat(editor.title.getValue()).isEqualTo("Form kedua");
        assertThat(asAdmin(() -> forms.list())).hasSize(1);
    }

    @Test
    void a_charged_rule_without_shipping_rows_is_refused_next_to_the_rows() {
        navigate(OrderFormsView.class);
        _click(_get(Button.class, spec -> spec.withId("order-form-new")));
        OrderFormEditor editor = _get(OrderFormEditor.class);
        userSets(editor.slug, "promo-kopi");
        userSets(editor.title, "Promo");
        userSets(editor.products.picker, products.findById(kopi.getId()).orElseThrow());
        userSets(editor.shippingRule, ShippingRule.PROVINCE);

        _click(editor.save);

        assertThat(editor.shipping.isInvalid()).isTrue();
        assertThat(editor.shipping.getErrorMessage()).isEqualTo("Isi minimal satu baris ongkir.");
        assertThat(asAdmin(() -> forms.list())).isEmpty();
    }
}
