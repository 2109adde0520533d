package id.orderan.followup;

import id.orderan.base.BusinessException;
import id.orderan.base.TransactionConfig;
import id.orderan.order.OrderQueryService;
import id.orderan.order.SalesOrder;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminding buyers: WhatsApp (a wa.me link staff open, recorded as sent) and email, from templates
 * the seller edits. Emails are queued in the caller's transaction and sent after commit by the outbox
 * worker; a refused or unreachable SMTP server does not lose the message: it is kept with the
 * server's answer, tried again later, and can be retried by staff.
 *
 * @see <a href="../../../../../../docs/decisions/0090-email-outbox.md">0090 email outbox</a>
 * @see <a href="../../../../../../docs/decisions/0120-background-work-as-the-system-user.md">0120 background work as the system user</a>
 * @see <a href="../../../../../../docs/decisions/0121-small-classes-and-service-collaborators.md">0121 one public service, package-private collaborators</a>
 */
@Service
@PreAuthorize(Permissions.SERVES_CUSTOMERS)
public class FollowUpService {

    /** More than this many orders per bulk call would hold one transaction too long. */
    public static final int MAX_BATCH = 50;

    public record WhatsAppSend(String link, FollowUp followUp) {}

    /** One stop of the WhatsApp queue: the link to open, or why this order is skipped. */
    public record QueuedWhatsApp(String orderNumber, String customerName, FollowUpStage stage, String message,
            @Nullable String link, @Nullable String problemKey) {}

    /** A template filled with the sample order, and the placeholders Orderan does not know. */
    public record TemplatePreview(String subject, String body, Set<String> unknownPlaceholders) {}

    /** What happened to one order of a bulk email. */
    public enum Outcome { QUEUED, NO_EMAIL, NOT_UNPAID }

    /** A bulk call's answer per order, and the queued follow-ups to watch in {@link #deliveryStates}. */
    public record BulkQueued(Map<String, Outcome> outcomes, List<Long> followUpIds) {}

