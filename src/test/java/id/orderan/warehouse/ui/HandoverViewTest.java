package id.orderan.warehouse.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.warehouse.HandoverFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.order.Courier;
import id.orderan.order.SalesOrder;
import id.orderan.shipping.ShippingService;
import id.orderan.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/** The serah terima station as the warehouse uses it: a scanner types each code and presses Enter. */
class HandoverViewTest extends KaribuTest {

    @Autowired
    ShippingService shipping;

    @Test
    void two_parcels_scanned_then_closed_give_a_manifest_pdf_link() {
        SalesOrder first = shipped(data, shipping, Courier.JNT, "JP1111111111");
        SalesOrder second = shipped(data, shipping, Courier.JNT, "JP2222222222");
        shipped(data, shipping, Courier.JNE, "JN3333333333");
        login("gudang", "GUDANG");
        navigate(HandoverView.class);

        @SuppressWarnings("unchecked")
        Select<Courier> courier = _get(Select.class, spec -> spec.withId("handover-courier"));
        userSets(courier, Courier.JNT);
        _click(_get(Button.class, spec -> spec.withId("handover-open")));
        scan("handover-scan", "JP1111111111");
        // the scanner read the same label twice in a blink: one parcel, no error
        scan("handover-scan", "JP1111111111");
        scan("handover-scan", "JN3333333333");
        assertThat(feedback("handover-error").getText()).contains("JNE", "J&T Express");
        assertThat(feedback("handover-error").getClassNames()).contains("orderan-scan-feedback--error");
        scan("handover-scan", second.getOrderNumber());

        assertThat(feedback("handover-error").getClassNames()).contains("orderan-scan-feedback--ok");
        assertThat(_get(Span.class, spec -> spec.withId("handover-count")).getText()).isEqualTo("2 paket");
        Div parcels = _get(Div.class, spec -> spec.withId("handover-parcels"));
        assertThat(_find(parcels, Span.class).stream().map(Span::getText))
                .contains("JP1111111111", "JP2222222222");

        _click(_get(Button.class, spec -> spec.withId("handover-close")));

        Anchor print = _get(Anchor.class, spec -> spec.withId("handover-print"));
        assertThat(print.getHref()).matches("documents/manifest/SRT-\\d{6}-01\\.pdf");
        assertThat(print.getText()).contains("2 paket");
        String number = print.getHref().replace("documents/manifest/", "").replace(".pdf", "");
        assertThat(_get(Anchor.class, spec -> spec.withId("handover-reprint-" + number)).getHref())
                .isEqualTo(print.getHref());
        assertThat(first.getOrderNumber()).isNotEqualTo(second.getOrderNumber());
    }

    @Test
    void a_parcel_scanned_by_mistake_is_taken_out_with_its_button() {
        SalesOrder order = shipped(data, shipping, Courier.JNT, "JP1111111111");
        login("gudang", "GUDANG");
        navigate(HandoverView.class);
        @SuppressWarnings("unchecked")
        Select<Courier> courier = _get(Select.class, spec -> spec.withId("handover-courier"));
        userSets(courier, Courier.JNT);
        _click(_get(Button.class, spec -> spec.withId("handover-open")));
        scan("handover-scan", "JP1111111111");

        _click(_get(Button.class, spec -> spec.withId("handover-remove-" + order.getOrderNumber())));

        assertThat(_get(Span.class, spec -> spec.withId("handover-count")).getText()).isEqualTo("0 paket");
        assertThat(_find(Button.class, spec -> spec.withId("handover-remove-" + order.getOrderNumber()))).isEmpty();
    }

    @Test
    void bulk_diterima_by_scanning_marks_the_parcels_sukses() {
        SalesOrder first = shipped(data, shipping, Courier.JNT, "JP1111111111");
        SalesOrder second = shipped(data, shipping, Courier.JNE, "JN2222222222");
        login("gudang", "GUDANG");
        navigate(HandoverView.class);

        _click(_get(Button.class, spec -> spec.withId("handover-mode-delivered")));
        scan("delivered-scan", "JP1111111111");
        scan("delivered-scan", second.getOrderNumber());
        scan("delivered-scan", "UNKNOWN00000");
        assertThat(feedback("delivered-error").getText()).contains("UNKNOWN00000");
        assertThat(_get(Span.class, spec -> spec.withId("delivered-count")).getText()).startsWith("2 ");

        _click(_get(Button.class, spec -> spec.withId("delivered-apply")));

        assertThat(data.status(first)).isEqualTo("SUKSES");
        assertThat(data.status(second)).isEqualTo("SUKSES");
        assertThat(_get(Span.class, spec -> spec.withId("delivered-count")).getText()).startsWith("0 ");
    }

    @Test
    void cs_gets_the_handover_without_the_diterima_section() {
        login("cs", "CS");
        navigate(HandoverView.class);

        assertThat(_find(Button.class, spec -> spec.withId("handover-open"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("handover-mode-delivered"))).isEmpty();
    }

    /** What a keyboard-wedge scanner does: types the code into the focused field and presses Enter. */
    private static void scan(String fieldId, String code) {
        TextField field = _get(TextField.class, spec -> spec.withId(fieldId));
        var event = JsonNodeFactory.instance.objectNode();
        event.put("event.key", "Enter");
        // the browser evaluates the listener's filter and sends its result under the expression
        event.put("event.key === 'Enter'", true);
        event.put("element.value", code);
        _fireDomEvent(field, "keydown", event);
    }

    private static Div feedback(String id) {
        return _get(Div.class, spec -> spec.withId(id));
    }
}
