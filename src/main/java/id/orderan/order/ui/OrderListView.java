package id.orderan.order.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import id.orderan.base.SetupStep;
import id.orderan.base.ui.SetupChecklist;
import id.orderan.order.OrderExportService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import id.orderan.security.Permissions;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * List Order: the screen staff live in all day, and the home page. A new shop's admin finds the *Mulai*
 * checklist here until every step is done.
 *
 * @see "docs/decisions/0040-mulai-checklist.md"
 */
@Route("orders")
@RouteAlias("")
@PermitAll
public class OrderListView extends AbstractOrderListView {

    public OrderListView(OrderQueryService queries, OrderListBroadcaster broadcaster, Clock clock,
            OrderActions actions, OrderExportService exports,
            ObjectProvider<SetupStep> setupSteps, Permissions may) {
        super(queries, exports, broadcaster, clock, actions, "orders.title", "orders", Set.of());
        if (may.mayAdminister()) {
            var checklist = new SetupChecklist(setupSteps.stream().toList());
            if (!checklist.isComplete()) {
                addComponentAtIndex(1, checklist); // under the title: the first thing a new shop's admin reads
            }
        }
    }
}