    private final FollowUpRepository followUps;
    private final FollowUpSummaryQuery summaryQuery;
    private final OrderQueryService orders;
    private final TemplateBook templates;
    private final FollowUpDrafts drafts;
    private final FollowUpOutbox outbox;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, FollowUpSummaryQuery summaryQuery, OrderQueryService orders,
            TemplateBook templates, FollowUpDrafts drafts, FollowUpOutbox outbox, CurrentUser currentUser,
            Clock clock) {
        this.followUps = followUps;
        this.summaryQuery = summaryQuery;
        this.orders = orders;
        this.templates = templates;
        this.drafts = drafts;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The next stage's template for this channel, filled with the order's values, ready to edit. */
    @Transactional(readOnly = true)
    public FollowUpDraft draft(String orderNumber, FollowUpChannel channel) {
        return drafts.draft(orders.getByNumber(orderNumber), channel, null);
    }

    /** The given stage's template instead of the one the order is due for (staff picked another). */
    @Transactional(readOnly = true)
    public FollowUpDraft draft(String orderNumber, FollowUpChannel channel, FollowUpStage stage) {
        return drafts.draft(orders.getByNumber(orderNumber), channel, stage);
    }

    /** Builds the wa.me link and records the follow-up; an unusable number records nothing. */
    @Transactional
    public WhatsAppSend whatsApp(String orderNumber, FollowUpStage stage, String message) {
        SalesOrder order = orders.getByNumber(orderNumber);
        requireText(message);
        String link = WhatsAppLink.of(order.getCustomerPhone(), message);
        FollowUp followUp = new FollowUp(order.getId(), FollowUpChannel.WHATSAPP, message, FollowUpState.SENT, currentUser.actorName(),
                clock.instant()).stage(stage, null);
        return new WhatsAppSend(link, followUps.save(followUp));
    }

    /**
     * The WhatsApp queue for a bulk selection: per order its next reminder and wa.me link, nothing
     * recorded yet ({@link #whatsApp} records each one as staff open it). Paid orders and unusable
     * numbers come back with the reason they are skipped.
     */
    @Transactional(readOnly = true)
    public List<QueuedWhatsApp> whatsAppQueue(List<String> orderNumbers, @Nullable FollowUpStage stage) {
        List<QueuedWhatsApp> queue = new ArrayList<>();
        for (String number : orderNumbers) {
            SalesOrder order = orders.getByNumber(number);
            if (!order.getStatus().awaitsPayment()) { // not Konfirmasi: the buyer says they paid
                queue.add(new QueuedWhatsApp(number, order.getCustomerName(), FollowUpStage.FU_1, "", null,
                        "followup.queue.skip-paid"));
                continue;
            }
            FollowUpDraft draft = drafts.draft(order, FollowUpChannel.WHATSAPP, stage);
            String link = null;
            String problem = null;
            try {
                link = WhatsAppLink.of(order.getCustomerPhone(), draft.message());
            } catch (BusinessException e) {
                problem = "followup.queue.skip-phone";
            }
            queue.add(new QueuedWhatsApp(number, order.getCustomerName(), draft.stage(), draft.message(), link,
                    problem));
        }
        return queue;
    }

    /**
     * Queues the email in this transaction (PENDING) for the outbox worker, which sends it after commit;
     * too long a subject or text is refused before anything is stored.
     */
    @Transactional
    public FollowUp email(String orderNumber, FollowUpStage stage, String subject, String body) {
        SalesOrder order = orders.getByNumber(orderNumber);
        String to = order.getCustomerEmail();
        if (to == null) {
            throw new BusinessException("error.followup.no-email", order.getCustomerName());
        }
        requireText(body);
        return outbox.queue(new FollowUp(order.getId(), FollowUpChannel.EMAIL, body, FollowUpState.PENDING, currentUser.actorName(),
                clock.instant()).stage(stage, subject.strip()), to);
    }

    /** One order's next reminder by email, as the bulk path queues it. */
    @Transactional
    public Outcome emailNextReminder(String orderNumber) {
        return emailReminders(List.of(orderNumber), null).outcomes().get(orderNumber);
    }

    /**
     * Bulk follow-up: each order's next reminder ({@code stage} null) or the given one for everyone,
     * as the email template says, queued in one transaction per call (callers queue a long selection
     * in slices of at most {@link #MAX_BATCH}); the outbox worker sends them after commit. Paid orders
     * and buyers without an email are skipped, not failed. One text too long for its column refuses the
     * whole call: nothing is queued.
     */
    @Transactional
    public BulkQueued emailReminders(List<String> orderNumbers, @Nullable FollowUpStage stage) {
        if (orderNumbers.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " orders per call");
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<Long> queued = new ArrayList<>();
        for (String number : orderNumbers) {
            SalesOrder order = orders.getByNumber(number);
            String to = order.getCustomerEmail();
            if (!order.getStatus().awaitsPayment()) { // not Konfirmasi: the buyer says they paid
                outcomes.put(number, Outcome.NOT_UNPAID);
                continue;
            }
            if (to == null) {
                outcomes.put(number, Outcome.NO_EMAIL);
                continue;
            }
            FollowUpDraft draft = drafts.draft(order, FollowUpChannel.EMAIL, stage);
            FollowUp followUp = new FollowUp(order.getId(), FollowUpChannel.EMAIL, draft.message(),
                    FollowUpState.PENDING, currentUser.actorName(), clock.instant()).stage(draft.stage(), draft.subject());
            queued.add(outbox.queue(followUp, to).getId());
            outcomes.put(number, Outcome.QUEUED);
        }
        return new BulkQueued(outcomes, queued);
    }

    /** How far the outbox got with these follow-ups: count per state (for the bulk dialog's progress). */
    @Transactional(readOnly = true)
    public Map<FollowUpState, Long> deliveryStates(Collection<Long> followUpIds) {
        Map<FollowUpState, Long> counts = new EnumMap<>(FollowUpState.class);
        if (!followUpIds.isEmpty()) {
            for (Object[] row : followUps.countByState(followUpIds)) {
                counts.put((FollowUpState) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    /**
     * The automatic email of a notice stage (Pembayaran diterima, Pesanan dikirim), when the seller
     * switched it on and the buyer has an address (and, for Pembayaran diterima, the order is paid: not
     * a COD order packed unpaid): queued in the transaction that moved the order, so it goes out exactly
     * when the move commits. Empty when nothing was to be sent. Never throws for a text that does not
     * fit: the status change must not fail over a notice.
     */
    @Transactional
    public Optional<FollowUp> queueAutomaticNotice(long orderId, FollowUpStage stage) {
        return drafts.automaticNotice(orderId, stage)
                .map(notice -> outbox.queue(new FollowUp(orderId, FollowUpChannel.EMAIL, notice.message(),
                        FollowUpState.PENDING, currentUser.actorName(), clock.instant())
                        .stage(stage, notice.subject()), Objects.requireNonNull(notice.recipient())));
    }

    /**
     * Sends a failed email (or one waiting for its next attempt) again: queued now, to the order's
     * current address. Refused when the order no longer waits for it (a payment reminder to a buyer who
     * paid or cancelled) and when someone changed it meanwhile (two staff retrying at once: one wins);
     * an email already sent or queued is returned as it is.
     */
    @Transactional
    public FollowUp retry(long followUpId) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new BusinessException("error.followup.not-found"));
        if (!followUp.canRetry()) {
            return followUp;
        }
        SalesOrder order = orders.getById(followUp.getOrderId());
        FollowUpStage stage = followUp.getStage();
        if (stage != null && !stage.isDueAt(order.getStatus())) {
            throw new BusinessException("error.followup.not-due", order.getOrderNumber());
        }
        String to = order.getCustomerEmail();
        if (to == null) {
            throw new BusinessException("error.followup.no-email", order.getCustomerName());
        }
        FollowUpOutbox.requireFits(followUp.getSubject(), followUp.getMessage(), to);
        return outbox.requeue(followUp, to);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<FollowUp> history(long orderId) {
        return followUps.findByOrderIdOrderBySentAtDesc(orderId);
    }

    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
    @PreAuthorize(Permissions.SIGNED_IN)
    public Map<Long, FollowUpSummary> summaries(Collection<Long> orderIds) {
        return summaryQuery.of(orderIds);
    }

    /** Every template in force (saved or default), channel by channel in stage order. */
    @Transactional(readOnly = true)
    public List<FollowUpTemplate> templates() {
        List<FollowUpTemplate> all = new ArrayList<>();
        for (FollowUpChannel channel : FollowUpChannel.values()) {
            for (FollowUpStage stage : FollowUpStage.values()) {
                all.add(templates.get(channel, stage));
            }
        }
        return all;
    }

    @Transactional(readOnly = true)
    public FollowUpTemplate template(FollowUpChannel channel, FollowUpStage stage) {
        return templates.get(channel, stage);
    }

    /** Refuses unknown placeholders, an empty text and a template someone else saved meanwhile. */
    @Transactional
    @PreAuthorize(Permissions.ADMINISTERS)
    public FollowUpTemplate saveTemplate(FollowUpTemplateCommand command) {
        return templates.save(command, currentUser.requireUsername(), clock.instant());
    }

    @Transactional
    @PreAuthorize(Permissions.ADMINISTERS)
    public FollowUpTemplate resetTemplate(FollowUpChannel channel, FollowUpStage stage) {
        return templates.reset(channel, stage, currentUser.requireUsername(), clock.instant());
    }

    /** The editor's live preview: the text as the sample order's buyer would read it. */
    @Transactional(readOnly = true)
    public TemplatePreview preview(String subject, String body) {
        return drafts.preview(subject, body);
    }

    private static void requireText(String message) {
        if (message.isBlank()) {
            throw new BusinessException("error.followup.empty");
        }
    }
}
