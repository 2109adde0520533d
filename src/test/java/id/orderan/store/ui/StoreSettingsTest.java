package id.orderan.store.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.AccessDeniedView;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.document.DocumentService;
import id.orderan.document.LabelFormat;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.support.KaribuTest;
import id.orderan.support.Pictures;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class StoreSettingsTest extends KaribuTest {

    private static final byte[] PNG = Pictures.of(120, 40, "png");

    @Autowired
    StoreService stores;

    @Autowired
    DocumentService documents;

    @Test
    void an_admin_edits_the_store_and_the_next_invoice_prints_it() throws Exception {
        login("admin", "ADMIN");
        navigate(StoreSettingsView.class);
        userSets(_get(TextField.class, spec -> spec.withLabel("Nama toko")), "Kopi Nusantara");
        _click(_get(Button.class, spec -> spec.withText("Tambah rekening")));
        userSets(bankField("Bank", 0), "BRI");
        userSets(bankField("Nomor rekening", 0), "0123-01-000111-30-5");
        userSets(bankField("Atas nama", 0), "Kopi Nusantara");
        _click(_get(Button.class, spec -> spec.withText("Tambah rekening")));
        userSets(bankField("Bank", 1), "Mandiri");
        userSets(bankField("Nomor rekening", 1), "1370012345678");
        userSets(bankField("Atas nama", 1), "Ani");
        @SuppressWarnings("unchecked")
        Select<String> labelFormat = _get(Select.class, spec -> spec.withLabel("Format label bawaan"));
        userSets(labelFormat, "a6");
        _click(_get(Button.class, spec -> spec.withText("Simpan")));

        StoreProfile saved = stores.profile();
        assertThat(saved.name()).isEqualTo("Kopi Nusantara");
        assertThat(saved.banks()).extracting(StoreProfile.BankAccount::bank).containsExactly("BRI", "Mandiri");
        assertThat(saved.labelFormat()).isEqualTo("a6");

        SalesOrder order = anOrder(false);
        try (PDDocument pdf = Loader.loadPDF(asAdmin(() -> documents.invoice(order.getOrderNumber(), null, Locale.ROOT)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Kopi Nusantara", "BRI 012301000111305");
        }
    }

    @Test
    void only_admins_change_the_store_and_logos_are_checked_by_content() {
        StoreProfile current = stores.profile();

        assertThatThrownBy(() -> as("cs", "CS", () -> stores.save(current))).isInstanceOf(AccessDeniedException.class);
        StoreProfile withFakeLogo = new StoreProfile("Toko", "", "", "", List.of(), "", "100x150",
                new byte[] {'M', 'Z', 0, 0}, null, current.version());
        assertThatThrownBy(() -> asAdmin(() -> stores.save(withFakeLogo))).hasMessageContaining("error.store.logo-type");
        StoreProfile withLogo = new StoreProfile("Toko", "", "", "", List.of(), "", "100x150", PNG, null, current.version());
        assertThat(asAdmin(() -> stores.save(withLogo)).logoDataUri()).startsWith("data:image/png;base64,");

        login("cs", "CS");
        UI.getCurrent().navigate(StoreSettingsView.class);
        assertThat(_find(StoreSettingsView.class)).as("CS cannot open Pengaturan › Toko").isEmpty();
        assertThat(_get(_get(AccessDeniedView.class), H2.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("Anda tidak punya akses ke halaman ini");
    }

    @Test
    void a_cod_label_shows_the_amount_to_collect_in_large_type() throws Exception {
        SalesOrder order = anOrder(true);

        byte[] pdf = asAdmin(() -> documents.labels(List.of(order.getOrderNumber()), LabelFormat.THERMAL_100X150,
                Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("COD Rp 170.000");
        }
    }

    /** The field with this label in the n-th bank account row, top to bottom as the admin sees them. */
    private static TextField bankField(String label, int row) {
        List<TextField> fields = _find(TextField.class, spec -> spec.withLabel(label));
        assertThat(fields).as("one \"%s\" per account row", label).hasSizeGreaterThan(row);
        return fields.get(row);
    }

    private SalesOrder anOrder(boolean cod) {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 0, 0, 0, 0, null, null, null, null,
                null, cod));
    }
}
