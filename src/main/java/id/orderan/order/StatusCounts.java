package id.orderan.order;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many orders each status holds under the current search and filters. */
public record StatusCounts(Map<OrderStatus, Long> byStatus) {

    public StatusCounts {
        var complete = new EnumMap<OrderStatus, Long>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            complete.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Map.copyOf(complete);
    }

    public long of(OrderStatus status) {
        return byStatus.get(status);
    }

    /** The sum over some statuses; all statuses when none are given. */
    public long sum(Collection<OrderStatus> statuses) {
        return (statuses.isEmpty() ? byStatus.keySet() : statuses).stream().mapToLong(this::of).sum();
    }
}
