package id.orderan.order.ui;

import com.vaadin.flow.router.Route;
import id.orderan.order.OrderExportService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Set;

/** Order Retur: parcels that came back, with the reason. */
@Route("orders/retur")
@PermitAll
public class OrderReturView extends AbstractOrderListView {

    public OrderReturView(OrderQueryService queries, OrderListBroadcaster broadcaster, Clock clock,
            OrderActions actions, OrderExportService exports) {
        super(queries, exports, broadcaster, clock, actions, "orders.retur.title", "orders/retur", Set.of(OrderStatus.RETUR));
    }
}
