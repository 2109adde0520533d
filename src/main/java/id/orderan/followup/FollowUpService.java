package id.orderan.followup;

import id.orderan.base.BusinessException;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.security.AppRoles;
import id.orderan.security.CurrentUser;
import id.orderan.store.StoreService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminding buyers: WhatsApp (a wa.me link staff open, recorded as sent) and email (real SMTP), from
 * templates the seller edits. A refused or unreachable SMTP server does not lose the message: it is
 * kept as a failed follow-up with the server's answer and can be retried.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
public class FollowUpService {

    /** More than this many orders per bulk call would hold one transaction and SMTP connection too long. */
    public static final int MAX_BATCH = 50;

    public record WhatsAppSend(String link, FollowUp followUp) {}

    /** One stop of the WhatsApp queue: the link to open, or why this order is skipped. */
    public record QueuedWhatsApp(String orderNumber, String customerName, FollowUpStage stage, String message,
            @Nullable String link, @Nullable String problemKey) {}

    /** A template filled with the sample order, and the placeholders Orderan does not know. */
    public record TemplatePreview(String subject, String body, Set<String> unknownPlaceholders) {}

    /** What happened to one order of a bulk email. */
    public enum Outcome { SENT, FAILED, NO_EMAIL, NOT_UNPAID }

