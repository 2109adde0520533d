package id.orderan.warehouse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.orderan.catalog.ProductService;
import id.orderan.order.OrderStatus;
import id.orderan.support.KaribuTest;
import id.orderan.support.MutableClock;
import id.orderan.warehouse.PackingFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/** Issue 14 §3 at the packing table: codes typed into the one scan field and Enter, as a scanner does. */
class PackingViewTest extends KaribuTest {

    @Autowired
    ProductService products;

    @Autowired
    MutableClock clock;

    PackingFixture fixture;

    @BeforeEach
    void paidOrder() {
        fixture = PackingFixture.create(data, products);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void gudang_packs_an_order_by_scanning_and_enters_the_resi() {
        login("gudang", "GUDANG");
        navigate(PackingView.class);
        assertThat(text("pack-status")).isEqualTo("Scan barcode order di label atau packlist, atau ketik nomornya lalu Enter.");

        scan(fixture.number());
        assertThat(text("pack-line-KOPI-GAYO")).contains("Kopi Gayo", "A-01-2", "0 / 2");
        assertThat(text("pack-line-TEH-MELATI")).contains("Teh Melati", "B-03", "0 / 1");
        assertThat(text("pack-cod")).as("the COD amount is the one amount shown").contains("COD");
        assertThat(text("pack-order") + text("pack-lines")).doesNotContain("87.500", "43.100");

        scan("SABUN-01");
        assertThat(error()).isEqualTo("Barang \"SABUN-01\" tidak ada di order " + fixture.number() + ". Tidak dihitung.");
        assertThat(text("pack-count-KOPI-GAYO")).isEqualTo("0 / 2");
        assertThat(text("pack-count-TEH-MELATI")).isEqualTo("0 / 1");

        scan("bc-kopi-01");
        assertThat(error()).as("a good scan clears the error").isNull();
        assertThat(text("pack-count-KOPI-GAYO")).isEqualTo("1 / 2");
        assertThat(text("pack-status")).isEqualTo("1 dari 3 barang discan");
        clock.advance(Duration.ofSeconds(1)); // the same code again, as a second unit, not a double read
        scan("BC-KOPI-01");
        assertThat(line("KOPI-GAYO").hasClassName("orderan-pack-line--done")).isTrue();
        scan("TEH-MELATI");

        assertThat(text("pack-status")).isEqualTo("Dikemas: " + fixture.number());
        assertThat(find("pack-status").hasClassName("orderan-pack-status--done")).isTrue();
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("resi-courier"))
                .getValue()).as("prefilled from the order").isEqualTo(id.orderan.order.Courier.JNE);

        scan("JP1234567890");

        assertThat(data.status(fixture.order())).isEqualTo(OrderStatus.PROSES_PENGIRIMAN.name());
        assertThat(text("pack-status")).isEqualTo(fixture.number() + " masuk Proses Pengiriman. Scan order berikutnya.");
        assertThat(text("resi-done")).contains("JP1234567890");
    }

    @Test
    void a_repeat_of_the_same_code_within_300_ms_is_a_double_read_and_ignored() {
        login("gudang", "GUDANG");
        navigate(PackingView.class);
        scan(fixture.number());

        scan("BC-KOPI-01");
        scan("BC-KOPI-01");

        assertThat(text("pack-count-KOPI-GAYO")).isEqualTo("1 / 2");
        assertThat(error()).isNull();
    }

    @Test
    void one_too_many_is_refused_loudly_and_ticks_nothing() {
        login("gudang", "GUDANG");
        navigate(PackingView.class);
        scan(fixture.number());
        scan("TEH-MELATI");
        clock.advance(Duration.ofSeconds(1));

        scan("teh-melati");

        assertThat(error()).isEqualTo("Teh Melati sudah cukup (1). Jangan masukkan lagi.");
        assertThat(text("pack-count-TEH-MELATI")).isEqualTo("1 / 1");
    }

    @Test
    void an_order_cancelled_meanwhile_is_refused_when_opened_from_a_link() {
        data.forceStatus(fixture.order(), OrderStatus.CANCEL, "Pembeli batal");
        login("gudang", "GUDANG");

        UI.getCurrent().navigate("gudang/kemas", QueryParameters.of("order", fixture.number()));

        assertThat(error()).isEqualTo("Order " + fixture.number() + " berstatus Cancel, bukan Sedang Diproses: jangan dikemas.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, spec -> spec.withId("pack-lines")))
                .as("nothing on the table").isEmpty();
    }

    @Test
    void a_duplicate_resi_asks_before_it_is_saved() {
        var other = data.order(data.customer().name("Sari").create(), id.orderan.order.OrderSource.MANUAL,
                data.product("Gula Aren", 30_000), 1);
        data.shipment(other, "JP1234567890");
        login("admin", "ADMIN");
        UI.getCurrent().navigate("gudang/kemas", QueryParameters.of("order", fixture.number()));
        scan("BC-KOPI-01");
        clock.advance(Duration.ofSeconds(1));
        scan("BC-KOPI-01");
        scan("TEH-MELATI");

        userSets(_get(TextField.class, spec -> spec.withId("resi-field")), "JP1234567890");
        BasicUtilsKt._fireDomEvent(_get(TextField.class, spec -> spec.withId("resi-field")), "keydown", enter("JP1234567890"));
        PackingView view = _get(PackingView.class);
        assertThat(view.resi.duplicateQuestion).isNotNull();
        assertThat(data.status(fixture.order())).isEqualTo("SEDANG_DIPROSES");

        ConfirmDialogKt._fireConfirm(view.resi.duplicateQuestion);

        assertThat(data.status(fixture.order())).isEqualTo("PROSES_PENGIRIMAN");
    }

    @Test
    void cs_packs_at_the_station_and_is_told_who_enters_the_resi() {
        login("cs", "CS");
        navigate(PackingView.class);
        scan(fixture.number());
        scan("BC-KOPI-01");
        clock.advance(Duration.ofSeconds(1));
        scan("BC-KOPI-01");
        scan("TEH-MELATI");

        assertThat(text("pack-status")).isEqualTo("Dikemas: " + fixture.number());
        assertThat(text("pack-resi-not-allowed")).isEqualTo("Resi diisi oleh Gudang atau Admin.");
        scan("JP1234567890");
        assertThat(error()).isEqualTo("Order ini sudah dikemas. Scan barcode order berikutnya.");
        assertThat(data.status(fixture.order())).isEqualTo("SEDANG_DIPROSES");
    }

    /** What a keyboard-wedge scanner does: type the code into the focused field, then Enter. */
    private static void scan(String code) {
        TextField field = _get(TextField.class, spec -> spec.withId("scan-field"));
        userSets(field, code);
        BasicUtilsKt._fireDomEvent(field, "keydown", enter(code));
    }

    private static tools.jackson.databind.JsonNode enter(String value) {
        return JsonNodeFactory.instance.objectNode().put("event.key === 'Enter'", true).put("element.value", value);
    }

    private static Component find(String id) {
        return _get(Component.class, spec -> spec.withId(id));
    }

    private static Div line(String sku) {
        return _get(Div.class, spec -> spec.withId("pack-line-" + sku));
    }

    private static String text(String id) {
        return find(id).getElement().getTextRecursively();
    }

    /** The red banner's text, null while it is hidden. */
    private static String error() {
        var shown = com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, spec -> spec.withId("pack-error"));
        return shown.isEmpty() ? null : shown.getFirst().getText();
    }
}
