package id.orderan.shipping;

import id.orderan.order.BuyerShipment;
import id.orderan.order.BuyerShipmentSource;
import id.orderan.order.CourierService;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer's page's parcel: the order's latest shipment with a resi and its tracking link (the
 * courier list's template, decisions 0151 and 0161). Reached only through
 * {@code BuyerOrders}, after the buyer's token found the order, so no role check here.
 */
@Component
class BuyerShipments implements BuyerShipmentSource {

    private final ShipmentRepository shipments;
    private final CourierService couriers;

    BuyerShipments(ShipmentRepository shipments, CourierService couriers) {
        this.shipments = shipments;
        this.couriers = couriers;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BuyerShipment> latest(long orderId) {
        return shipments.findByOrderId(orderId).stream().filter(s -> s.getResi() != null && !s.getResi().isBlank())
                .max(Comparator.comparing(s -> s.getId() == null ? 0L : s.getId()))
                .map(s -> new BuyerShipment(s.getCourier(), s.getService(), s.getResi(),
                        couriers.trackingUrl(s.getCourier(), s.getResi()).orElse(null), s.getShippedAt(),
                        s.getDeliveredAt()));
    }
}
