package id.orderan.order.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import id.orderan.security.AppRoles;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Set;

/**
 * The common body of List Order, Order Cancel and Order Retur. Route annotations stay on the
 * concrete views: Vaadin inherits {@code @RouteAlias}, which would give every subclass the root path.
 */
abstract class AbstractOrderListView extends VerticalLayout implements HasDynamicTitle {

    private final OrderGrid grid;
    private final String titleKey;

    AbstractOrderListView(OrderQueryService queries, AuthenticationContext authentication, String titleKey,
            Set<OrderStatus> statuses) {
        this.titleKey = titleKey;
        addClassName("orderan-page");
        setSizeFull();
        grid = new OrderGrid(queries);
        grid.setFilter(OrderFilter.all().withStatuses(statuses));
        grid.setSizeFull();
        // the service already withholds amounts from the warehouse; hide the empty column too
        grid.getColumnByKey("grandTotal").setVisible(
                authentication.hasAnyRole(AppRoles.ADMIN, AppRoles.CS));
        var title = new H2(getTranslation(titleKey));
        title.addClassName("orderan-page__title");
        add(title, grid);
    }

    OrderGrid grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · Orderan";
    }
}
