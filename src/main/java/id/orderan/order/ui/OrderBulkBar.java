package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.orderan.order.OrderRow;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * With orders ticked: what this user's role may do to all of them at once. The buttons are built when
 * orders are ticked (not before), so an open list keeps no bulk components it does not show.
 */
class OrderBulkBar extends HorizontalLayout {

    private final OrderActions actions;
    private final Runnable deselectAndRefresh;
    private final Runnable refresh;

    OrderBulkBar(OrderActions actions, Runnable deselectAndRefresh, Runnable refresh) {
        this.actions = actions;
        this.deselectAndRefresh = deselectAndRefresh;
        this.refresh = refresh;
        addClassName("orderan-bulk");
        setId("bulk-bar");
        setVisible(false);
    }

    void show(Set<OrderRow> rows) {
        // in the grid's default order (newest first), which is also the order documents print in
        List<String> selected = rows.stream()
                .sorted(Comparator.comparing(OrderRow::createdAt).thenComparing(OrderRow::id).reversed())
                .map(OrderRow::orderNumber).toList();
        removeAll();
        setVisible(!selected.isEmpty());
        if (selected.isEmpty()) {
            return;
        }
        add(new Span(getTranslation("orders.selected", selected.size())));
        Runnable done = deselectAndRefresh;
        if (actions.mayCancelOrRetur()) {
            add(button("bulk-cancel", "orders.bulk.cancel", () -> actions.reasonDialog(false, selected, done)));
            add(button("bulk-retur", "orders.bulk.retur", () -> actions.reasonDialog(true, selected, done)));
        }
        if (actions.mayMarkDelivered()) {
            add(button("bulk-delivered", "orders.bulk.delivered", () -> actions.delivered(selected, done)));
        }
        add(button("bulk-labels", "orders.bulk.labels", () -> actions.printLabels(selected, done)));
        if (actions.maySeeMoney()) {
            add(button("bulk-invoices", "orders.bulk.invoices", () -> actions.printInvoices(selected, done)));
            add(button("bulk-invoices-labels", "orders.bulk.invoices-labels",
                    () -> actions.printInvoicesAndLabels(selected, done)));
            add(button("bulk-email", "orders.bulk.email", () -> actions.bulkEmail(selected, refresh)));
            add(button("bulk-whatsapp", "orders.bulk.whatsapp", () -> actions.whatsAppQueue(selected, refresh)));
        }
    }

    private Button button(String id, String key, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }
}
