package id.orderan.order.ui;

import com.vaadin.flow.router.Route;
import id.orderan.order.OrderExportService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Set;

/** Order Cancel: cancelled orders with their reason, kept out of List Order's tabs. */
@Route("orders/cancel")
@PermitAll
public class OrderCancelView extends AbstractOrderListView {

    public OrderCancelView(OrderQueryService queries, OrderListBroadcaster broadcaster, Clock clock,
            OrderActions actions, OrderExportService exports) {
        super(queries, exports, broadcaster, clock, actions, "orders.cancel.title", "orders/cancel", Set.of(OrderStatus.CANCEL));
    }
}
