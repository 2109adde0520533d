package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Staff's "Buat ulang link pembeli": a new 128-bit token, so the old link is dead at once (a link sent
 * to the wrong number, a screenshot shared too widely). Package-private: {@link OrderService} is the
 * transaction and security boundary.
 *
 * @see <a href="../../../../../../docs/decisions/0152-staff-copy-and-reissue-the-buyer-link.md">0152</a>
 */
@Component
class BuyerLinkReissue {

    /** Timeline text, data in the seller's language like "Invoice dicetak". */
    static final String TIMELINE_NOTE = "Link pembeli dibuat ulang; link lama tidak berlaku lagi";

    private final OrderMoves moves;
    private final SalesOrderRepository orders;
    private final OrderTimeline timeline;
    private final BuyerLinks links;
    private final CurrentUser currentUser;
    private final Clock clock;

    BuyerLinkReissue(OrderMoves moves, SalesOrderRepository orders, OrderTimeline timeline, BuyerLinks links,
            CurrentUser currentUser, Clock clock) {
        this.moves = moves;
        this.orders = orders;
        this.timeline = timeline;
        this.links = links;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A read: no row lock. */
    BuyerLink current(String orderNumber) {
        return current(orders.findByOrderNumber(orderNumber)
                .orElseThrow(() -> new BusinessException("error.order.not-found", orderNumber)));
    }

    private BuyerLink current(SalesOrder order) {
        return new BuyerLink(links.orderPage(order), order.getVersion());
    }

    /** Refused, changing nothing, when the order was saved by someone after the caller loaded it. */
    BuyerLink reissue(String orderNumber, long expectedVersion) {
        SalesOrder order = moves.byNumber(orderNumber);
        if (order.getVersion() != expectedVersion) {
            throw new OrderChangedException(orderNumber, Objects.requireNonNullElse(order.getUpdatedBy(), "?"));
        }
        Instant now = clock.instant();
        order.newBuyerToken();
        order.touch(currentUser.actorName(), now);
        timeline.note(order, TIMELINE_NOTE);
        try {
            return current(orders.saveAndFlush(order));
        } catch (OptimisticLockingFailureException e) {
            throw new OrderChangedException(orderNumber, "?");
        }
    }
}
