package id.orderan.warehouse.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import id.orderan.security.Role;
import org.springframework.stereotype.Component;

/**
 * Warehouse staff start at the station: a GUDANG user (without a back-office role) who opens the root
 * address (where sign-in lands; List Order's alias) is forwarded to {@code /gudang}. Done here, from the
 * warehouse side, because order must not know the warehouse exists; admins and CS keep List Order as
 * their home and find Gudang in the menu. Only the root is forwarded: {@code /orders} (the menu's List
 * Order link, with its Aksi dialogs) stays reachable for the warehouse, as does any link to an order.
 *
 * @see <a href="../../../../../../../docs/decisions/0173-gudang-is-home-for-the-warehouse.md">0173</a>
 */
@Component
class GudangLanding implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    GudangLanding(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::landAtStation));
    }

    private void landAtStation(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        if (path.isEmpty() && warehouseOnly()) {
            event.forwardTo(WarehouseHomeView.class);
        }
    }

    private boolean warehouseOnly() {
        return currentUser.hasRole(Role.GUDANG) && !currentUser.hasAnyRole(Permissions.MONEY_ROLES);
    }
}
