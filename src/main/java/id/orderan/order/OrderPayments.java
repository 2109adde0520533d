package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.security.CurrentUser;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Money arriving on an order: payments recorded by staff and the courier's COD collection on
 * delivery. Package-private: {@link OrderService} is the transaction and security boundary.
 *
 * @see <a href="../../../../../../docs/decisions/0072-cash-on-delivery-path.md">0072 cash on delivery</a>
 */
@Component
class OrderPayments {

    private final OrderMoves moves;
    private final OrderTimeline timeline;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderPayments(OrderMoves moves, OrderTimeline timeline, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.moves = moves;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A down payment (manual orders only) must be below what is left; any other payment must cover
     * the rest, and moves the order to Sedang Diproses.
     */
    SalesOrder apply(long orderId, long amount, boolean downPayment, @Nullable String note) {
        SalesOrder order = moves.byId(orderId);
        if (amount <= 0) {
            throw new BusinessException("error.payment.amount-invalid");
        }
        long remaining = order.remaining();
        if (downPayment) {
            if (order.getSource() != OrderSource.MANUAL) {
                throw new BusinessException("error.payment.dp-manual-only", order.getOrderNumber());
            }
            if (amount >= remaining) {
                throw new BusinessException("error.payment.dp-too-large", remaining);
            }
            if (order.getStatus() == OrderStatus.DOWN_PAYMENT) { // a further instalment: money, no move
                order.addPayment(amount);
                order.touch(currentUser.actorName(), clock.instant());
                timeline.note(order, note == null ? "DP" : note);
                return order;
            }
            moves.requireMove(order, OrderStatus.DOWN_PAYMENT);
            order.addPayment(amount);
            return moves.move(order, OrderStatus.DOWN_PAYMENT, note);
        }
        if (amount < remaining) {
            throw new BusinessException("error.payment.not-enough", remaining, amount);
        }
        moves.requireMove(order, OrderStatus.SEDANG_DIPROSES);
        order.addPayment(amount);
        return moves.move(order, OrderStatus.SEDANG_DIPROSES, note);
    }
    /** One parcel arrived; a COD order's courier collected what was left, announced by {@link CodCollected}. */
    SalesOrder delivered(String number) {
        SalesOrder order = moves.byNumber(number);
        long collected = order.isCod() ? order.remaining() : 0;
        if (collected == 0) {
            return moves.move(order, OrderStatus.SUKSES, null);
        }
        moves.requireMove(order, OrderStatus.SUKSES);
        order.addPayment(collected);
        SalesOrder moved = moves.move(order, OrderStatus.SUKSES, "COD " + Rupiah.format(collected));
        events.publishEvent(new CodCollected(order.getId(), number, collected, currentUser.actorName(), clock.instant()));
        return moved;
    }
}
