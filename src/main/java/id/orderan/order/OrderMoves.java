package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.base.ChangeFeed;
import id.orderan.customer.Customer;
import id.orderan.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place a status changes: checks {@link OrderTransitions} against the caller's role, writes
 * the audit row, keeps the counters (per status and per buyer) and the order lines' copy of the status, publishes {@link OrderStatusChanged} and records {@link OrderFeed#TOPIC}
 * for the other nodes. Also the locked loads
 * every change starts from. Package-private: {@link OrderService} is the transaction and security
 * boundary that calls it.
 *
 * @see <a href="../../../../../../docs/decisions/0115-keyset-paging-and-status-counters.md">0115 status counters</a>
 */
@Component
class OrderMoves {

    private static final int MAX_REASON = 500;

    private final SalesOrderRepository orders;
    private final StatusChangeRepository statusChanges;
    private final StatusCounters counters;
    private final OrderLineCopies lineCopies;
    private final BuyerCounters buyerCounters;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ChangeFeed feed;

    OrderMoves(SalesOrderRepository orders, StatusChangeRepository statusChanges, StatusCounters counters,
            OrderLineCopies lineCopies, BuyerCounters buyerCounters, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, ChangeFeed feed) {
        this.feed = feed;
        this.buyerCounters = buyerCounters;
        this.orders = orders;
        this.statusChanges = statusChanges;
        this.counters = counters;
        this.lineCopies = lineCopies;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    SalesOrder move(SalesOrder order, OrderStatus target, @Nullable String note) {
        requireMove(order, target);
        OrderStatus from = order.getStatus();
        Instant now = clock.instant();
        String actor = currentUser.actorName();
        order.moveTo(target, note);
        order.touch(actor, now);
        statusChanges.save(new StatusChange(order.getId(), from, target, actor, now, note));
        counters.move(from, target);
        buyerCounters.moved(order.getCustomerId(), from, target);
        lineCopies.moved(order.getId(), target);
        events.publishEvent(new OrderStatusChanged(order.getId(), order.getOrderNumber(), from, target, actor));
        feed.record(OrderFeed.TOPIC); // one row per transaction however many orders it moves
        return order;
    }

    void requireMove(SalesOrder order, OrderStatus target) {
        OrderStatus from = order.getStatus();
        if (!OrderTransitions.exists(from, target)) {
            throw new BusinessException("error.order.move-not-allowed", order.getOrderNumber(), from.labelKey(),
                    target.labelKey());
        }
        if (!currentUser.hasAnyRole(OrderTransitions.rolesFor(from, target))) {
            throw new AccessDeniedException("Role may not move " + from + " to " + target);
        }
    }

    /** The moves the caller's role may make from this status, for views that hide what cannot be done. */
    Set<OrderStatus> movesFor(OrderStatus from) {
        Set<OrderStatus> allowed = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus to : OrderTransitions.targets(from)) {
            if (currentUser.hasAnyRole(OrderTransitions.rolesFor(from, to))) {
                allowed.add(to);
            }
        }
        return allowed;
    }

    /** A new order's first row: counted and announced like a move from nowhere. */
    void created(SalesOrder saved, Instant now) {
        String actor = currentUser.actorName();
        saved.touch(actor, now);
        statusChanges.save(new StatusChange(saved.getId(), null, saved.getStatus(), actor, now, null));
        counters.increment(saved.getStatus());
        buyerCounters.created(saved.getCustomerId(), saved.getStatus());
        events.publishEvent(new OrderCreated(saved.getId(), saved.getOrderNumber(), saved.getStatus()));
        feed.record(OrderFeed.TOPIC);
    }

    /** The order changes hands (an edit of its buyer): the per-buyer counters follow it. */
    void changeBuyer(SalesOrder order, Customer buyer) {
        long before = order.getCustomerId();
        order.buyer(buyer);
        buyerCounters.rebought(before, Objects.requireNonNull(buyer.getId()), order.getStatus());
    }

    /**
     * Rebuilds the per-status and per-buyer counters and the order lines' copies from the orders
     * themselves (after bulk SQL, as a repair).
     */
    void recountCounters() {
        counters.recount();
        buyerCounters.recount();
        lineCopies.resync();
    }

    /** Loaded for a change: locked (see {@link SalesOrderRepository#lockById}). */
    SalesOrder byNumber(String orderNumber) {
        return orders.lockByOrderNumber(orderNumber)
                .orElseThrow(() -> new BusinessException("error.order.not-found", orderNumber));
    }

    SalesOrder byId(long orderId) {
        return orders.lockById(orderId)
                .orElseThrow(() -> new BusinessException("error.order.not-found", String.valueOf(orderId)));
    }

    /** Bulk changes lock their orders in one fixed order, so two overlapping bulk actions cannot deadlock. */
    static List<String> lockOrder(List<String> orderNumbers) {
        return orderNumbers.stream().distinct().sorted().toList();
    }

    static String requireReason(String reason) {
        if (reason.isBlank()) {
            throw new BusinessException("error.order.reason-required");
        }
        return reason.trim().length() > MAX_REASON ? reason.trim().substring(0, MAX_REASON) : reason.trim();
    }
}
