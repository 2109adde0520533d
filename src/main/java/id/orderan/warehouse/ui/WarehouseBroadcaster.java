package id.orderan.warehouse.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import id.orderan.base.ChangeFeed;
import id.orderan.base.ui.CoalescedPush;
import id.orderan.order.OrderFeed;
import id.orderan.order.OrderCreated;
import id.orderan.order.OrderStatusChanged;
import id.orderan.warehouse.ManifestClosed;
import id.orderan.warehouse.OrderPacked;
import id.orderan.warehouse.PackingStartedOver;
import id.orderan.warehouse.WarehouseFeed;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open Gudang screens that their queues moved, after the change committed: a new order, a
 * status move (paid → Siap dikemas, resi → Siap diserahkan, cancelled → gone) or a packed order
 * ({@link OrderPacked}). Like List Order's broadcaster, changes are coalesced into at most one push per
 * screen every {@value #TICK_MILLIS} ms, so a bulk resi of 500 rows costs each tablet one refresh.
 * Another node's changes arrive through the {@link ChangeFeed}'s order and warehouse topics.
 *
 * @see <a href="../../../../../../../docs/decisions/0190-change-feed-across-nodes.md">0190 change feed</a>
 * @see <a href="../../../../../../../docs/decisions/0171-gudang-home-live-updates.md">0171</a>
 */
@Component
class WarehouseBroadcaster {

    static final long TICK_MILLIS = 700;

    private final CoalescedPush push = new CoalescedPush("warehouse-push", TICK_MILLIS);
    private final ChangeFeed.Subscription otherNodesOrders;
    private final ChangeFeed.Subscription otherNodesWarehouse;

    WarehouseBroadcaster(ChangeFeed feed) {
        otherNodesOrders = feed.subscribe(OrderFeed.TOPIC, push::changed);
        otherNodesWarehouse = feed.subscribe(WarehouseFeed.TOPIC, push::changed);
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

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderPacked event) {
        push.changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ManifestClosed event) {
        push.changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PackingStartedOver event) {
        if (event.wasPacked()) { // dropping partial ticks moves no order between the queues
            push.changed();
        }
    }

    /** Whether a push is waiting (for tests, which call {@link #pushIfChanged} themselves). */
    boolean pending() {
        return push.pending();
    }

    void pushIfChanged() {
        push.pushIfChanged();
    }

    @PreDestroy
    void stop() {
        otherNodesOrders.close();
        otherNodesWarehouse.close();
        push.stop();
    }
}
