package id.orderan.order;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The parcel as the buyer sees it: who carries it under which resi, where to track it, and since when.
 *
 * @param trackingUrl the courier's tracking page for this resi (its template in force), or null
 */
public record BuyerShipment(Courier courier, @Nullable String service, String resi, @Nullable String trackingUrl,
        @Nullable Instant shippedAt, @Nullable Instant deliveredAt) {}
