package id.orderan.warehouse.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/** Gudang home: the packing queues (built by the warehouse-home work of issue 14). */
@Route(value = "gudang", layout = WarehouseLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS, AppRoles.GUDANG})
public class WarehouseHomeView extends VerticalLayout implements HasDynamicTitle {

    public WarehouseHomeView() {
        add(new H2(getTranslation("warehouse.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warehouse.title");
    }
}
