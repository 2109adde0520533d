package id.orderan.order;

/**
 * The {@link id.orderan.base.ChangeFeed} topic of orders: recorded by every new order and status move
 * (the same changes that publish {@link OrderCreated} and {@link OrderStatusChanged}), so screens on
 * other nodes that follow those events follow this topic too.
 *
 * @see <a href="../../../../../../docs/decisions/0190-change-feed-across-nodes.md">0190 change feed</a>
 */
public final class OrderFeed {

    public static final String TOPIC = "order";

    private OrderFeed() {
    }
}
