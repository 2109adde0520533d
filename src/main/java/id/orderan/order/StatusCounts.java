package id.orderan.order;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many orders each status holds under the current search and filters. Filtered counts stop at a
 * cap (decision 0210): a status holding {@code cap + 1} means "more than {@code cap}", and any sum over
 * it is then a lower bound, shown as "10.000+". Unfiltered counts are exact ({@code cap} is
 * {@link #EXACT}).
 *
 * @see <a href="../../../../../../docs/decisions/0210-order-line-copies-and-capped-counts.md">0210 capped counts</a>
 */
public record StatusCounts(Map<OrderStatus, Long> byStatus, long cap) {

    /** No cap: every count is exact. */
    public static final long EXACT = Long.MAX_VALUE;

    public StatusCounts {
        var complete = new EnumMap<OrderStatus, Long>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            complete.put(status, Math.min(byStatus.getOrDefault(status, 0L), cap == EXACT ? EXACT : cap + 1));
        }
        byStatus = Map.copyOf(complete);
    }

    /** Exact counts. */
    public StatusCounts(Map<OrderStatus, Long> byStatus) {
        this(byStatus, EXACT);
    }

    public long of(OrderStatus status) {
        return byStatus.get(status);
    }

    /** The sum over some statuses; all statuses when none are given. A lower bound when {@link #capped}. */
    public long sum(Collection<OrderStatus> statuses) {
        return of(statuses).stream().mapToLong(this::of).sum();
    }

    /** Whether these statuses (all when none are given) hold more than {@link #cap()} orders, uncounted. */
    public boolean capped(Collection<OrderStatus> statuses) {
        return cap != EXACT && of(statuses).stream().anyMatch(status -> of(status) > cap);
    }

    private Collection<OrderStatus> of(Collection<OrderStatus> statuses) {
        return statuses.isEmpty() ? byStatus.keySet() : statuses;
    }
}
