package id.orderan.shipping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.orderan.base.ui.Forms;
import id.orderan.order.CourierCommand;
import id.orderan.order.CourierDetails;
import id.orderan.order.CourierService;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits a courier of the list. The code is fixed once saved (orders store it); the service
 * validates everything and a refusal keeps the typing. Ids: {@code courier-code}, {@code courier-name},
 * {@code courier-services}, {@code courier-template}, {@code courier-active}, {@code courier-save}.
 */
class CourierDialog extends Dialog {

    /** The form's values as typed. */
    static final class Form {
        String code = "";
        String name = "";
        String services = "";
        String template = "";
        boolean active = true;
    }

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField services = new TextField();
    final TextField template = new TextField();
    final Checkbox active = new Checkbox();
    final Button save;
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();

    CourierDialog(CourierService couriers, @Nullable CourierDetails editing, Consumer<CourierDetails> onSaved) {
        setHeaderTitle(getTranslation(editing == null ? "couriers.new" : "couriers.edit",
                editing == null ? "" : editing.name()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(40rem, 100vw)");
        code.setId("courier-code");
        code.setLabel(getTranslation("couriers.code"));
        code.setHelperText(getTranslation("couriers.code.helper"));
        code.setMaxLength(30);
        code.setRequired(true);
        code.setReadOnly(editing != null);
        name.setId("courier-name");
        name.setLabel(getTranslation("couriers.name"));
        name.setMaxLength(60);
        name.setRequired(true);
        services.setId("courier-services");
        services.setLabel(getTranslation("couriers.services"));
        services.setHelperText(getTranslation("couriers.services.helper"));
        template.setId("courier-template");
        template.setLabel(getTranslation("couriers.tracking"));
        template.setPlaceholder("https://…?resi={resi}");
        template.setHelperText(getTranslation("couriers.template.helper"));
        template.setMaxLength(500);
        active.setId("courier-active");
        active.setLabel(getTranslation("couriers.state.active"));
        binder.forField(code).bind(f -> f.code, (f, v) -> f.code = v.strip().toUpperCase(Locale.ROOT));
        binder.forField(name).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(services).bind(f -> f.services, (f, v) -> f.services = v);
        binder.forField(template).bind(f -> f.template, (f, v) -> f.template = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);
        if (editing != null) {
            form.code = editing.code();
            form.name = editing.name();
            form.services = String.join(", ", editing.services());
            form.template = Objects.requireNonNullElse(editing.trackingUrlTemplate(), "");
            form.active = editing.active();
        }
        binder.readBean(form);
        var layout = new FormLayout(code, name, services, template, active);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        layout.setColspan(template, 2);
        add(layout);

        save = Forms.primary(getTranslation("action.save"));
        save.setId("courier-save");
        save.addClickListener(e -> save(couriers, editing, onSaved));
        Button cancel = Forms.secondary(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void save(CourierService couriers, @Nullable CourierDetails editing, Consumer<CourierDetails> onSaved) {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        var command = new CourierCommand(form.code, form.name, List.of(form.services), form.template, form.active,
                editing == null ? null : editing.version());
        CourierDetails stored = Forms.attempt(this, () -> couriers.save(command));
        if (stored != null) {
            close();
            onSaved.accept(stored);
        }
    }
}
