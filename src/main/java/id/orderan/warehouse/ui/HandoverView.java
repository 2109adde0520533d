package id.orderan.warehouse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.order.CourierService;
import id.orderan.security.AppRoles;
import id.orderan.security.Permissions;
import id.orderan.warehouse.DeliveredService;
import id.orderan.warehouse.HandoverService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * {@code /gudang/serah-terima}: the handover to the courier and, for those who mark deliveries (ADMIN,
 * GUDANG), Diterima in bulk. Two large buttons switch between the sections, so each keeps its own scan
 * field. Ids: {@code handover-mode-handover}, {@code handover-mode-delivered}.
 */
@Route(value = "gudang/serah-terima", layout = WarehouseLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS, AppRoles.GUDANG})
public class HandoverView extends Div implements HasDynamicTitle {

    public HandoverView(HandoverService handover, DeliveredService delivered, CourierService couriers,
            Permissions permissions, Clock clock) {
        addClassName("orderan-handover-view");
        var handoverPanel = new HandoverPanel(handover, couriers, clock);
        var modes = new Div();
        modes.addClassName("orderan-handover-modes");
        var handoverMode = new Button(getTranslation("handover.mode.handover"));
        handoverMode.setId("handover-mode-handover");
        handoverMode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        modes.add(handoverMode);
        add(modes, handoverPanel);
        if (permissions.mayShip()) {
            var deliveredPanel = new DeliveredPanel(delivered, clock);
            deliveredPanel.setVisible(false);
            var deliveredMode = new Button(getTranslation("handover.mode.delivered"));
            deliveredMode.setId("handover-mode-delivered");
            handoverMode.addClickListener(e -> {
                handoverPanel.setVisible(true);
                deliveredPanel.setVisible(false);
                handoverMode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                deliveredMode.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            });
            deliveredMode.addClickListener(e -> {
                handoverPanel.setVisible(false);
                deliveredPanel.setVisible(true);
                deliveredMode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                handoverMode.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            });
            modes.add(deliveredMode);
            add(deliveredPanel);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warehouse.nav.handover");
    }
}
