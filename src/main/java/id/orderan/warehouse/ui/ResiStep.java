package id.orderan.warehouse.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.BusinessException;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderService;
import id.orderan.shipping.DuplicateResiException;
import id.orderan.shipping.ShippingService;
import id.orderan.warehouse.PackingService;
import id.orderan.warehouse.PackingSheet;
import id.orderan.warehouse.ResiEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * After packing: the resi, scanned into the scan field or typed here, with the courier prefilled from the
 * order, saved through the shipping service (a resi already on another order asks first). Then the order
 * is in Proses Pengiriman and the label can be printed at once. Only for the shipping roles (decision 0166);
 * CS see who enters it. Ids: {@code pack-resi}, {@code resi-courier}, {@code resi-service}, {@code resi-field},
 * {@code resi-save}, {@code resi-done}, {@code pack-print-label}, {@code resi-duplicate} (the question).
 */
class ResiStep extends Div {

    private final PackingService packing;
    private final OrderService orders;
    private final boolean mayShip;
    private final Consumer<String> onError;
    private final Consumer<String> onSaved;
    private final Runnable refocus;
    final ComboBox<Courier> courier = new ComboBox<>();
    final TextField service = new TextField();
    final TextField resi = new TextField();
    private final Div form = new Div();
    private final Div done = new Div();
    private @Nullable PackingSheet sheet;
    @Nullable ConfirmDialog duplicateQuestion;

    ResiStep(PackingService packing, OrderService orders, CourierService couriers, boolean mayShip,
            Consumer<String> onError, Consumer<String> onSaved, Runnable refocus) {
        this.packing = packing;
        this.orders = orders;
        this.mayShip = mayShip;
        this.onError = onError;
        this.onSaved = onSaved;
        this.refocus = refocus;
        setId("pack-resi");
        addClassName("orderan-pack-resi");
        courier.setId("resi-courier");
        courier.setLabel(getTranslation("resi.courier"));
        courier.setItemLabelGenerator(Courier::label);
        courier.setItems(new ArrayList<>(couriers.active()));
        courier.addValueChangeListener(e -> refocus.run());
        service.setId("resi-service");
        service.setLabel(getTranslation("resi.service"));
        service.setPlaceholder("REG, YES, EZ…");
        resi.setId("resi-field");
        resi.setLabel(getTranslation("packing.resi-typed"));
        resi.addClassName("orderan-resi");
        resi.getElement().addEventListener("keydown", event -> submit(event.getEventData().has("element.value")
                ? event.getEventData().get("element.value").asString() : resi.getValue()))
                .setFilter("event.key === 'Enter'").addEventData("element.value");
        Button save = Forms.primary(getTranslation("resi.save"));
        save.setId("resi-save");
        save.addClickListener(e -> submit(resi.getValue()));
        form.addClassName("orderan-pack-resi-form");
        form.add(courier, service, resi, save);
        done.setId("resi-done");
        done.addClassName("orderan-pack-resi-done");
        setVisible(false);
    }

    /** Shows the step for a packed order (courier and service from the order), or hides it. */
    void show(@Nullable PackingSheet packed, @Nullable Courier orderCourier) {
        sheet = packed;
        removeAll();
        done.removeAll();
        setVisible(packed != null && packed.packed());
        if (!isVisible()) {
            return;
        }
        var title = new Span(getTranslation("packing.resi-title"));
        title.addClassName("orderan-pack-resi-title");
        add(title);
        if (!mayShip) {
            var note = new Span(getTranslation("packing.resi-not-allowed"));
            note.setId("pack-resi-not-allowed");
            add(note);
            return;
        }
        if (orderCourier != null && !courierItems().contains(orderCourier)) {
            List<Courier> items = new ArrayList<>(courierItems());
            items.add(orderCourier); // an inactive courier the order still names
            courier.setItems(items);
        }
        courier.setValue(orderCourier);
        service.setValue(packed.courierService() == null ? "" : packed.courierService());
        resi.clear();
        resi.setInvalid(false);
        courier.setInvalid(false);
        form.setVisible(true);
        add(form, done);
    }

    boolean accepting() {
        return isVisible() && mayShip && sheet != null;
    }

    /** A resi scanned or typed: saved through the shipping service, with the duplicate question when needed. */
    void submit(String typed) {
        if (!accepting() || typed.isBlank()) {
            return;
        }
        resi.setValue(ShippingService.normalizeResi(typed));
        save(false);
    }

    private void save(boolean duplicateConfirmed) {
        PackingSheet current = sheet;
        if (current == null) {
            return;
        }
        Courier chosen = courier.getValue();
        if (chosen == null) {
            courier.setInvalid(true);
            courier.setErrorMessage(getTranslation("resi.courier-required"));
            onError.accept(getTranslation("resi.courier-required"));
            return;
        }
        try {
            packing.enterResi(new ResiEntry(current.orderNumber(), chosen.code(), service.getValue(), resi.getValue(),
                    duplicateConfirmed));
        } catch (DuplicateResiException duplicate) {
            duplicateQuestion = new ConfirmDialog(getTranslation("resi.duplicate-title"),
                    getTranslation(duplicate.messageKey(), duplicate.args()), getTranslation("resi.save-anyway"),
                    confirmed -> save(true), getTranslation("action.cancel"), cancelled -> refocus.run());
            duplicateQuestion.setId("resi-duplicate");
            duplicateQuestion.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    refocus.run();
                }
            });
            duplicateQuestion.open();
            return;
        } catch (BusinessException refused) {
            String message = getTranslation(refused.messageKey(), UiErrorHandler.translatedArgs(this, refused.args()));
            resi.setInvalid(true);
            resi.setErrorMessage(message);
            onError.accept(message);
            return;
        }
        saved(current, chosen);
    }

    private void saved(PackingSheet current, Courier chosen) {
        String number = current.orderNumber();
        String savedResi = resi.getValue();
        sheet = null;
        form.setVisible(false);
        var text = new Span(getTranslation("packing.resi-saved", number, chosen.label(), savedResi));
        text.addClassName("orderan-pack-resi-saved");
        Button print = Forms.secondary(getTranslation("packing.print-label"));
        print.setId("pack-print-label");
        print.addClickListener(e -> {
            // recorded by this action in its own short transaction; the PDF's GET only renders
            if (Forms.attempt(this, () -> orders.labelsPrinted(List.of(number)))) {
                UI.getCurrent().getPage().open("documents/label/" + number + ".pdf", "_blank");
            }
            refocus.run();
        });
        done.add(text, print);
        onSaved.accept(number);
    }

    private List<Courier> courierItems() {
        return courier.getListDataView().getItems().toList();
    }
}
