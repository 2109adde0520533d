package id.orderan.warehouse;

import id.orderan.order.OrderTimelineContributor;
import id.orderan.order.TimelineEntry;
import id.orderan.order.TimelineText;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Dikemas" (who, when, how many units) and "Kemas diulang" on an order's timeline, for every role. */
@Component
@Order(150)
class PackingTimeline implements OrderTimelineContributor {

    private final PackingService packing;

    PackingTimeline(PackingService packing) {
        this.packing = packing;
    }

    @Override
    public List<TimelineEntry> entries(long orderId, boolean maySeeMoney) {
        return packing.history(orderId).stream()
                .map(event -> new TimelineEntry(event.at(), event.actor(), TimelineText.key(
                        event.packed() ? "timeline.packed" : "timeline.packing-reset", event.actor(), event.units())))
                .toList();
    }
}
