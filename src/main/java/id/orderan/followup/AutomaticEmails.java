package id.orderan.followup;

import id.orderan.order.OrderStatusChanged;
import id.orderan.security.SystemUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The optional emails on Sedang Diproses and Proses Pengiriman: queued in the outbox inside the
 * transaction that moved the order (just before it commits), so a rolled-back approval queues
 * nothing and a committed one cannot lose its email to a restart. The outbox worker sends it after
 * commit, so a slow or dead SMTP server never holds up the staff member who approved the payment or
 * entered the resi. Queued as the system user: a warehouse user entering a resi may not send emails
 * by hand, but the seller's switch does.
 *
 * @see "docs/decisions/0090-email-outbox.md"
 * @see <a href="../../../../../../docs/decisions/0120-background-work-as-the-system-user.md">0120 background work as the system user</a>
 */
@Component
class AutomaticEmails {

    private final FollowUpService followUps;

    AutomaticEmails(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(OrderStatusChanged event) {
        @Nullable FollowUpStage stage = switch (event.to()) {
            case SEDANG_DIPROSES -> FollowUpStage.PAID;
            case PROSES_PENGIRIMAN -> FollowUpStage.SHIPPED;
            default -> null;
        };
        if (stage != null) {
            SystemUser.wrap(() -> followUps.queueAutomaticNotice(event.orderId(), stage)).run();
        }
    }
}
