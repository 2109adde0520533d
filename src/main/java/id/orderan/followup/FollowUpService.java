package id.orderan.followup;

import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.order.OrderQueryService;
import id.orderan.order.SalesOrder;
import id.orderan.security.AppRoles;
import id.orderan.security.CurrentUser;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Reminding buyers: WhatsApp (a wa.me link staff open, recorded as sent) and email (real SMTP).
 * A refused or unreachable SMTP server does not lose the message: it is kept as a failed follow-up
 * with the server's answer and can be retried.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
public class FollowUpService {

    public record WhatsAppSend(String link, FollowUp followUp) {}

    private final FollowUpRepository followUps;
    private final OrderQueryService orders;
    private final StoreService store;
    private final JavaMailSender mail;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, OrderQueryService orders, StoreService store, JavaMailSender mail,
            CurrentUser currentUser, Clock clock) {
        this.followUps = followUps;
        this.orders = orders;
        this.store = store;
        this.mail = mail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FollowUpDraft draft(String orderNumber, FollowUpChannel channel) {
        SalesOrder order = orders.getByNumber(orderNumber);
        int sent = (int) followUps.countByOrderIdAndStateAndStageStartingWith(order.getId(), FollowUpState.SENT, "FU_");
        FollowUpStage stage = FollowUpStage.nextReminder(sent);
        FollowUpTemplates.Template template = FollowUpTemplates.defaultFor(stage);
        Map<String, String> values = values(order, store.profile());
        String recipient = channel == FollowUpChannel.EMAIL ? order.getCustomerEmail() : order.getCustomerPhone();
        return new FollowUpDraft(order.getOrderNumber(), channel, stage, FollowUpTemplates.render(template.subject(),
                values), FollowUpTemplates.render(template.body(), values), recipient);
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

    /** Sends now; returns the follow-up as SENT, or as FAILED with the server's answer (kept for a retry). */
    @Transactional
    public FollowUp email(String orderNumber, FollowUpStage stage, String subject, String body) {
        SalesOrder order = orders.getByNumber(orderNumber);
        if (order.getCustomerEmail() == null) {
            throw new BusinessException("error.followup.no-email", order.getCustomerName());
        }
        requireText(body);
        FollowUp followUp = new FollowUp(order.getId(), FollowUpChannel.EMAIL, body, FollowUpState.FAILED, actor(),
                clock.instant()).stage(stage, subject.trim());
        deliver(followUp, order.getCustomerEmail());
        return followUps.save(followUp);
    }

    /** What happened to one order of a bulk email. */
    public enum Outcome { SENT, FAILED, NO_EMAIL, NOT_UNPAID }

    /**
     * Bulk follow-up, one order at a time (each its own transaction, so one bad address does not undo
     * the others): the order's next reminder, as the template says.
     */
    @Transactional
    public Outcome emailNextReminder(String orderNumber) {
        SalesOrder order = orders.getByNumber(orderNumber);
        if (order.getStatus() != id.orderan.order.OrderStatus.BELUM_BAYAR
                && order.getStatus() != id.orderan.order.OrderStatus.DOWN_PAYMENT) {
            return Outcome.NOT_UNPAID;
        }
        if (order.getCustomerEmail() == null) {
            return Outcome.NO_EMAIL;
        }
        FollowUpDraft draft = draft(orderNumber, FollowUpChannel.EMAIL);
        FollowUp followUp = email(orderNumber, draft.stage(), draft.subject(), draft.message());
        return followUp.getState() == FollowUpState.SENT ? Outcome.SENT : Outcome.FAILED;
    }

    @Transactional
    public FollowUp retry(long followUpId) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new BusinessException("error.followup.not-found"));
        if (followUp.getState() == FollowUpState.SENT) {
            return followUp;
        }
        SalesOrder order = orders.getById(followUp.getOrderId());
        if (order.getCustomerEmail() == null) {
            throw new BusinessException("error.followup.no-email", order.getCustomerName());
        }
        deliver(followUp, order.getCustomerEmail());
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
                result.put((Long) row[0], new FollowUpSummary((Long) row[1], (java.time.Instant) row[2]));
            }
        }
        return result;
    }

    private void deliver(FollowUp followUp, String to) {
        StoreProfile profile = store.profile();
        try {
            MimeMessage message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setTo(to);
            if (!profile.email().isBlank()) {
                helper.setFrom(profile.email(), profile.name());
                helper.setReplyTo(profile.email());
            }
            helper.setSubject(followUp.getSubject() == null ? profile.name() : followUp.getSubject());
            helper.setText(followUp.getMessage(), "<p>" + HtmlUtils.htmlEscape(followUp.getMessage())
                    .replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>");
            mail.send(message);
            followUp.sent(clock.instant());
        } catch (MailException | jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
            followUp.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        }
    }

    static Map<String, String> values(SalesOrder order, StoreProfile store) {
        Map<String, String> values = new HashMap<>();
        values.put("nama", order.getCustomerName());
        values.put("order_id", order.getOrderNumber());
        values.put("produk", order.getLines().stream().map(l -> l.getProductName() + " ×" + l.getQuantity())
                .collect(Collectors.joining(", ")));
        values.put("total", Rupiah.format(order.getGrandTotal()));
        values.put("sisa_bayar", Rupiah.format(order.remaining()));
        values.put("rekening", store.banks().stream().map(b -> b.bank() + " " + b.number() + " a.n. " + b.holder())
                .collect(Collectors.joining("\n")));
        values.put("toko", store.name());
        values.put("kurir", order.getCourier() == null ? "" : order.getCourier());
        values.put("resi", "");
        values.put("link_konfirmasi", "");
        values.put("link_lacak", "");
        return values;
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
