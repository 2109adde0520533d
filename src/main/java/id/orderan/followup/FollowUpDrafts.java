package id.orderan.followup;

import id.orderan.base.BusinessException;
import id.orderan.order.OrderQueryService;
import id.orderan.order.SalesOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Messages filled from the seller's templates: the stage an order is due for, the draft staff edit,
 * the automatic notice and the editor's preview. Writes nothing. Package-private:
 * {@link FollowUpService} is the transaction and security boundary that calls it.
 */
@Component
class FollowUpDrafts {

    private static final Logger log = LoggerFactory.getLogger(FollowUpDrafts.class);

    /** Sent or on its way: a reminder still in the outbox counts, so queuing twice does not repeat FU 1. */
    private static final List<FollowUpState> ON_ITS_WAY = List.of(FollowUpState.PENDING, FollowUpState.SENDING,
            FollowUpState.SENT);

    private final FollowUpRepository followUps;
    private final OrderQueryService orders;
    private final TemplateBook templates;
    private final PlaceholderValues placeholders;

    FollowUpDrafts(FollowUpRepository followUps, OrderQueryService orders, TemplateBook templates,
            PlaceholderValues placeholders) {
        this.followUps = followUps;
        this.orders = orders;
        this.templates = templates;
        this.placeholders = placeholders;
    }

    /** The chosen stage's template (or the one the order is due for), filled with the order's values. */
    FollowUpDraft draft(SalesOrder order, FollowUpChannel channel, @Nullable FollowUpStage chosen) {
        FollowUpStage stage = chosen != null ? chosen : dueStage(order);
        FollowUpTemplate template = templates.get(channel, stage);
        Map<String, String> values = placeholders.of(order);
        String recipient = channel == FollowUpChannel.EMAIL ? order.getCustomerEmail() : order.getCustomerPhone();
        return new FollowUpDraft(order.getOrderNumber(), channel, stage,
                FollowUpTemplates.render(template.subject(), values), FollowUpTemplates.render(template.body(), values),
                recipient);
    }

    /**
     * The automatic email of a notice stage, when the seller switched it on, the buyer has an address
     * and (for Pembayaran diterima) the order is paid; empty otherwise, and for a text that does not
     * fit its columns: the status change must not fail over a notice.
     */
    Optional<FollowUpDraft> automaticNotice(long orderId, FollowUpStage stage) {
        FollowUpTemplate template = templates.get(FollowUpChannel.EMAIL, stage);
        if (!template.canAutoSend() || !template.autoSend()) {
            return Optional.empty();
        }
        SalesOrder order = orders.getById(orderId);
        if (stage == FollowUpStage.PAID && order.remaining() > 0) {
            // a COD order packed unpaid ("Proses COD"): nothing was paid yet, decision 0072
            return Optional.empty();
        }
        String to = order.getCustomerEmail();
        if (to == null) {
            return Optional.empty();
        }
        Map<String, String> values = placeholders.of(order);
        String subject = FollowUpTemplates.render(template.subject(), values);
        String body = FollowUpTemplates.render(template.body(), values);
        try {
            FollowUpOutbox.requireFits(subject, body, to);
        } catch (BusinessException e) {
            log.warn("Automatic {} email for {} not queued: {}", stage, order.getOrderNumber(), e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new FollowUpDraft(order.getOrderNumber(), FollowUpChannel.EMAIL, stage, subject, body, to));
    }

    /** The editor's live preview: the text as the sample order's buyer would read it. */
    FollowUpService.TemplatePreview preview(String subject, String body) {
        Map<String, String> sample = placeholders.sample();
        Set<String> unknown = new TreeSet<>(FollowUpTemplates.unknownPlaceholders(subject));
        unknown.addAll(FollowUpTemplates.unknownPlaceholders(body));
        return new FollowUpService.TemplatePreview(FollowUpTemplates.render(subject, sample),
                FollowUpTemplates.render(body, sample), unknown);
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
        return followUps.countByOrderIdAndStateInAndStageIn(order.getId(), ON_ITS_WAY, FollowUpStage.REMINDERS);
    }
}
