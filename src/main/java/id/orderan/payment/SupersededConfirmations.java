package id.orderan.payment;

import id.orderan.order.OrderStatus;
import id.orderan.order.OrderStatusChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an order leaves Konfirmasi by any other way than a decision on its confirmation (staff
 * recorded a payment, cancelled it…), the pending confirmation is closed as superseded in the same
 * transaction, so nobody can approve it later and count the money twice. The order feature knows
 * nothing of this: payment reacts to the order's event, keeping the dependency one way.
 *
 * @see <a href="../../../../../../docs/decisions/0070-confirmations-only-while-the-order-waits.md">0070 confirmations only while the order waits</a>
 */
@Component
class SupersededConfirmations {

    private final PaymentConfirmationRepository confirmations;
    private final Clock clock;

    SupersededConfirmations(PaymentConfirmationRepository confirmations, Clock clock) {
        this.confirmations = confirmations;
        this.clock = clock;
    }

    /** Runs inside the mover's transaction (the order row is locked by it), never on its own. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void orderMoved(OrderStatusChanged event) {
        if (event.from() != OrderStatus.KONFIRMASI || event.to() == OrderStatus.KONFIRMASI) {
            return;
        }
        Instant now = clock.instant();
        List<PaymentConfirmation> pending = confirmations.findByOrderIdAndState(event.orderId(),
                ConfirmationState.PENDING).stream().filter(c -> c.getState() == ConfirmationState.PENDING).toList();
        for (PaymentConfirmation confirmation : pending) {
            confirmation.decide(ConfirmationState.SUPERSEDED, null, event.changedBy(), now);
        }
        confirmations.saveAll(pending);
    }
}
