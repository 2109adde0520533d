package id.orderan.order.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.orderan.order.OrderQueryService;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/** List Order: the screen staff live in, and the home page. Newest orders first, paged lazily. */
@Route("orders")
@RouteAlias("")
@PermitAll
public class OrderListView extends AbstractOrderListView {

    public OrderListView(OrderQueryService queries, AuthenticationContext authentication) {
        super(queries, authentication, "orders.title", Set.of());
    }
}
