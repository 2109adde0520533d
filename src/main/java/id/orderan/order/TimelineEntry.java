package id.orderan.order;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order's timeline, contributed by the feature that recorded the event.
 *
 * @param at    when the event was recorded: the timeline sorts by it
 *              (<a href="../../../../../../docs/decisions/0080-timeline-by-recorded-time.md">0080</a>)
 * @param who   the user, or a text such as "Pembeli"; empty when nobody is named
 * @param retry something the user may try again from the timeline (a failed email), or null
 */
public record TimelineEntry(Instant at, TimelineText who, TimelineText text, @Nullable Retry retry) {

    public TimelineEntry(Instant at, String who, TimelineText text) {
        this(at, TimelineText.plain(who), text, null);
    }

    /** {@code kind} names the contributor that can retry ({@code "followup"}), {@code id} what it retries. */
    public record Retry(String kind, long id) {}
}
