package id.orderan.order.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import id.orderan.security.AppRoles;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/** List Order: the screen staff live in. Newest orders first, paged lazily from the database. */
@Route("orders")
@RouteAlias("")
@PermitAll
public class OrderListView extends VerticalLayout implements HasDynamicTitle {

    private final OrderGrid grid;
    private final String titleKey;

    public OrderListView(OrderQueryService queries, AuthenticationContext authentication) {
        this(queries, authentication, "orders.title", Set.of());
    }

    OrderListView(OrderQueryService queries, AuthenticationContext authentication, String titleKey,
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