    private final FollowUpRepository followUps;
    private final OrderQueryService orders;
    private final StoreService store;
    private final TemplateBook templates;
    private final PlaceholderValues placeholders;
    private final FollowUpMail mail;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, OrderQueryService orders, StoreService store,
            TemplateBook templates, PlaceholderValues placeholders, FollowUpMail mail, CurrentUser currentUser,
            Clock clock) {
        this.followUps = followUps;
        this.orders = orders;
        this.store = store;
        this.templates = templates;
        this.placeholders = placeholders;
        this.mail = mail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The next stage's template for this channel, filled with the order's values, ready to edit. */
    @Transactional(readOnly = true)
    public FollowUpDraft draft(String orderNumber, FollowUpChannel channel) {
        return draft(orders.getByNumber(orderNumber), channel, null);
    }

    /** The given stage's template instead of the one the order is due for (staff picked another). */
    @Transactional(readOnly = true)
    public FollowUpDraft draft(String orderNumber, FollowUpChannel channel, FollowUpStage stage) {
        return draft(orders.getByNumber(orderNumber), channel, stage);
    }

    private FollowUpDraft draft(SalesOrder order, FollowUpChannel channel, @Nullable FollowUpStage chosen) {
        FollowUpStage stage = chosen != null ? chosen : dueStage(order);
        FollowUpTemplate template = templates.get(channel, stage);
        Map<String, String> values = placeholders.of(order);
        String recipient = channel == FollowUpChannel.EMAIL ? order.getCustomerEmail() : order.getCustomerPhone();
        return new FollowUpDraft(order.getOrderNumber(), channel, stage,
                FollowUpTemplates.render(template.subject(), values), FollowUpTemplates.render(template.body(), values),
                recipient);
    }

    /** Builds the wa.me link and records the follow-up; an unusable number records nothing. */
    @Transactional
    public WhatsAppSend whatsApp(String orderNumber, FollowUpStage stage, String message) {
        SalesOrder order = orders.getByNumber(orderNumber);
        requireText(message);
        String link = WhatsAppLink.of(order.getCustomerPhone(), message);
        FollowUp followUp = new FollowUp(order.getId(), FollowUpChannel.WHATSAPP, message, FollowUpState.SENT, actor(),
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
            if (!isUnpaid(order)) {
                queue.add(new QueuedWhatsApp(number, order.getCustomerName(), FollowUpStage.FU_1, "", null,
                        "followup.queue.skip-paid"));
                continue;
            }
            FollowUpDraft draft = draft(order, FollowUpChannel.WHATSAPP, stage);
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

    /** Sends now; returns the follow-up as SENT, or as FAILED with the server's answer (kept for a retry). */
    @Transactional
    public FollowUp email(String orderNumber, FollowUpStage stage, String subject, String body) {
        SalesOrder order = orders.getByNumber(orderNumber);
        String to = order.getCustomerEmail();
        if (to == null) {
            throw new BusinessException("error.followup.no-email", order.getCustomerName());
        }
        requireText(body);
        FollowUp followUp = new FollowUp(order.getId(), FollowUpChannel.EMAIL, body, FollowUpState.FAILED, actor(),
                clock.instant()).stage(stage, subject.strip());
        deliver(followUp, to);
        return followUps.save(followUp);
    }

    /** One order's next reminder by email, as the bulk path sends it. */
    @Transactional
    public Outcome emailNextReminder(String orderNumber) {
        return emailReminders(List.of(orderNumber), null).get(orderNumber);
    }

    /**
     * Bulk follow-up: each order's next reminder ({@code stage} null) or the given one for everyone,
     * as the email template says, all over one SMTP connection, in one transaction per call (callers
     * send a long selection in slices of at most {@link #MAX_BATCH}). Paid orders and buyers without an email are skipped, not failed.
     */
    @Transactional
    public Map<String, Outcome> emailReminders(List<String> orderNumbers, @Nullable FollowUpStage stage) {
        if (orderNumbers.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " orders per call");
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<MimeMessage, FollowUp> pending = new LinkedHashMap<>();
        Map<String, FollowUp> byNumber = new HashMap<>();
        var profile = store.profile();
        for (String number : orderNumbers) {
            SalesOrder order = orders.getByNumber(number);
            String to = order.getCustomerEmail();
            if (!isUnpaid(order)) {
                outcomes.put(number, Outcome.NOT_UNPAID);
                continue;
            }
            if (to == null) {
                outcomes.put(number, Outcome.NO_EMAIL);
                continue;
            }
            FollowUpDraft draft = draft(order, FollowUpChannel.EMAIL, stage);
            FollowUp followUp = new FollowUp(order.getId(), FollowUpChannel.EMAIL, draft.message(),
                    FollowUpState.FAILED, actor(), clock.instant()).stage(draft.stage(), draft.subject());
            byNumber.put(number, followUp);
            try {
                pending.put(mail.compose(profile, to, draft.subject(), draft.message()), followUp);
            } catch (MessagingException | UnsupportedEncodingException e) {
                followUp.failed(FollowUpMail.reason(e), clock.instant()); // e.g. an address the server can't take
            }
        }
        Map<MimeMessage, String> refused = mail.sendAll(List.copyOf(pending.keySet()));
        Instant now = clock.instant();
        pending.forEach((message, followUp) -> {
            String reason = refused.get(message);
            if (reason == null) {
                followUp.sent(now);
            } else {
                followUp.failed(reason, now);
            }
        });
        followUps.saveAll(byNumber.values());
        byNumber.forEach((number, followUp) -> outcomes.put(number,
                followUp.getState() == FollowUpState.SENT ? Outcome.SENT : Outcome.FAILED));
        Map<String, Outcome> inOrder = new LinkedHashMap<>();
        orderNumbers.forEach(number -> inOrder.put(number, outcomes.get(number)));
        return inOrder;
    }

    /**
     * The automatic email of a notice stage (Pembayaran diterima, Pesanan dikirim), when the seller
     * switched it on and the buyer has an address (and, for Pembayaran diterima, the order is paid: not
     * a COD order packed unpaid). Empty when nothing was to be sent; a failure is
     * kept like any failed follow-up, so it shows on the order's timeline with a retry.
     */
    @Transactional
    public java.util.Optional<FollowUp> sendAutomaticNotice(long orderId, FollowUpStage stage) {
        FollowUpTemplate template = templates.get(FollowUpChannel.EMAIL, stage);
        if (!template.canAutoSend() || !template.autoSend()) {
            return java.util.Optional.empty();
        }
        SalesOrder order = orders.getById(orderId);
        if (stage == FollowUpStage.PAID && order.remaining() > 0) {
            // a COD order packed unpaid ("Proses COD"): nothing was paid yet, decision 0072
            return java.util.Optional.empty();
        }
        String to = order.getCustomerEmail();
        if (to == null) {
            return java.util.Optional.empty();
        }
        Map<String, String> values = placeholders.of(order);
        FollowUp followUp = new FollowUp(order.getId(), FollowUpChannel.EMAIL,
                FollowUpTemplates.render(template.body(), values), FollowUpState.FAILED, actor(), clock.instant())
                .stage(stage, FollowUpTemplates.render(template.subject(), values));
        deliver(followUp, to);
        return java.util.Optional.of(followUps.save(followUp));
    }

    @Transactional
    public FollowUp retry(long followUpId) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new BusinessException("error.followup.not-found"));
        if (followUp.getState() == FollowUpState.SENT || followUp.getChannel() != FollowUpChannel.EMAIL) {
            return followUp;
        }
        SalesOrder order = orders.getById(followUp.getOrderId());
        String to = order.getCustomerEmail();
        if (to == null) {
            throw new BusinessException("error.followup.no-email", order.getCustomerName());
        }
        deliver(followUp, to);
        return followUp;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FollowUp> history(long orderId) {
        return followUps.findByOrderIdOrderBySentAtDesc(orderId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, FollowUpSummary> summaries(Collection<Long> orderIds) {
        Map<Long, FollowUpSummary> result = new HashMap<>();
        if (!orderIds.isEmpty()) {
            for (Object[] row : followUps.summaries(orderIds)) {
                result.put((Long) row[0], new FollowUpSummary((Long) row[1], (Instant) row[2]));
            }
        }
        return result;
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
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public FollowUpTemplate saveTemplate(FollowUpTemplateCommand command) {
        return templates.save(command, currentUser.requireUsername(), clock.instant());
    }

    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public FollowUpTemplate resetTemplate(FollowUpChannel channel, FollowUpStage stage) {
        return templates.reset(channel, stage, currentUser.requireUsername(), clock.instant());
    }

    /** The editor's live preview: the text as the sample order's buyer would read it. */
    @Transactional(readOnly = true)
    public TemplatePreview preview(String subject, String body) {
        Map<String, String> sample = placeholders.sample();
        Set<String> unknown = new TreeSet<>(FollowUpTemplates.unknownPlaceholders(subject));
        unknown.addAll(FollowUpTemplates.unknownPlaceholders(body));
        return new TemplatePreview(FollowUpTemplates.render(subject, sample), FollowUpTemplates.render(body, sample),
                unknown);
    }

    private void deliver(FollowUp followUp, String to) {
        String subject = followUp.getSubject();
        try {
            mail.send(mail.compose(store.profile(), to, subject == null ? "" : subject, followUp.getMessage()));
            followUp.sent(clock.instant());
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            followUp.failed(FollowUpMail.reason(e), clock.instant());
        }
    }

    /** Unpaid: the next reminder; paid: the payment notice; shipped or delivered: the shipping notice. */
    private FollowUpStage dueStage(SalesOrder order) {
        return switch (order.getStatus()) {
            case SEDANG_DIPROSES -> FollowUpStage.PAID;
            case PROSES_PENGIRIMAN, SUKSES -> FollowUpStage.SHIPPED;
            default -> FollowUpStage.nextReminder((int) remindersSent(order));
        };
    }

    private long remindersSent(SalesOrder order) {
        return followUps.countByOrderIdAndStateAndStageIn(order.getId(), FollowUpState.SENT, FollowUpStage.REMINDERS);
    }

    static boolean isUnpaid(SalesOrder order) {
        return order.getStatus() == OrderStatus.BELUM_BAYAR || order.getStatus() == OrderStatus.DOWN_PAYMENT;
    }

    private static void requireText(String message) {
        if (message.isBlank()) {
            throw new BusinessException("error.followup.empty");
        }
    }

    private String actor() {
        return currentUser.username().orElse("system");
    }
}
