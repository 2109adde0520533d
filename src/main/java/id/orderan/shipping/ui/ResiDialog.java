package id.orderan.shipping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.orderan.base.BusinessException;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.order.OrderSheet;
import id.orderan.order.Courier;
import id.orderan.shipping.DuplicateResiException;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Input Resi, built for the warehouse tablet: big fields, big buttons, the resi upper-cased as it
 * is typed. A resi already on another order asks before saving.
 */
public class ResiDialog extends Dialog {

    final ComboBox<Courier> courier = new ComboBox<>();
    /** The courier's services as suggestions; anything else may be typed. */
    final ComboBox<String> service = new ComboBox<>();
    final TextField resi = new TextField();
    final Button save;
    ConfirmDialog duplicateQuestion;

    public ResiDialog(ShippingService shipping, OrderSheet order, Runnable onSaved) {
        setHeaderTitle(getTranslation("resi.title", order.orderNumber()));
        setCloseOnOutsideClick(false);
        addClassNames("orderan-dialog", "orderan-dialog--tablet");
        setWidth("min(34rem, 100vw)");
        courier.setLabel(getTranslation("resi.courier"));
        List<Courier> couriers = shipping.courierChoices(order.courier());
        courier.setItems(couriers);
        courier.setItemLabelGenerator(Courier::label);
        couriers.stream().filter(c -> c.code().equals(order.courier())).findFirst().ifPresent(courier::setValue);
        courier.setRequired(true);
        service.setLabel(getTranslation("resi.service"));
        service.setId("resi-service");
        service.setPlaceholder("REG, YES, EZ…");
        service.setAllowCustomValue(true);
        service.addCustomValueSetListener(e -> suggest(shipping, e.getDetail()));
        courier.addValueChangeListener(e -> suggest(shipping, service.getValue()));
        suggest(shipping, order.courierService());
        resi.setLabel(getTranslation("resi.number"));
        resi.setRequired(true);
        resi.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        resi.addClassName("orderan-resi");
        resi.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        resi.addValueChangeListener(e -> {
            String normalized = ShippingService.normalizeResi(e.getValue());
            if (!normalized.equals(e.getValue())) {
                resi.setValue(normalized);
            }
        });
        var form = new FormLayout(courier, service, resi);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        form.setColspan(resi, 2);
        add(form);

        courier.setId("resi-courier");
        resi.setId("resi-number");
        save = Forms.primary(getTranslation("resi.save"));
        save.setId("resi-save");
        save.addClickListener(e -> save(shipping, order, false, onSaved));
        Button cancel = Forms.secondary(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** The chosen courier's services as suggestions, keeping what is typed as the value. */
    private void suggest(ShippingService shipping, @Nullable String value) {
        List<String> items = new ArrayList<>(courier.getValue() == null ? List.of()
                : shipping.courierServices(courier.getValue()));
        String typed = value == null ? "" : value.strip();
        if (!typed.isEmpty() && !items.contains(typed)) {
            items.add(typed);
        }
        service.setItems(items);
        service.setValue(typed.isEmpty() ? null : typed);
    }

    private void save(ShippingService shipping, OrderSheet order, boolean duplicateConfirmed, Runnable onSaved) {
        if (courier.getValue() == null) {
            courier.setInvalid(true);
            courier.setErrorMessage(getTranslation("resi.courier-required"));
            return;
        }
        try {
            shipping.enterResi(new ResiCommand(order.orderNumber(), courier.getValue(),
                    Objects.requireNonNullElse(service.getValue(), ""), resi.getValue(), duplicateConfirmed));
            Notifications.success(getTranslation("resi.saved", order.orderNumber()));
            close();
            onSaved.run();
        } catch (DuplicateResiException duplicate) {
            duplicateQuestion = new ConfirmDialog(getTranslation("resi.duplicate-title"),
                    getTranslation(duplicate.messageKey(), duplicate.args()), getTranslation("resi.save-anyway"),
                    confirmed -> save(shipping, order, true, onSaved), getTranslation("action.cancel"), cancelled -> { });
            duplicateQuestion.open();
        } catch (BusinessException refused) {
            resi.setInvalid(true);
            resi.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
        }
    }
}
