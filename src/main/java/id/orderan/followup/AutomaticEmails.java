package id.orderan.followup;

import id.orderan.order.OrderStatusChanged;
import id.orderan.security.SystemUser;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The optional emails on Sedang Diproses and Proses Pengiriman: only after the status change
 * committed (a rolled-back approval sends nothing), and on a background thread, so a slow or dead
 * SMTP server never holds up the staff member who approved the payment or entered the resi.
 */
@Component
class AutomaticEmails {

    private static final Logger log = LoggerFactory.getLogger(AutomaticEmails.class);

    private final FollowUpService followUps;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "automatic-email");
        thread.setDaemon(true);
        return thread;
    });

    AutomaticEmails(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrderStatusChanged event) {
        @Nullable FollowUpStage stage = switch (event.to()) {
            case SEDANG_DIPROSES -> FollowUpStage.PAID;
            case PROSES_PENGIRIMAN -> FollowUpStage.SHIPPED;
            default -> null;
        };
        if (stage != null) {
            sender.execute(SystemUser.wrap(() -> send(event, stage)));
        }
    }

    private void send(OrderStatusChanged event, FollowUpStage stage) {
        try {
            followUps.sendAutomaticNotice(event.orderId(), stage).filter(f -> f.getState() == FollowUpState.FAILED)
                    .ifPresent(f -> log.warn("Automatic {} email for {} failed: {}", stage, event.orderNumber(),
                            f.getError()));
        } catch (RuntimeException e) {
            // e.g. the database went away: nothing was recorded, say so in the log at least
            log.error("Automatic {} email for {} not sent", stage, event.orderNumber(), e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(10, TimeUnit.SECONDS);
    }
}
