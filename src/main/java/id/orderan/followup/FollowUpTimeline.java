package id.orderan.followup;

import id.orderan.order.OrderTimelineContributor;
import id.orderan.order.TimelineEntry;
import id.orderan.order.TimelineText;
import java.util.List;
import java.util.Objects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reminders on an order's timeline, a failed email with a way to send it again. Their texts quote what
 * the buyer owes, so the warehouse does not get them.
 */
@Component
@Order(300)
public class FollowUpTimeline implements OrderTimelineContributor {

    /** {@link TimelineEntry.Retry#kind()} of a failed email, retried by followup's UI. */
    public static final String RETRY_KIND = "followup";

    private final FollowUpService followUps;

    FollowUpTimeline(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public List<TimelineEntry> entries(long orderId, boolean maySeeMoney) {
        if (!maySeeMoney) {
            return List.of();
        }
        return followUps.history(orderId).stream().map(followUp -> {
            FollowUpStage stage = followUp.getStage();
            TimelineText what = stage == null ? TimelineText.key(followUp.getChannel().labelKey())
                    : TimelineText.joined(TimelineText.key(followUp.getChannel().labelKey()), TimelineText.plain(" "),
                            TimelineText.key(stage.labelKey()));
            return new TimelineEntry(followUp.getSentAt(), TimelineText.plain(followUp.getSentBy()),
                    TimelineText.key(followUp.timelineKey(), what, Objects.requireNonNullElse(followUp.getError(), "")),
                    followUp.canRetry() ? new TimelineEntry.Retry(RETRY_KIND, followUp.getId()) : null);
        }).toList();
    }
}
