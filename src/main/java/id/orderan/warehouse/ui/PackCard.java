package id.orderan.warehouse.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.warehouse.PackLine;
import id.orderan.warehouse.PackingSheet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The order on the packing table: who it goes to and with which courier, the COD amount to collect (the one
 * amount the warehouse sees), and its items with rack, quantity and a big tick per completed line. Ids:
 * {@code pack-order}, {@code pack-lines}, {@code pack-line-<SKU>} (class {@code orderan-pack-line--done}
 * when complete), {@code pack-count-<SKU>}.
 */
class PackCard extends Div {

    private final Div header = new Div();
    private final Div lines = new Div();

    PackCard() {
        addClassName("orderan-pack-card");
        header.setId("pack-order");
        header.addClassName("orderan-pack-order");
        lines.setId("pack-lines");
        lines.addClassName("orderan-pack-lines");
        add(header, lines);
        setVisible(false);
    }

    void show(@Nullable PackingSheet sheet, @Nullable String courierLabel, @Nullable String justTicked) {
        header.removeAll();
        lines.removeAll();
        setVisible(sheet != null);
        if (sheet == null) {
            return;
        }
        var number = new Span(sheet.orderNumber());
        number.addClassName("orderan-pack-number");
        var recipient = new Span(sheet.recipientName());
        recipient.addClassName("orderan-pack-recipient");
        header.add(number, recipient);
        if (courierLabel != null) {
            var courier = new Span(courierLabel + (sheet.courierService() == null ? "" : " " + sheet.courierService()));
            courier.addClassName("orderan-pack-courier");
            header.add(courier);
        }
        if (sheet.cod() && sheet.codToCollect() != null) {
            var cod = new Span(getTranslation("packing.cod", Rupiah.format(sheet.codToCollect())));
            cod.setId("pack-cod");
            cod.addClassName("orderan-pack-cod");
            header.add(cod);
        }
        if (sheet.packed()) {
            var packed = new Span(getTranslation("packing.packed-by", Objects.requireNonNullElse(sheet.packedBy(), ""),
                    JakartaTime.format(Objects.requireNonNull(sheet.packedAt()), getLocale())));
            packed.addClassName("orderan-pack-packed-by");
            header.add(packed);
        }
        for (PackLine line : sheet.lines()) {
            lines.add(line(line, line.sku().equals(justTicked)));
        }
    }

    private Div line(PackLine line, boolean justTicked) {
        var row = new Div();
        row.setId("pack-line-" + line.sku());
        row.addClassName("orderan-pack-line");
        row.setClassName("orderan-pack-line--done", line.complete());
        row.setClassName("orderan-pack-line--ticked", justTicked);
        var tick = (line.complete() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        tick.addClassName("orderan-pack-tick");
        var name = new Div(new Span(line.productName()));
        name.addClassName("orderan-pack-name");
        var detail = new Span(line.sku() + (line.barcode() == null ? "" : " · " + line.barcode()));
        detail.addClassName("orderan-pack-sku");
        name.add(detail);
        var rack = new Span(line.location() == null ? "—" : line.location());
        rack.addClassName("orderan-pack-rack");
        rack.getElement().setAttribute("title", getTranslation("packing.rack"));
        var count = new Span(getTranslation("packing.count", line.scanned(), line.quantity()));
        count.setId("pack-count-" + line.sku());
        count.addClassName("orderan-pack-count");
        row.add(tick, name, rack, count);
        return row;
    }
}
