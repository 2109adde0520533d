package id.orderan.followup;

import id.orderan.base.BusinessException;
import id.orderan.order.OrderQueryService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The email outbox's steps, each its own short transaction except {@link #queue}, which joins the
 * caller's: queue (PENDING), claim a batch under a lease, mark one row SENDING (committed before the
 * SMTP call), finish it (SENT, PENDING for a later attempt, FAILED). No step talks to the SMTP server.
 *
 * @see "docs/decisions/0090-email-outbox.md"
 */
@Component
@EnableConfigurationProperties(OutboxSettings.class)
class FollowUpOutbox {

    private static final Logger log = LoggerFactory.getLogger(FollowUpOutbox.class);

    /** What the worker needs to send one row, read in the SENDING transaction. */
    record Delivery(long id, String to, String subject, String body, String messageId) {}

    /** Why an attempt failed: the server's answer, and whether trying again could help. */
    record Failure(String answer, boolean permanent) {}

    private final FollowUpRepository rows;
    private final OrderQueryService orders;
    private final OutboxSettings settings;
    private final ObjectProvider<OutboxWorker> worker;
    private final TransactionTemplate tx;
    private final Clock clock;

    FollowUpOutbox(FollowUpRepository rows, OrderQueryService orders, OutboxSettings settings,
            ObjectProvider<OutboxWorker> worker, PlatformTransactionManager transactions, Clock clock) {
        this.rows = rows;
        this.orders = orders;
        this.settings = settings;
        this.worker = worker;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Stores the email PENDING in the caller's transaction (so it exists exactly when the caller's
     * change does) and wakes the worker once that transaction committed.
     */
    FollowUp queue(FollowUp followUp, String to) {
        requireFits(followUp.getSubject(), followUp.getMessage(), to);
        FollowUp saved = rows.save(followUp.queue(to, UUID.randomUUID().toString(), clock.instant()));
        wakeAfterCommit();
        return saved;
    }

    /** Retry: due now again, refused when the row changed since the caller read it. */
    FollowUp requeue(FollowUp followUp, String to) {
        followUp.requeue(to, UUID.randomUUID().toString(), clock.instant());
        try {
            FollowUp saved = rows.saveAndFlush(followUp);
            wakeAfterCommit();
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessException("error.followup.changed");
        }
    }

    /** Lengths as the columns hold them, checked before anything is queued. */
    static void requireFits(@Nullable String subject, String body, String to) {
        if (subject != null && subject.length() > FollowUp.MAX_SUBJECT) {
            throw new BusinessException("error.followup.subject-too-long", FollowUp.MAX_SUBJECT, subject.length());
        }
        if (body.length() > FollowUp.MAX_MESSAGE) {
            throw new BusinessException("error.followup.message-too-long", FollowUp.MAX_MESSAGE, body.length());
        }
        if (to.length() > FollowUp.MAX_RECIPIENT) {
            throw new BusinessException("error.followup.recipient-too-long", FollowUp.MAX_RECIPIENT);
        }
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.ifAvailable(OutboxWorker::wake);
                }
            });
        } else {
            worker.ifAvailable(OutboxWorker::wake);
        }
    }

    /** Due rows no live lease holds, now held by {@code node}; rows other nodes are claiming are skipped. */
    List<Long> claim(String node, int limit) {
        return tx.execute(status -> {
            Instant now = clock.instant();
            List<Long> ids = rows.lockDue(now, limit);
            if (!ids.isEmpty()) {
                rows.claim(ids, node, now.plus(settings.lease()));
            }
            return ids;
        });
    }

    /**
     * Marks the row SENDING and commits, so that a crash after the server accepted the email leaves a
     * row that says it may have gone out. Empty when the row is no longer this node's (another node
     * reclaimed it, staff changed it) or the order no longer waits for it (then it is CANCELLED).
     */
    Optional<Delivery> startSending(long id, String node) {
        try {
            return Optional.ofNullable(tx.execute(status -> {
                FollowUp row = rows.findById(id).orElse(null);
                if (row == null || !node.equals(row.getClaimedBy()) || (row.getState() != FollowUpState.PENDING
                        && row.getState() != FollowUpState.SENDING) || row.getRecipient() == null) {
                    return null;
                }
                Instant now = clock.instant();
                FollowUpStage stage = row.getStage();
                if (stage != null && !stage.isDueAt(orders.getById(row.getOrderId()).getStatus())) {
                    row.cancelled(now);
                    return null;
                }
                row.sending(node, now.plus(settings.lease()));
                String subject = row.getSubject();
                return new Delivery(id, row.getRecipient(), subject == null ? "" : subject, row.getMessage(),
                        "<" + row.getMessageKey() + "@orderan>");
            }));
        } catch (OptimisticLockingFailureException e) {
            return Optional.empty(); // someone else moved it between the claim and now
        }
    }

    /** After the SMTP call: SENT, or the server's answer with another attempt later, or FAILED for good. */
    void finish(long id, String node, @Nullable Failure failure) {
        tx.executeWithoutResult(status -> {
            FollowUp row = rows.findById(id).orElse(null);
            if (row == null || row.getState() != FollowUpState.SENDING || !node.equals(row.getClaimedBy())) {
                log.warn("Follow-up {} changed hands while {} sent it; its outcome ({}) is not recorded", id, node,
                        failure == null ? "sent" : failure.answer());
                return;
            }
            Instant now = clock.instant();
            if (failure == null) {
                row.sent(now);
            } else if (failure.permanent() || row.getAttempts() >= settings.maxAttempts()) {
                row.failed(failure.answer(), now);
            } else {
                row.retryLater(failure.answer(), now, now.plus(backoff(row.getAttempts())));
            }
        });
    }

    /** A stopping node gives back the rows it claimed but did not start, so others need not wait for the lease. */
    void release(String node) {
        tx.executeWithoutResult(status -> rows.release(node));
    }

    /** 1, 4, 16, 64 … times the base: a server that is down for a while is not hammered. */
    Duration backoff(int attempts) {
        return settings.backoff().multipliedBy(1L << (2 * Math.min(Math.max(attempts - 1, 0), 10)));
    }
}
