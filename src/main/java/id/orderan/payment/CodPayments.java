package id.orderan.payment;

import id.orderan.order.CodCollected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money a courier collected on a COD order's delivery, recorded as its payment (method COD, by
 * whoever marked it delivered). It reacts to the order's event inside the delivery's transaction, so
 * the warehouse completes a delivery without a money role and the order feature knows nothing of
 * payments: the order's Sukses and its payment are saved together or not at all.
 *
 * @see <a href="../../../../../../docs/decisions/0072-cash-on-delivery-path.md">0072 cash on delivery</a>
 */
@Component
class CodPayments {

    static final String METHOD = "COD";

    private final PaymentRepository payments;

    CodPayments(PaymentRepository payments) {
        this.payments = payments;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void collected(CodCollected event) {
        payments.save(new Payment(event.orderId(), PaymentKind.FULL, METHOD, event.amount(), event.at(),
                event.collectedBy(), event.at()));
    }
}
