package id.orderan.order;

import java.util.List;

/**
 * A feature above {@code order} that adds its events to an order's timeline (payments, deliveries,
 * follow-ups), found as a Spring bean so that {@code order} imports none of them. Contributors are asked
 * in their {@code @Order}; entries recorded at the same instant keep that order.
 *
 * @see <a href="../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
public interface OrderTimelineContributor {

    /**
     * @param maySeeMoney false for the warehouse: no payments, confirmations or follow-ups, whose texts
     *                    carry amounts and bank details (the services refuse them anyway)
     */
    List<TimelineEntry> entries(long orderId, boolean maySeeMoney);
}
