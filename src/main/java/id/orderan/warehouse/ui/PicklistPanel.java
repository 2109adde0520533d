package id.orderan.warehouse.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.orderan.document.Picklist;
import id.orderan.document.PicklistPaper;
import java.util.List;
import java.util.function.Consumer;

/**
 * A picklist on screen, in the order the picker walks the racks: location large, SKU and name, the
 * product barcode, the quantity large, and the orders each line serves; then the PDFs (A4, thermal,
 * label + packlist). Rows are blocks, not a wide grid, so nothing scrolls sideways at 768 px.
 * Ids: {@code picklist-result}, {@code picklist-line-<n>} (from 1, walk order), {@code picklist-pdf-a4},
 * {@code picklist-pdf-thermal}, {@code picklist-label-packlist}, {@code picklist-packlist}.
 */
final class PicklistPanel extends Div {

    /** @param labelsPrinted told when staff open the labels + packlists, to record the print on the orders */
    PicklistPanel(Picklist picklist, Consumer<List<String>> labelsPrinted) {
        setId("picklist-result");
        addClassName("orderan-picklist");
        add(new H3(getTranslation("warehouse.picklist.summary", picklist.orderNumbers().size(),
                picklist.totalQuantity(), picklist.lines().size())));
        var links = new Div();
        links.addClassName("orderan-picklist-links");
        links.add(link("picklist-pdf-a4", "warehouse.picklist.pdf-a4",
                WarehouseLinks.picklist(picklist.orderNumbers(), PicklistPaper.A4)));
        links.add(link("picklist-pdf-thermal", "warehouse.picklist.pdf-thermal",
                WarehouseLinks.picklist(picklist.orderNumbers(), PicklistPaper.THERMAL_100X150)));
        Anchor both = link("picklist-label-packlist", "warehouse.picklist.label-packlist",
                WarehouseLinks.packlists(picklist.orderNumbers(), true));
        // opening labels is printing them: recorded by this staff action, never by the GET (decision 0076)
        both.getElement().addEventListener("click", e -> labelsPrinted.accept(picklist.orderNumbers()));
        links.add(both);
        links.add(link("picklist-packlist", "warehouse.picklist.packlist",
                WarehouseLinks.packlists(picklist.orderNumbers(), false)));
        add(links);
        int n = 0;
        for (Picklist.Line line : picklist.lines()) {
            add(row(line, ++n));
        }
    }

    private Div row(Picklist.Line line, int n) {
        var row = new Div();
        row.setId("picklist-line-" + n);
        row.addClassName("orderan-picklist-line");
        var location = new Span(line.location() == null ? getTranslation("warehouse.picklist.no-location")
                : line.location());
        location.addClassName("orderan-picklist-location");
        var quantity = new Span("×" + line.quantity());
        quantity.addClassName("orderan-picklist-qty");
        var what = new Div();
        what.addClassName("orderan-picklist-what");
        var sku = new Span(line.sku());
        sku.addClassName("orderan-picklist-sku");
        what.add(new Div(sku, new Span(" · " + line.name())));
        if (line.barcode() != null) {
            what.add(new Div(getTranslation("warehouse.picklist.barcode", line.barcode())));
        }
        var serves = new Div(getTranslation("warehouse.picklist.serves", String.join(", ", line.orderNumbers())));
        serves.addClassName("orderan-picklist-orders");
        what.add(serves);
        row.add(location, what, quantity);
        return row;
    }

    private Anchor link(String id, String key, String href) {
        var link = new Anchor(href, getTranslation(key));
        link.setTarget(AnchorTarget.BLANK);
        link.setId(id);
        link.addClassName("orderan-warehouse-action");
        return link;
    }
}
