package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import id.orderan.base.ChangeFeed;
import id.orderan.base.ui.CoalescedPush;
import id.orderan.order.OrderFeed;
import id.orderan.order.OrderCreated;
import id.orderan.order.OrderStatusChanged;
import jakarta.annotation.PreDestroy;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open order lists that orders changed, after the change committed. Changes are coalesced
 * into at most one push per UI every {@value #TICK_MILLIS} ms, so a bulk update of a hundred
 * orders costs each open screen one refresh, and every screen is current within about a second.
 * Changes committed on another application node arrive through the {@link ChangeFeed} (its poll
 * interval plus this tick: about a second too).
 *
 * @see <a href="../../../../../../../docs/decisions/0190-change-feed-across-nodes.md">0190 change feed</a>
 */
@Component
// the shared List Order results (0215) must hear of a change before this pushes it: they subscribe first
@DependsOn("orderListSnapshots")
class OrderListBroadcaster {

    static final long TICK_MILLIS = 700;

    private final CoalescedPush push = new CoalescedPush("order-list-push", TICK_MILLIS);
    private final ChangeFeed.Subscription otherNodes;

    OrderListBroadcaster(ChangeFeed feed) {
        otherNodes = feed.subscribe(OrderFeed.TOPIC, push::changed);
    }

    Registration register(UI ui, Runnable onChange) {
        return push.register(ui, onChange);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderCreated event) {
        push.changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderStatusChanged event) {
        push.changed();
    }

    void pushIfChanged() {
        push.pushIfChanged();
    }

    @PreDestroy
    void stop() {
        otherNodes.close();
        push.stop();
    }
}
