package id.orderan.payment;

import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.order.OrderTimelineContributor;
import id.orderan.order.TimelineEntry;
import id.orderan.order.TimelineText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Payments and confirmations on an order's timeline: amounts and the buyer's bank details, so not for
 * the warehouse (the service refuses it anyway).
 */
@Component
@Order(100)
class PaymentTimeline implements OrderTimelineContributor {

    private final PaymentService payments;

    PaymentTimeline(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public List<TimelineEntry> entries(long orderId, boolean maySeeMoney) {
        if (!maySeeMoney) {
            return List.of();
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (Payment payment : payments.payments(orderId)) {
            // placed when it was recorded; the paid-on date (stored at noon) is only named in the text
            entries.add(new TimelineEntry(payment.getCreatedAt(), payment.getRecordedBy(), TimelineText.key(
                    "timeline.payment-paid-on",
                    TimelineText.key("payment.kind." + payment.getKind().name().toLowerCase(Locale.ROOT)),
                    Rupiah.format(payment.getAmount()), payment.getMethod(),
                    payment.getPaidAt().atZone(JakartaTime.ZONE).toLocalDate())));
        }
        for (PaymentConfirmation confirmation : payments.confirmations(orderId)) {
            String submittedBy = confirmation.getSubmittedBy();
            entries.add(new TimelineEntry(confirmation.getSubmittedAt(),
                    submittedBy == null ? TimelineText.key("timeline.buyer") : TimelineText.plain(submittedBy),
                    TimelineText.key("timeline.confirmation-transferred-on", confirmation.getBank(),
                            confirmation.getAccountHolder(), TimelineText.key("confirmation.state."
                                    + confirmation.getState().name().toLowerCase(Locale.ROOT)),
                            confirmation.getTransferDate()), null));
            if (confirmation.getState() == ConfirmationState.SUPERSEDED && confirmation.getDecidedAt() != null) {
                entries.add(new TimelineEntry(Objects.requireNonNull(confirmation.getDecidedAt()),
                        Objects.requireNonNullElse(confirmation.getDecidedBy(), ""),
                        TimelineText.key("timeline.confirmation-superseded", confirmation.getBank(),
                                confirmation.getAccountHolder())));
            }
        }
        return entries;
    }
}
