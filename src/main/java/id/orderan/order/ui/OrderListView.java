package id.orderan.order.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.orderan.order.OrderExportService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Set;

/** List Order: the screen staff live in all day, and the home page. */
@Route("orders")
@RouteAlias("")
@PermitAll
public class OrderListView extends AbstractOrderListView {

    public OrderListView(OrderQueryService queries, OrderListBroadcaster broadcaster, Clock clock,
            AuthenticationContext authentication, OrderActions actions, OrderExportService exports) {
        super(queries, exports, broadcaster, clock, authentication, actions, "orders.title", "orders", Set.of());
    }
}
