package id.orderan.shipping;

import id.orderan.order.OrderTimelineContributor;
import id.orderan.order.TimelineEntry;
import id.orderan.order.TimelineText;
import java.util.List;
import java.util.Objects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Deliveries on an order's timeline, for every role (the warehouse marks them). */
@Component
@Order(200)
class DeliveryTimeline implements OrderTimelineContributor {

    private final ShippingService shipping;

    DeliveryTimeline(ShippingService shipping) {
        this.shipping = shipping;
    }

    @Override
    public List<TimelineEntry> entries(long orderId, boolean maySeeMoney) {
        return shipping.shipments(orderId).stream().filter(shipment -> shipment.getDeliveredAt() != null)
                .map(shipment -> new TimelineEntry(Objects.requireNonNull(shipment.getDeliveredAt()), "",
                        TimelineText.key("timeline.delivered", shipment.getCourier().label())))
                .toList();
    }
}
