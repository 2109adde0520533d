package id.orderan.warehouse;

import id.orderan.base.ChangeFeed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the warehouse's own queue moves in the {@link ChangeFeed} (order moves are recorded by the
 * order feature under {@link id.orderan.order.OrderFeed#TOPIC}). Plain {@link EventListener}s: they run
 * inside the publishing transaction, so the row commits or rolls back with the change.
 *
 * @see <a href="../../../../../../docs/decisions/0190-change-feed-across-nodes.md">0190 change feed</a>
 */
@Component
public class WarehouseFeed {

    public static final String TOPIC = "warehouse";

    private final ChangeFeed feed;

    WarehouseFeed(ChangeFeed feed) {
        this.feed = feed;
    }

    @EventListener
    void on(OrderPacked event) {
        feed.record(TOPIC);
    }

    @EventListener
    void on(ManifestClosed event) {
        feed.record(TOPIC);
    }

    @EventListener
    void on(PackingStartedOver event) {
        if (event.wasPacked()) { // as the broadcaster: dropping partial ticks moves no order between queues
            feed.record(TOPIC);
        }
    }
}
