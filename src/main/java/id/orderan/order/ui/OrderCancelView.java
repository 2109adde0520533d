package id.orderan.order.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/** Order Cancel: cancelled orders, kept out of List Order's tabs. */
@Route("orders/cancel")
@PermitAll
public class OrderCancelView extends AbstractOrderListView {

    public OrderCancelView(OrderQueryService queries, AuthenticationContext authentication) {
        super(queries, authentication, "orders.cancel.title", Set.of(OrderStatus.CANCEL));
    }
}
