package id.orderan.order;

import java.util.Optional;

/**
 * Contributed by shipping (order does not import it, decision 0100): the order's latest parcel with a
 * resi, for the buyer's page. Called only after the buyer's token found the order.
 */
public interface BuyerShipmentSource {

    Optional<BuyerShipment> latest(long orderId);
}
