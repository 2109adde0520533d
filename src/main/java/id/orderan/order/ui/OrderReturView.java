package id.orderan.order.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/** Order Retur: parcels that came back. */
@Route("orders/retur")
@PermitAll
public class OrderReturView extends AbstractOrderListView {

    public OrderReturView(OrderQueryService queries, AuthenticationContext authentication) {
        super(queries, authentication, "orders.retur.title", Set.of(OrderStatus.RETUR));
    }
}
