package id.orderan.warehouse;

import org.jspecify.annotations.Nullable;

/**
 * A parcel scanned into a Diterima batch. {@code codToCollect}: what the courier collected on a COD
 * parcel (the one amount the warehouse sees), null otherwise.
 */
public record DeliveredParcel(String orderNumber, @Nullable String resi, @Nullable String courierLabel,
        @Nullable Long codToCollect) {}
