package id.orderan.shipping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.ui.Badge;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.order.CourierDetails;
import id.orderan.order.CourierService;
import id.orderan.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * Pengaturan › Kurir: the shop's courier list (code, name, services, tracking link, active). Inactive
 * couriers leave the pickers but orders that have one keep showing it. Built-in tracking templates say
 * "belum diverifikasi" until an admin saves the courier. Ids: {@code couriers-grid}, {@code courier-add},
 * per row (grid columns {@code state} and {@code actions}) {@code courier-edit-<CODE>},
 * {@code courier-toggle-<CODE>}, {@code courier-state-<CODE>}.
 *
 * @see <a href="../../../../../../../docs/decisions/0160-courier-list-table.md">0160</a>
 */
@Route("settings/couriers")
@RolesAllowed(AppRoles.ADMIN)
public class CourierSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final CourierService couriers;
    final Grid<CourierDetails> grid = new Grid<>();
    final Button add;

    public CourierSettingsView(CourierService couriers) {
        this.couriers = couriers;
        addClassName("orderan-page");
        setMaxWidth("72rem");
        add = Forms.primary(getTranslation("couriers.add"));
        add.setId("courier-add");
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> new CourierDialog(couriers, null, this::saved).open());
        grid.setId("couriers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CourierDetails::code).setHeader(getTranslation("couriers.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CourierDetails::name).setHeader(getTranslation("couriers.name")).setFlexGrow(1);
        grid.addColumn(c -> String.join(", ", c.services())).setHeader(getTranslation("couriers.services"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("couriers.tracking"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("couriers.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(new HorizontalLayout(new H2(getTranslation("couriers.title")), add),
                new Paragraph(getTranslation("couriers.help")), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(couriers.all());
    }

    private void saved(CourierDetails courier) {
        refresh();
        Notifications.success(getTranslation("couriers.courier-saved", courier.name()));
    }

    private Span state(CourierDetails courier) {
        Span badge;
        if (courier.trackingUrlTemplate() == null) {
            badge = Badge.of(getTranslation("couriers.state.none"), "neutral");
        } else if (courier.templateUnverified()) {
            badge = Badge.of(getTranslation("couriers.state.unverified"), "warning");
        } else {
            badge = Badge.of(getTranslation("couriers.state.verified"), "sukses");
        }
        badge.setId("courier-state-" + courier.code());
        badge.getElement().setAttribute("title", courier.trackingUrlTemplate() == null ? ""
                : courier.trackingUrlTemplate());
        return badge;
    }

    private HorizontalLayout actions(CourierDetails courier) {
        var edit = new Button(getTranslation("couriers.edit-action"), e -> new CourierDialog(couriers, courier, this::saved)
                .open());
        edit.setId("courier-edit-" + courier.code());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var toggle = new Button(getTranslation(courier.active() ? "couriers.deactivate" : "couriers.activate"),
                e -> toggle(courier));
        toggle.setId("courier-toggle-" + courier.code());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var active = Badge.of(getTranslation(courier.active() ? "couriers.state.active" : "couriers.state.inactive"),
                courier.active() ? "sukses" : "neutral");
        var actions = new HorizontalLayout(active, edit, toggle);
        actions.setAlignItems(Alignment.CENTER);
        return actions;
    }

    void toggle(CourierDetails courier) {
        CourierDetails stored = Forms.attempt(this,
                () -> couriers.setActive(courier.code(), !courier.active(), courier.version()));
        refresh();
        if (stored != null) {
            Notifications.success(getTranslation(stored.active() ? "couriers.activated" : "couriers.deactivated",
                    stored.name()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("couriers.title") + " · Orderan";
    }
}
