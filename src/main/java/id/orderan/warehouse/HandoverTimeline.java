package id.orderan.warehouse;

import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderTimelineContributor;
import id.orderan.order.TimelineEntry;
import id.orderan.order.TimelineText;
import java.util.List;
import java.util.Objects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Diserahkan ke kurir JNE — manifest SRT-…" on each order of a closed manifest, for every role. */
@Component
@Order(210)
class HandoverTimeline implements OrderTimelineContributor {

    private final HandoverManifestRepository manifests;
    private final CourierService couriers;

    HandoverTimeline(HandoverManifestRepository manifests, CourierService couriers) {
        this.manifests = manifests;
        this.couriers = couriers;
    }

    @Override
    public List<TimelineEntry> entries(long orderId, boolean maySeeMoney) {
        return manifests.closedWithOrder(orderId).stream().map(m -> new TimelineEntry(
                Objects.requireNonNull(m.getClosedAt()), Objects.requireNonNullElse(m.getClosedBy(), ""),
                TimelineText.key("timeline.handover",
                        couriers.find(m.getCourier()).map(Courier::label).orElse(m.getCourier()), m.getNumber())))
                .toList();
    }
}
