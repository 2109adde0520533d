package id.orderan.shipping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.JakartaTime;
import id.orderan.base.ui.Badge;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.order.Courier;
import id.orderan.security.AppRoles;
import id.orderan.shipping.ShippingService;
import id.orderan.shipping.TrackingTemplate;
import id.orderan.shipping.TrackingTemplateCommand;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pengaturan › Kurir: the tracking URL template per courier ({@code {resi}} marks the resi) that the
 * buyer's page links to. Built-in defaults say "belum diverifikasi" until an admin saves one; each
 * courier can go back to its default. Ids: {@code tracking-<COURIER>}, {@code tracking-save-…},
 * {@code tracking-reset-…}, {@code tracking-state-…}.
 *
 * @see <a href="../../../../../../../docs/decisions/0151-courier-tracking-templates.md">0151</a>
 */
@Route("settings/couriers")
@RolesAllowed(AppRoles.ADMIN)
public class CourierSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ShippingService shipping;
    private final Map<Courier, TrackingTemplate> current = new EnumMap<>(Courier.class);
    final Map<Courier, TextField> fields = new EnumMap<>(Courier.class);
    private final Map<Courier, Div> states = new EnumMap<>(Courier.class);
    private final Map<Courier, Button> resets = new EnumMap<>(Courier.class);

    public CourierSettingsView(ShippingService shipping) {
        this.shipping = shipping;
        addClassName("orderan-page");
        setMaxWidth("64rem");
        add(new H2(getTranslation("couriers.title")), new Paragraph(getTranslation("couriers.help")));
        for (TrackingTemplate template : shipping.trackingTemplates()) {
            add(row(template));
            show(template);
        }
    }

    private Div row(TrackingTemplate template) {
        Courier courier = template.courier();
        String code = courier.name();
        var field = new TextField();
        field.setId("tracking-" + code);
        field.setWidthFull();
        field.setMaxLength(500);
        field.setPlaceholder("https://…?resi={resi}");
        field.setAriaLabel(getTranslation("couriers.template", courier.label()));
        fields.put(courier, field);

        var state = new Div();
        state.setId("tracking-state-" + code);
        states.put(courier, state);

        var save = new Button(getTranslation("action.save"), e -> save(courier));
        save.setId("tracking-save-" + code);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button(getTranslation("couriers.reset"), e -> reset(courier));
        reset.setId("tracking-reset-" + code);
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resets.put(courier, reset);

        var actions = new HorizontalLayout(field, save, reset);
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.expand(field);
        var row = new Div(new H3(getTranslation(courier.labelKey())), state, actions);
        row.addClassName("orderan-courier-tracking");
        return row;
    }

    private void show(TrackingTemplate template) {
        Courier courier = template.courier();
        current.put(courier, template);
        Objects.requireNonNull(fields.get(courier)).setValue(Objects.requireNonNullElse(template.template(), ""));
        Div state = Objects.requireNonNull(states.get(courier));
        state.removeAll();
        state.add(badge(template));
        Objects.requireNonNull(resets.get(courier)).setEnabled(!template.builtIn());
    }

    private Span badge(TrackingTemplate template) {
        if (template.unverified()) {
            return Badge.of(getTranslation("couriers.state.unverified"), "warning");
        }
        if (template.builtIn()) {
            return Badge.of(getTranslation("couriers.state.none"), "neutral");
        }
        String when = template.updatedAt() == null ? "" : JakartaTime.format(template.updatedAt(), getLocale());
        return Badge.of(getTranslation(template.template() == null ? "couriers.state.saved-none"
                : "couriers.state.saved", template.updatedBy(), when), "sukses");
    }

    void save(Courier courier) {
        var command = new TrackingTemplateCommand(courier, Objects.requireNonNull(fields.get(courier)).getValue(),
                Objects.requireNonNull(current.get(courier)).version());
        done(Forms.attempt(this, () -> shipping.saveTrackingTemplate(command)), "couriers.saved");
    }

    void reset(Courier courier) {
        long version = Objects.requireNonNull(current.get(courier)).version();
        done(Forms.attempt(this, () -> shipping.resetTrackingTemplate(courier, version)), "couriers.reset.done");
    }

    private void done(@Nullable TrackingTemplate stored, String key) {
        if (stored != null) {
            show(stored);
            Notifications.success(getTranslation(key, stored.courier().label()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("couriers.title") + " · Orderan";
    }
}
