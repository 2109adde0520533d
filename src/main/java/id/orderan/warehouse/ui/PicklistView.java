package id.orderan.warehouse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.ui.Notifications;
import id.orderan.document.WarehouseDocuments;
import id.orderan.order.CourierService;
import id.orderan.order.OrderService;
import id.orderan.security.AppRoles;
import id.orderan.warehouse.PicklistService;
import id.orderan.warehouse.QueueOrder;
import id.orderan.warehouse.WarehouseQueueService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picklist: choose orders from Siap dikemas (tap each, or "pilih semua" for the courier chosen in the
 * chips), then the picklist: items summed by SKU in rack order, on screen and as PDFs. Orders are
 * listed a page at a time; "pilih semua" asks the service for every number of the queue (capped at
 * what one picklist serves), not only the loaded ones.
 *
 * <p>Ids: chips {@code picklist-courier-<code>}, checkboxes {@code pick-<order number>},
 * {@code picklist-select-all}, {@code picklist-clear}, {@code picklist-selected}, {@code picklist-build},
 * {@code picklist-more}; the result is {@link PicklistPanel}.
 */
@Route(value = "gudang/picklist", layout = WarehouseLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS, AppRoles.GUDANG})
public class PicklistView extends Div implements HasDynamicTitle {

    private static final int PAGE = 100;

    private final WarehouseQueueService queues;
    private final PicklistService picklists;
    private final OrderService orders;
    private final CourierNames couriers;
    private final CourierChips chips;
    private final Set<String> selected = new LinkedHashSet<>();
    private final List<Checkbox> boxes = new ArrayList<>();
    private final Div list = new Div();
    private final Span selectedCount = new Span();
    private final Button more;
    private final Div result = new Div();
    private int loaded;

    public PicklistView(WarehouseQueueService queues, PicklistService picklists, OrderService orders,
            CourierService courierService) {
        this.queues = queues;
        this.picklists = picklists;
        this.orders = orders;
        this.couriers = new CourierNames(courierService, this);
        addClassName("orderan-picklist-view");
        add(new H2(getTranslation("warehouse.nav.picklist")));
        chips = new CourierChips("picklist-courier", couriers, code -> reloadList());
        var selectAll = new Button(getTranslation("warehouse.picklist.select-all"), e -> selectAll());
        selectAll.setId("picklist-select-all");
        var clear = new Button(getTranslation("warehouse.picklist.clear"), e -> {
            selected.clear();
            boxes.forEach(b -> b.setValue(false));
            showSelected();
        });
        clear.setId("picklist-clear");
        var build = new Button(getTranslation("warehouse.picklist.build"), e -> build());
        build.setId("picklist-build");
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        selectedCount.setId("picklist-selected");
        var actions = new Div(selectAll, clear, selectedCount, build);
        actions.addClassName("orderan-picklist-actions");
        list.addClassName("orderan-pick-list");
        more = new Button(getTranslation("warehouse.more"), e -> loadMore());
        more.setId("picklist-more");
        add(chips, actions, list, more, result);
        chips.show(queues.counts());
        reloadList();
        showSelected();
    }

    private void reloadList() {
        list.removeAll();
        boxes.clear();
        loaded = 0;
        loadMore();
    }

    private void loadMore() {
        List<QueueOrder> page = queues.readyToPack(chips.chosen(), loaded, PAGE);
        for (QueueOrder order : page) {
            list.add(box(order));
        }
        loaded += page.size();
        if (loaded == 0) {
            list.add(new Div(getTranslation("warehouse.queue.empty")));
        }
        more.setVisible(page.size() == PAGE);
    }

    private Checkbox box(QueueOrder order) {
        String label = order.orderNumber() + " · " + couriers.label(order.courier()) + " · "
                + order.items().stream().map(i -> i.sku() + " ×" + i.quantity()).collect(Collectors.joining(", "));
        var box = new Checkbox(label, selected.contains(order.orderNumber()));
        box.setId("pick-" + order.orderNumber());
        box.addClassName("orderan-pick");
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                selected.add(order.orderNumber());
            } else {
                selected.remove(order.orderNumber());
            }
            showSelected();
        });
        boxes.add(box);
        return box;
    }

    /** Every Siap dikemas order of the chosen courier (or all), up to what one picklist serves. */
    private void selectAll() {
        selected.addAll(queues.readyToPackNumbers(chips.chosen()));
        if (selected.size() > WarehouseDocuments.MAX_ORDERS) {
            Notifications.error(getTranslation("error.document.bulk-size", WarehouseDocuments.MAX_ORDERS));
        }
        boxes.forEach(b -> b.setValue(selected.contains(b.getId().orElse("").substring("pick-".length()))));
        showSelected();
    }

    private void showSelected() {
        selectedCount.setText(getTranslation("warehouse.picklist.selected", selected.size()));
    }

    private void build() {
        result.removeAll();
        if (selected.isEmpty()) {
            Notifications.error(getTranslation("warehouse.picklist.none-selected"));
            return;
        }
        result.add(new PicklistPanel(picklists.picklist(List.copyOf(selected)), orders::labelsPrinted));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warehouse.nav.picklist");
    }
}
