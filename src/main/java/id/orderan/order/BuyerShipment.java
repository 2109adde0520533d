package id.orderan.order;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The parcel as the buyer sees it: who carries it under which resi, and since when. */
public record BuyerShipment(Courier courier, @Nullable String service, String resi, @Nullable Instant shippedAt,
        @Nullable Instant deliveredAt) {}
